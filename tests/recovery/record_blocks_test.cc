// Plans that print each action as a block of label / value lines.
#include "pipeline/recovery/record_blocks.h"

#include <catch2/catch.hpp>

#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/scan_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("record blocks of 'Label: value' lines give a row each, values wrapped onto the next line joined") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Priority 1: Young carers\n\n"
      "Ref: hv1\nPlanned action: Open a drop-in at the harbour library\nevery Saturday morning\n"
      "Responsible officer: Oona Barraclough\nTarget date: May 2026\nLatest update: Green\n\n"
      "Ref: hv2\nPlanned action: Print a guide to the night bus\nResponsible officer: Transport Desk\nTarget date:\n"
      "Latest update:\n\n"
      "Priority 2: Records\n\n"
      "Ref: hv3\nPlanned action: Audit the ferry crossing logs\nResponsible officer: Piet Lanyon\nTarget date: August 2026\n"
      "Latest update: Not started\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "hv1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library every Saturday morning");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[1].timeframe.empty());
  CHECK(plan.rows[2].ref == "hv3");
  CHECK(plan.rows[2].section == "Records");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("record blocks as two-cell lines read the first cell as the label") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tq1\nKey tasks\tAgree a ferry safety protocol\nLead person\tH Treloar\nDeadline\tMay 2026\n\n"
      "Ref\tq2\nKey tasks\tRun a summer audit of harbour patrols\nLead person\tO Annery\nDeadline\tJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].ref == "q2");
  CHECK(plan.rows[1].action == "Run a summer audit of harbour patrols");
  CHECK(plan.rows[1].lead == "O Annery");
}

TEST_CASE("in record blocks a reference under a label no rule knows, and a label without its value, are read") {
  RecoveredPlan plan = RecoverPlanText(
      "Line\tq1\nKey tasks\tAgree a ferry safety protocol\nLead person\tH Treloar\nDeadline\tMay 2026\nProgress\n\n"
      "Line\tq2\nKey tasks\tRun a summer audit of harbour patrols\nLead person\tO Annery\nDeadline\tJune 2026\n"
      "Progress\tGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].ref == "q2");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("in record blocks a label no rule knows gets its role from its values, never joins the value above") {
  RecoveredPlan plan = RecoverPlanText(
      "#\tfr1\nKey tasks\tRepaint the lifeboat station\nLead person\tM Pascoe\nCloses\tSeptember 2026\n"
      "Remarks\tPaint ordered from the chandlery\n\n"
      "#\tfr2\nKey tasks\tTrain two new coxswains\nLead person\tCrew Office\nCloses\tOngoing\nRemarks\n\n"
      "#\tfr3\nKey tasks\tRecord every launch in the log\nLead person\tT Hosking\nCloses\tEnd of March 2027\n"
      "Remarks\tLog books bought\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "fr1");
  CHECK(plan.rows[0].lead == "M Pascoe");
  CHECK(plan.rows[0].timeframe == "September 2026");
  REQUIRE(plan.rows[0].extra.size() == 1);
  CHECK(plan.rows[0].extra[0].first == "remarks");
  CHECK(plan.rows[0].extra[0].second == "Paint ordered from the chandlery");
  CHECK(plan.rows[1].ref == "fr2");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].ref == "fr3");
  CHECK(plan.rows[2].timeframe == "End of March 2027");
}

