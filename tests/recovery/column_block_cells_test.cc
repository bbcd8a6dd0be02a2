// Tables printed column by column: where a block's lines are cut into
// cells, and which lines that hold a heading's words are a cell's.
#include "pipeline/recovery/column_block_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("an action cell opens at a line that opens with an action's verb, not at a capital mid-sentence") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n4.1\n4.2\n4.3\nAction\nAudit the old\nharbour railings.\nThe Harbour\nOffice will fund\nthe new paint\n"
      "Review the quay\nlights\nTrain the duty\ndesk\nLead\nQuay Office\nDock Nurse\nT Okonjo\nBy\nwhen\nMay 2026\n"
      "June 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  // "Office" and "Review" each open a line after one that was full; only "Review" opens an action.
  CHECK(plan.rows[0].action == "Audit the old harbour railings. The Harbour Office will fund the new paint");
  CHECK(plan.rows[1].action == "Review the quay lights");
}

TEST_CASE("a lead's line that holds a heading's word but parts names with a semicolon heads no block") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n4.1\n4.2\n4.3\nAction\nAudit the old railings\nReview the quay lights\nTrain the duty desk\nLead\n"
      "Marta Quayle; Performance\nGroup\nDock Nurse\nT Okonjo\nBy\nwhen\nMay 2026\nJune 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Marta Quayle; Performance Group");
  CHECK(plan.rows[2].lead == "T Okonjo");
  CHECK(plan.rows[2].timeframe == "July 2026");
}

TEST_CASE("a lead's line that holds a heading's word but ends on a dash before its date heads no block") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n4.1\n4.2\n4.3\nAction\nAudit the old railings\nReview the quay lights\nTrain the duty desk\n"
      "Owner /\ndeadline\nT Okonjo \u2013\nMay 2026\nAll harbour\nagencies \u2013\nJune 2026\nQuay Office \u2013\n"
      "July 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "All harbour agencies");
  CHECK(plan.rows[1].timeframe == "June 2026");
}

TEST_CASE("a lead's line that a later heading shows to be no heading, over no cells, is a lead") {
  // "Performance" names a measure, as "How will we know?" does: a page heads each column once.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n4.1\n4.2\n4.3\nAction\nAudit the old railings\nReview the quay lights\nTrain the duty desk\n"
      "Lead\nT Okonjo\nQuay Office\nPerformance Group, Harbour Chair\nTarget date\nMay 2026\nJune 2026\nJuly 2026\n"
      "How will we know?\nFewer falls\nFewer calls\nFewer fines\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[2].lead == "Performance Group, Harbour Chair");
  CHECK(plan.rows[2].timeframe == "July 2026");
}

TEST_CASE("a narrow column's bulleted list is one cell however many lines it wraps over") {
  // The list wraps over eighteen lines, more than a cell of prose takes.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n4.1\n4.2\nAction\nAudit the old\nrailings\n"
      "* Chart the\ntide gauges\nat the\nharbour\nmouth\n* Paint the\nbuoys by\nthe old\nquay\nsteps\n"
      "* Mend the\nnets in\nthe boat\nshed\n* Sweep the\nsteps by\nthe weir\ngate\n"
      "Lead\nT Okonjo\nQuay Office\nTarget date\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Audit the old railings");
  CHECK(plan.rows[1].action.find("Chart the tide gauges") != std::string::npos);
  CHECK(plan.rows[1].action.find("Sweep the steps by the weir gate") != std::string::npos);
}

TEST_CASE("an action cell goes on past a line that ends inside a sentence it opened") {
  // "The Quay" opens a sentence "Office" goes on with, though a capital starts its line.
  RecoveredPlan plan = RecoverPlanText(
      "Action\nDeliver the quay harbour audit\ncalendar with the ferry crew and\nthe lifeboat station. The Quay\n"
      "Office will collect the records\nand present them with the\nmonthly dataset\n* Refresh tide briefings\n"
      "* Map the ferry review\ntracker\nLead\nQuay Office\nDock Nurse\nBy when\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action ==
        "Deliver the quay harbour audit calendar with the ferry crew and the lifeboat station. The Quay Office will "
        "collect the records and present them with the monthly dataset");
  CHECK(plan.rows[1].lead == "Dock Nurse");
}

TEST_CASE("a status word in lower case under a note's line goes on with the note") {
  // "under way" reads as a status alone, but wrapped from the line above it is the note's tail.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nQA 1\nQA 2\nQA 3\nAction\nOpen a drop-in at the\nharbour library\nPrint a guide to the\nnight bus\n"
      "Run a summer audit\nAction owner\nOona Barraclough\nPiet Lanyon\nRecords Team\nDue date\nMay 2030\n"
      "May 2030\nJune 2030\nCurrent\nstatus (RAG)\nPost vacant; recruitment\nunder way\nPost vacant; recruitment\n"
      "under way\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "Post vacant; recruitment under way");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].progress == "Post vacant; recruitment under way");
}

TEST_CASE("notes of progress as many lines as the rows and none going on are a row's each") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nkc1\nkc2\nkc3\nAction\nWalk the estate with\nthe wardens\nOpen a Saturday clinic\nPrint the tide-pool\n"
      "safety card\nLead\nMorwenna Pascoe\nHarbour Police\nLifeguard Service\nUpdate at year end\n"
      "Dataset built, first report in May\n5 briefings held; attendance good\n5 briefings held; attendance good\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "Dataset built, first report in May");
  CHECK(plan.rows[1].progress == "5 briefings held; attendance good");
  CHECK(plan.rows[2].progress == "5 briefings held; attendance good");
}

TEST_CASE("a lead block's line that ends on a person's first name and surname ends the lead") {
  // "Morwenna Pascoe" is whole: "Ferry Trust" under it is the next row's lead.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nkc1\nkc2\nkc3\nkc4\nAction\nWalk the estate with\nthe wardens\nOpen a Saturday clinic\n"
      "Print the tide-pool\nsafety card\nMend the nets\nWho will lead?\nDeputy Chief Nurse, Safeguarding\n"
      "Business Partner, Strategic\nCommissioner\nFerry Trust, Morwenna Pascoe\nFerry Trust\nN Lanyon\n"
      "Deadline\nMay 2026\nJune 2026\nJuly 2026\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Deputy Chief Nurse, Safeguarding Business Partner, Strategic Commissioner");
  CHECK(plan.rows[1].lead == "Ferry Trust, Morwenna Pascoe");
  CHECK(plan.rows[2].lead == "Ferry Trust");
  CHECK(plan.rows[3].lead == "N Lanyon");
}

TEST_CASE("a list under round bullets that a line's text drops is one action however many lines it wraps over") {
  // A narrow column wraps four items over seventeen lines; the list's length is read from the lines as printed,
  // bullets and all.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nLead\nOona Barraclough\nWhat\nwill we\ndo?\n\u2022 Review\ntraining on\nthe harbour\n"
      "safety rota\n\u2022 Develop\ntransition\nplanning from\nage fourteen\n\u2022 Publish\nthe guide to\n"
      "the night bus\nfor carers\n\u2022 Launch the\nshort breaks\nsafeguarding\nstandards\nfor the quay\n"
      "Target date\nJun-30\n");
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].action.find("Review training on the harbour safety rota") != std::string::npos);
  CHECK(plan.rows[0].action.find("standards for the quay") != std::string::npos);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
}

}  // namespace
}  // namespace planrows
