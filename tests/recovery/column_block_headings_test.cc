// Tables printed column by column: which lines head a column's block, and
// which headings make a table.
#include "pipeline/recovery/column_block_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a lead's line under a lead-and-date heading heads no block of its own") {
  // "Harbour Safety Officer," names a lead by its words, but "Who / when"
  // already heads the page's leads.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Who / when\nT Okonjo May 2026\nHarbour Safety Officer,\nTide Office June 2026\nProgress\n40%\n75%\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].lead == "Harbour Safety Officer, Tide Office");
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[1].progress == "75%");
}

TEST_CASE("known headings each page repeats make a table though two columns have no cells on the first page") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Partnership Plan 2030\n\n"
      "Purpose\nThe quay is safe\nThe quay is safe\nSteps to take\nOpen a drop-in at the\nharbour library each week\n"
      "Walk the estate with\nthe wardens\nLed by\nCompletion date\nMay 2030\nOngoing\nLatest update\n"
      "\fPurpose\nNight travel is safe\nSteps to take\nPrint a guide to the night\nbus for care leavers\n"
      "Led by\nOona Barraclough\nCompletion date\nJuly 2030\nLatest update\nGreen\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library each week");
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].lead == "Oona Barraclough");
  CHECK(plan.rows[2].progress == "Green");
}

TEST_CASE("known headings with two columns empty on a page that no other page repeats make no table") {
  RecoveredPlan plan = RecoverPlanText(
      "Purpose\nThe quay is safe\nSteps to take\nOpen a drop-in at the\nharbour library each week\n"
      "Led by\nCompletion date\nMay 2030\nLatest update\nNotes\nSee the harbour report\n");
  CHECK(plan.rows.empty());
}

TEST_CASE("a heading over five lines, a separator alone on one and a word cut on two, heads its block") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Person\n/\nagency\nrespons\nible\nAdmissions Team\nT Okonjo\nDeadline\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Admissions Team");
  CHECK(plan.rows[1].lead == "T Okonjo");
  CHECK(plan.rows[1].timeframe == "June 2026");
}

TEST_CASE("an action's first line that holds a heading's word but runs on in lower case heads no block") {
  // "Develop the multi-agency rota" names the lead column by a word; the line under it goes on with it.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2030\n\nAction\nref\nQA 1\nQA 2\nQA 3\nPlanned work\nOpen a drop-in at the harbour\n"
      "library for young carers\nDevelop the multi-agency rota\nwith schools and early years settings\n"
      "Run a summer audit of the quay\nChampion\nOona Barraclough\nPiet Lanyon\nRecords Team\nTimeline\n"
      "Ongoing\nMay 2030\nJune 2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Develop the multi-agency rota with schools and early years settings");
  CHECK(plan.rows[1].lead == "Piet Lanyon");
  CHECK(plan.rows[2].timeframe == "June 2030");
}

TEST_CASE("a cell's wrapped last word that each page prints heads no block") {
  // "difference" ends a measure's line on both pages, once each, as a heading would; it starts in lower case.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2030\n\nRef\nQA 1\nQA 2\nAction\nOpen a drop-in at the\nharbour library\n"
      "Run a summer audit\nMeasure\n90% of families say it made a\ndifference\nDip sample of cases\nLead\n"
      "Oona Barraclough\nPiet Lanyon\nDeadline\nMay 2030\nJune 2030\n"
      "\fRef\nQA 3\nQA 4\nAction\nWalk the estate with\nthe wardens\nPrint a guide to the night bus\n"
      "Measure\nQuarterly report\n80% of families say it made a\ndifference\nLead\nRecords Team\n"
      "Harbour Safety Officer\nDeadline\nJuly 2030\nOngoing\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].timeframe == "June 2030");
  CHECK(plan.rows[2].lead == "Records Team");
  CHECK(plan.rows[3].lead == "Harbour Safety Officer");
  CHECK(plan.rows[3].timeframe == "Ongoing");
}

TEST_CASE("a status in lower case under a heading is its block's first cell and no part of the heading") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Lead\nAdmissions Team\nT Okonjo\nCurrent status\n(RAG)\napprox. 45%\napprox. 40%\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "approx. 45%");
  CHECK(plan.rows[1].progress == "approx. 40%");
}

TEST_CASE("a section heading after a blank line ends the blocks of a table above it") {
  // "Why it matters" heads a summary's block; the priority's table under the section heading is another.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2030\n\nOur priorities\nYoung carers heard early\nSafer harbour records\nNight travel made safe\n"
      "Care leavers housed well\nWhy it matters\nBecause partners told us this is a risk\n"
      "Because partners told us this is a risk\nChildren asked us to\nLearning from reviews\n\n"
      "Priority 1: Young carers\n\nRef\nqa1\nqa2\nAim of\nthe work\nCarers find help\n"
      "Action\nOpen a drop-in at the\nharbour library\nPrint a guide to the\nnight bus\nLead\nOona Barraclough\n"
      "Transport Desk\nTarget month\nMay 2030\nJuly 2030\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "QA1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[1].timeframe == "July 2030");
}