TEST_CASE("in record blocks dates under a label no rule knows are no timeframe beside a label of who and when") {
  RecoveredPlan plan = RecoverPlanText(
      "#\tfr1\nKey tasks\tRepaint the lifeboat station\nWaypoints\tDraft by May 2026\n"
      "Who and when\tM Pascoe \u2013 September 2026\n\n"
      "#\tfr2\nKey tasks\tTrain two new coxswains\nWaypoints\tQuote by June 2026\n"
      "Who and when\tCrew Office \u2013 Ongoing\n\n"
      "#\tfr3\nKey tasks\tRecord every launch in the log\nWaypoints\tLog bought by July 2026\n"
      "Who and when\tT Hosking \u2013 End of March 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "M Pascoe");
  CHECK(plan.rows[0].timeframe == "September 2026");
  REQUIRE(plan.rows[0].extra.size() == 1);
  CHECK(plan.rows[0].extra[0].second == "Draft by May 2026");
  CHECK(plan.rows[2].timeframe == "End of March 2027");
}

TEST_CASE("in record blocks with no action label a rule knows, the first label with prose values is the action") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelda Fell Partnership Plan 2026-27\n\n"
      "Item: kf1\nOur undertaking: Map the fell rescue rota with the mountain huts\n"
      "Hoped-for change: Walkers know whom to call on the high paths\nOwner: Rhona Askew\nWhen: May 2026\n\n"
      "Item: kf2\nOur undertaking: Train hut wardens to spot children travelling alone\n"
      "Hoped-for change: Wardens raise concerns early and share them\nOwner: Ivo Garsdale\nWhen: July 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "kf1");
  CHECK(plan.rows[0].action == "Map the fell rescue rota with the mountain huts");
  CHECK(plan.rows[1].action == "Train hut wardens to spot children travelling alone");
  CHECK(plan.rows[1].lead == "Ivo Garsdale");
}

TEST_CASE("in record blocks a number alone under the reference's label is the record's reference, not a page's") {
  // As pdftotext writes a table a row to a page: each label a paragraph over its value's.
  std::string text = "Lowmarsh Partnership Plan 2026-27\n\n";
  const char* tasks[] = {"Open a drop-in at the harbour library", "Print a guide to the night bus",
                         "Audit the ferry crossing logs"};
  for (int r = 0; r < 3; ++r) {
    text += "ID\n\n" + std::to_string(r + 1) + "\n\nKey tasks\n\n" + tasks[r] +
            "\n\nWho is accountable?\n\nOona Barraclough\n\nDeadline\n\nMay 2026\n\n";
  }
  RecoveredPlan plan = RecoverPlanText(text);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].lead == "Oona Barraclough");
}

}  // namespace
TEST_CASE("in record blocks a label alone whose first word is a column's name is no label and value") {
  RecoveredPlan plan = RecoverPlanText(
      "#\tfr1\nKey tasks\tRepaint the lifeboat station\nLead person\tM Pascoe\nStatus update\n\n"
      "#\tfr2\nKey tasks\tTrain two new coxswains\nLead person\tCrew Office\nStatus update\t50% complete\n\n"
      "#\tfr3\nKey tasks\tRecord every launch in the log\nLead person\tT Hosking\nStatus update\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].progress == "50% complete");
  CHECK(plan.rows[2].progress.empty());
}

TEST_CASE("in record blocks the one label no rule knows whose values are prose is the action") {
  RecoveredPlan plan = RecoverPlanText(
      "Code\tfr1\nUndertaking\tRepaint the lifeboat station before the winter storms\nLead person\tM Pascoe\n\n"
      "Code\tfr2\nUndertaking\tTrain two new coxswains with the harbour crews\nLead person\tCrew Office\n\n"
      "Code\tfr3\nUndertaking\tRecord every launch in the station log\nLead person\tT Hosking\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "fr1");
  CHECK(plan.rows[0].action == "Repaint the lifeboat station before the winter storms");
  CHECK(plan.rows[2].lead == "T Hosking");
}

TEST_CASE("in record blocks a second label naming a column taken is a column of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tmw1\nWork activity\tMend the weir footbridge\nOwner\tR Quiller\nKey steps\t\u2022 Survey by May 2026\n"
      "\t\u2022 Repair by June 2026\n\n"
      "Ref\tmw2\nWork activity\tPublish the river safety leaflet\nOwner\tParks Team\n"
      "Key steps\t\u2022 Draft by July 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Mend the weir footbridge");
  CHECK(plan.rows[1].ref == "mw2");
  CHECK(plan.rows[1].action == "Publish the river safety leaflet");
  REQUIRE(plan.rows[1].extra.size() == 1);
  CHECK(plan.rows[1].extra[0].first == "key_steps");
}

TEST_CASE("in record blocks a second label naming an extra column taken is a column of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Expected impact: Fewer missed ferry sailings\nAction: Mend the weir footbridge\n"
      "Success indicator: Footbridge open all winter\nOwner: R Quiller\nBy when: May 2026\n\n"
      "Expected impact: Fewer missed ferry sailings\nAction: Publish the river safety leaflet\n"
      "Success indicator: Leaflet in every school\nOwner: Parks Team\nBy when: June 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Publish the river safety leaflet");
  CHECK(plan.rows[1].lead == "Parks Team");
  CHECK(plan.rows[1].timeframe == "June 2026");
  REQUIRE(plan.rows[1].extra.size() == 2);
  CHECK(plan.rows[1].extra[0].first == "measure");
  CHECK(plan.rows[1].extra[1].first == "success_indicator");
  CHECK(plan.rows[1].extra[1].second == "Leaflet in every school");
}

TEST_CASE("in record blocks a bulleted line that starts with a column's name goes on with the value above") {
  RecoveredPlan plan = RecoverPlanText(
      "Objective lm1\nTask \u2022 Open a drop-in at the harbour library\n\u2022 Update the ferry timetable\n"
      "Owner Oona Barraclough\nDeadline May 2026\n"
      "Objective lm2\nTask \u2022 Print a guide to the night bus\n\u2022 Update the shelter maps\n"
      "Owner Piet Lanyon\nDeadline June 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].action.find("Update the shelter maps") != std::string::npos);
  CHECK(plan.rows[1].progress.empty());
}

TEST_CASE("in record blocks a reference line at the foot of each page stays with its record") {
  RecoveredPlan plan = RecoverPlanText(
      "Moorfield Partnership Plan 2026-27\nRef\tmf1\nPlanned work\tRe-open the moor path\nOwner\tK Hedley\n\n"
      "Ref\tmf2\f"
      "Moorfield Partnership Plan 2026-27\nPlanned work\tCount the moor path walkers\nOwner\tRangers\n\n"
      "Ref\tmf5\f"
      "Moorfield Partnership Plan 2026-27\nPlanned work\tFence the old quarry\nOwner\tEstates\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "mf2");
  CHECK(plan.rows[1].action == "Count the moor path walkers");
  CHECK(plan.rows[2].ref == "mf5");
  CHECK(plan.rows[2].lead == "Estates");
}

TEST_CASE("in record blocks a bullet that OCR read as a letter starts no label") {
  RecoveredPlan plan = RecoverPlanText(
      "Item\tRB 1\nPlanned work\te\tFence the weir pool\n\te\tLight the towpath\nWho leads\tK Hedley\n\n"
      "Item\tRB 2\nPlanned work\te\tClose the market lane\n\te\tOpen the night bus\nWho leads\tEstates\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action.find("Light the towpath") != std::string::npos);
  CHECK(plan.rows[1].action.find("Open the night bus") != std::string::npos);
  CHECK(plan.rows[1].lead == "Estates");
}

TEST_CASE("in record blocks of two prose labels no rule knows the one of most distinct values is the action") {
  RecoveredPlan plan = RecoverPlanText(
      "Code\tfr1\nRationale\tCrews are ready for the winter storms\n"
      "Undertaking\tRepaint the lifeboat station before the storms\nLead person\tM Pascoe\n\n"
      "Code\tfr2\nRationale\tCrews are ready for the winter storms\n"
      "Undertaking\tTrain two new coxswains with the harbour crews\nLead person\tCrew Office\n\n"
      "Code\tfr3\nRationale\tEvery launch is on record\n"
      "Undertaking\tRecord every launch in the station log\nLead person\tT Hosking\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Train two new coxswains with the harbour crews");
  CHECK(plan.rows[1].outcome == "Crews are ready for the winter storms");
  CHECK(plan.rows[2].outcome == "Every launch is on record");
}

TEST_CASE("in record blocks a reference alone on its line starts a record whose label was lost") {
  RecoveredPlan plan = RecoverPlanText(
      "\tfr1\nKey tasks\tRepaint the lifeboat station\nOwner\tdeadline\tM Pascoe - May 2026\nCurrent RAG\n\n"
      "\tfr2\nKey tasks\tTrain two new coxswains\nOwner\tdeadline\tCrew Office - June 2026\nCurrent RAG\tGreen\n\n"
      "Ref\nfr3\nKey tasks\tRecord every launch\nOwner\tdeadline\tT Hosking - July 2026\nCurrent RAG\tAmber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "fr1");
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].ref == "fr2");
  CHECK(plan.rows[1].lead == "Crew Office");
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[2].ref == "fr3");
}

TEST_CASE("in record blocks a value set apart above its label, centred beside it, is that label's") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tq1\n"
      "\n\tWalk the harbour wall at dawn\nKey tasks\tAgree a ferry safety protocol\n\tTrain the pier wardens\n"
      "\nLead person\tH Treloar\n\nDeadline\tMay 2026\n\n"
      "Ref\tq2\n\nKey tasks\tRun a summer audit of harbour patrols\n\nLead person\tO Annery\n"
      "\nDeadline\tJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Walk the harbour wall at dawn Agree a ferry safety protocol Train the pier wardens");
  CHECK(plan.rows[0].lead == "H Treloar");
  CHECK(plan.rows[1].ref == "q2");
  CHECK(plan.rows[1].action == "Run a summer audit of harbour patrols");
}