TEST_CASE("a section heading after a blank line over refs under a blank heading ends the blocks above it") {
  // The data table's "Target" and the summary's "What we want to achieve" head blocks of no action table.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2030\n\nOur data\n\nIndicator\nReferrals to social care\nAudits completed on time\n2015/16\n"
      "2,118\n60%\nTarget\nReduce\nIncrease\n\nOur priorities at a glance\n\nPriority\nYoung carers heard early\n"
      "Safer harbour records\nWhat we want to achieve\nSo that children are safe at home\nChildren asked us to\n\n"
      "Priority 1 - Young carers heard early\n\nqa1\nqa2\nPlanned work\nOpen a drop-in at the\nharbour library\n"
      "Print a guide to the\nnight bus\nPerson / agency responsible\nOona Barraclough\nTransport Desk\nTimeline\n"
      "May 2030\nJuly 2030\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "QA1");
  CHECK(plan.rows[1].ref == "QA2");
  CHECK(plan.rows[1].lead == "Transport Desk");
}

TEST_CASE("a heading that says how we will measure impact heads a block of measures of its own") {
  // Its lines past the first go on in lower case; read as a status's lines they took the status column.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\nLead\n"
      "Admissions Team\nT Okonjo\nDate due\nBy end of Q3\nBy end of Q2\nStatus (RAG)\nReport went to the November\n"
      "Executive and was agreed\nDelayed until the new case system\nis live\nHow we\nwill\nmeasure\nimpact\n"
      "Re-referral rate\nbelow 75%\nAt least 12 schools\ntake part\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "By end of Q3");
  CHECK(plan.rows[0].progress == "Report went to the November Executive and was agreed");
  CHECK(plan.rows[1].progress == "Delayed until the new case system is live");
}

TEST_CASE("a question wrapped a word a line heads a block of its own") {
  // A narrow column wraps "What will success look like?" over five lines; read as the actions' lines they took
  // the measures into the action column.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\nWhat\nwill\n"
      "success\nlook\nlike?\nFewer repeat\nreferrals\nAudit shows 80%\nof cases meet the\nstandard\nLead\n"
      "Admissions Team\nT Okonjo\nDate due\nBy end of Q3\nBy end of Q2\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Run a summer audit");
  CHECK(plan.rows[1].lead == "T Okonjo");
  CHECK(plan.rows[1].timeframe == "By end of Q2");
}

TEST_CASE("a heading each page repeats heads its block where a cell's line reads as it folded") {
  // "Lead" opens an objective on the first page; "Lead &" heads the leads on each page. Counted as one line,
  // "Lead &" was no repeated heading, and "Interim steps", named only by its words, ran into the tasks.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2030\n\nNo.\n1.1\n1.2\nObjective\nLead\nprofessionals are\nconfident\nTask\n"
      "Audit the family hub\ndirectory\nReview the rota\nInterim steps\n- Draft by May 2030\n"
      "- Draft by June 2030\nLead &\nCompletion\nDate\nT Okonjo - May 2031\nP Lanyon - June 2031\n"
      "\fNo.\n2.1\n2.2\nObjective\nCarers find help\nTask\nOpen a drop-in at the\nharbour library\n"
      "Print a guide to the\nnight bus\nInterim steps\n- Draft by July 2030\n- Draft by August 2030\n"
      "Lead &\nCompletion\nDate\nRecords Team - July 2031\nO Barraclough - August 2031\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Audit the family hub directory");
  CHECK(plan.rows[1].action == "Review the rota");
  CHECK(plan.rows[1].lead == "P Lanyon");
  CHECK(plan.rows[3].action == "Print a guide to the night bus");
  CHECK(plan.rows[3].timeframe == "August 2031");
}

TEST_CASE("headings each page repeats read a page where a cell's first line read as a heading by its words") {
  // "Budget /" over "resource" over "s" is no name the rules know; "Officer time", the budget's first cell on
  // the first page, names a lead by its words. Read by the known names, the budget's heading took the tasks.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2030\n\nItem\nOS 1\nOS 2\nKey tasks\nDevelop guidance on\nsharing images\n"
      "Audit parent workshops\nBudget /\nresource\ns\nOfficer time\nStaff time from\npartner agencies\n"
      "Who and by when\nT Okonjo – By end of Q2\nP Lanyon – By end of Q3\nRAG\nGreen\nAmber\n"
      "\fItem\nOS 3\nOS 4\nKey tasks\nMap the rota\nRun a summer audit\nBudget /\nresource\ns\n"
      "£5,000\nNone identified\nWho and by when\nRecords Team – By end of Q4\nPolice – Ongoing\nRAG\nRed\n"
      "Green\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].action == "Audit parent workshops");
  CHECK(plan.rows[1].lead == "P Lanyon");
  CHECK(plan.rows[3].action == "Run a summer audit");
  CHECK(plan.rows[3].progress == "Green");
}

TEST_CASE("a body's name under the leads' heading that names a column by its words is a lead") {
  // "Performance Group" names the measures by a word; under "Responsible officer(s)" it is the second row's lead.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nqa3\nResponsible\nofficer(s)\nHarbour Police\nPerformance Group\nOona Barraclough\n"
      "Action\nAgree a protocol for\nsharing school rolls\nRun a summer audit\nPrint a guide to the\nnight bus\n"
      "Target date\nMay 2030\nJune 2030\nJuly 2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "Performance Group");
  CHECK(plan.rows[2].lead == "Oona Barraclough");
  CHECK(plan.rows[2].action == "Print a guide to the night bus");
}

}  // namespace
}  // namespace planrows