TEST_CASE("in record blocks a reference as OCR misread it is repaired or kept as its capitals") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tHVl\nKey tasks\tAgree a ferry safety protocol\nLead person\tH Treloar\nDeadline\tMay 2026\n\n"
      "Ref\tHV2\nKey tasks\tRun a summer audit of harbour patrols\nLead person\tO Annery\nDeadline\tJune 2026\n\n"
      "Ref\tHVS\nKey tasks\tPaint the lifeboat station\nLead person\tP Lanyon\nDeadline\tJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "HV1");
  CHECK(plan.rows[2].ref == "HVS");
  CHECK(plan.rows[2].action == "Paint the lifeboat station");
}

TEST_CASE("in printed record blocks short value lines are a list's items and never labels") {
  PageBuilder pages;
  pages.Page().Line({{40, "Ref"}, {160, "HV 1"}}, true);
  pages.Line({{40, "Planned work"}, {172, "Open a drop-in at the harbour"}});
  pages.Line({{172, "Review the lead officer rota"}});
  pages.Line({{40, "Owner"}, {160, "K Hedley"}});
  pages.Line({{40, "Ref"}, {160, "HV 2"}}, true);
  pages.Line({{40, "Planned work"}, {172, "Print a guide to the night bus"}});
  pages.Line({{172, "Review the lead officer rota"}});
  pages.Line({{40, "Owner"}, {160, "Transport Desk"}});
  pages.Line({{40, "Ref"}, {160, "HV 3"}}, true);
  pages.Line({{40, "Planned work"}, {160, "Audit the crossing logs of every ferry that sails from the quay at night"}});
  pages.Line({{160, "and report"}});
  pages.Line({{40, "Owner"}, {160, "Piet Lanyon"}});
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour; Review the lead officer rota");
  CHECK(plan.rows[0].lead == "K Hedley");
  CHECK(plan.rows[1].action == "Print a guide to the night bus; Review the lead officer rota");
  CHECK(plan.rows[2].action == "Audit the crossing logs of every ferry that sails from the quay at night and report");
}

TEST_CASE("in printed record blocks a title or contents line that starts with a column's words is no label") {
  // On a PDF's text layer a label stands a gap wider than a word space
  // before its value; "Harbour Priorities and Action Plan 2031" is a
  // title, not an action's label and its value.
  PageBuilder pages;
  pages.Page().Line({{40, "Harbour Priorities and Action Plan 2031"}}, true).AsHeading();
  pages.Line({{40, "Who sits on the Board ......... 2"}}, true);
  pages.Line({{40, "Harbour Priorities and Action Plan ......... 3"}});
  pages.Line({{40, "Name"}, {200, "Representing"}}, true);
  pages.Line({{40, "Oona Barraclough"}, {200, "Harbour Trust"}});
  pages.Line({{40, "Piet Lanyon"}, {200, "Ferry Company"}});
  const char* records[][4] = {{"1", "Fence the weir pool", "Training Pool", "On track"},
                              {"2", "Light the towpath", "Housing Options Manager", "Delayed"}};
  for (const auto& record : records) {
    pages.Line({{40, "Item"}, {160, record[0]}}, true);
    // A text layer may join a label and its value in one cell, a wide gap apart.
    pages.Line({{40, std::string("Actions to deliver   ") + record[1]}});
    pages.Line({{40, "Lead officer"}, {160, record[2]}});
    pages.Line({{40, "Position at last review"}, {160, record[3]}});
  }
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Fence the weir pool");
  CHECK(plan.rows[1].lead == "Housing Options Manager");
  CHECK(plan.rows[1].progress == "Delayed");
}

TEST_CASE("in a scan's record blocks a label wrapped around its value set in the middle of its cell is one label") {
  // OCR lost the slash of "Person / agency" and parted its words; the
  // value stands between the label's two lines, in a ruled cell.
  PageBuilder pages;
  pages.Page();
  const char* records[][4] = {{"1", "Fence the weir pool", "Training Pool", "Aug-17"},
                              {"2", "Light the towpath", "Housing Options Manager", "Nov-18"},
                              {"3", "Close the market lane", "Estates", "Jan-18"}};
  for (const auto& record : records) {
    pages.Line({{40, "Ref"}, {160, record[0]}}, true).RuledAbove();
    pages.Line({{40, "Steps to take"}, {160, record[1]}}).RuledAbove();
    pages.Line({{40, "Person"}, {95, "agency"}}).RuledAbove();
    pages.Line({{160, record[2]}});
    pages.Line({{40, "responsible"}});
    pages.Line({{40, "Timeline"}, {160, record[3]}}).RuledAbove();
  }
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Training Pool");
  CHECK(plan.rows[1].lead == "Housing Options Manager");
  CHECK(plan.rows[2].action == "Close the market lane");
  CHECK(plan.rows[2].timeframe == "Jan-18");
}

TEST_CASE("in record blocks a label wrapped over three lines beside its value is one label") {
  // A narrow label column wraps "Responsible officer(s) and partners" in
  // both records: too few for the wrapped lines to be known by repeating.
  PageBuilder pages;
  pages.Page();
  const char* records[][4] = {{"1.1a", "Fence the weir pool", "Estates Team", "Aug-17"},
                              {"1.1b", "Light the towpath", "Housing Options Manager", "Nov-18"}};
  for (const auto& record : records) {
    pages.Line({{40, "No."}, {160, record[0]}}, true);
    pages.Line({{40, "Activity"}, {160, record[1]}});
    pages.Line({{40, "Responsible"}, {160, record[2]}});
    pages.Line({{40, "officer(s) and"}});
    pages.Line({{40, "partners"}});
    pages.Line({{40, "By when"}, {160, record[3]}});
  }
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Estates Team");
  CHECK(plan.rows[1].lead == "Housing Options Manager");
  CHECK(plan.rows[1].ref == "1.1b");
  CHECK(plan.rows[1].timeframe == "Nov-18");
}

TEST_CASE("in record blocks the wrapped end of a label printed beside its value in one cell is no value's") {
  // "and partners" ends the label "Responsible officer(s) and partners"
  // under each record's own lead.
  PageBuilder pages;
  pages.Page();
  const char* records[][3] = {{"Fence the weir pool", "Estates Team", "Aug-17"},
                              {"Light the towpath", "Housing Options Manager", "Nov-18"},
                              {"Close the market lane", "Canal Wardens", "Jan-18"}};
  for (const auto& record : records) {
    pages.Line({{40, std::string("Planned activity  ") + record[0]}}, true);
    pages.Line({{40, std::string("Responsible officer(s)  ") + record[1]}});
    pages.Line({{40, "and partners"}});
    pages.Line({{40, std::string("Target date  ") + record[2]}});
  }
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Estates Team");
  CHECK(plan.rows[1].lead == "Housing Options Manager");
  CHECK(plan.rows[2].action == "Close the market lane");
  CHECK(plan.rows[2].timeframe == "Jan-18");
}

}  // namespace planrows
