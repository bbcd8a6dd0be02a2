// Tables written a cell a line, every row as many lines as the table has
// columns (an empty cell a blank line), cut into rows around their references.
#include "pipeline/recovery/fixed_width_rows.h"

#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("rows cut around their references give a cell before the reference to its own row") {
  CellFit cell_fit(TestRules());
  CellClassifier classifier(TestRules());
  FixedWidthRows rows(cell_fit, classifier, {std::nullopt, Column::kRef, Column::kAction, Column::kLead}, false);
  std::optional<std::vector<GroupedRow>> cut =
      rows.Group({"Quieter streets", "qs1", "Walk the high street with licensees", "P Adebayo", "", "qs2",
                  "Share a taxi list with schools", "Taxi Licensing Team"});
  REQUIRE(cut);
  REQUIRE(cut->size() == 2);
  CHECK((*cut)[0].cells == std::vector<std::string>{"Quieter streets", "qs1", "Walk the high street with licensees",
                                                    "P Adebayo"});
  CHECK((*cut)[1].cells == std::vector<std::string>{"", "qs2", "Share a taxi list with schools",
                                                    "Taxi Licensing Team"});
  CHECK((*cut)[1].first_piece == 4);
}

TEST_CASE("rows cut around their references may start above the run and cut nothing with text left over") {
  CellFit cell_fit(TestRules());
  CellClassifier classifier(TestRules());
  FixedWidthRows rows(cell_fit, classifier, {std::nullopt, Column::kRef, Column::kAction}, false);
  std::optional<std::vector<GroupedRow>> cut = rows.Group({"qs1", "Walk the high street", "", "qs2", "Map routes"});
  REQUIRE(cut);
  CHECK((*cut)[0].cells == std::vector<std::string>{"", "qs1", "Walk the high street"});
  CHECK((*cut)[1].cells == std::vector<std::string>{"", "qs2", "Map routes"});
  // A cell wrapped onto a second line leaves a line no row takes.
  CHECK_FALSE(rows.Group({"qs1", "Walk the high street", "with the licensees", "", "qs2", "Map routes"}));
  CHECK_FALSE(rows.Group({"Walk the high street", "Map routes"}));
}

TEST_CASE("a theme column written on a theme's first row keeps each row's cells in their columns") {
  RecoveredPlan plan = RecoverPlanText(
      "Theme Code Key steps Owner Due Progress\n"
      "Quieter streets at night\nqs1\nWalk the high street with the licensees\nP Adebayo\nMay 2026\nAmber\n"
      "\nqs2\nShare a late-night taxi list with the schools\nTaxi Licensing Team\nJune 2026\n\n"
      "\nqs3\nTrain door staff to spot exploitation\n\nJuly 2026\nGreen\n"
      "\nqs4\nMeet the bus company about the last buses\nR Marsh\nAugust 2026\nAmber\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "QS1");
  CHECK(plan.rows[0].action == "Walk the high street with the licensees");
  CHECK(plan.rows[0].lead == "P Adebayo");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].ref == "QS2");
  CHECK(plan.rows[1].lead == "Taxi Licensing Team");
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].action == "Train door staff to spot exploitation");
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe == "July 2026");
  CHECK(plan.rows[2].progress == "Green");
  CHECK(plan.rows[3].lead == "R Marsh");
}

TEST_CASE("references alone on their lines under a header that leaves them unnamed stand after a theme column") {
  RecoveredPlan plan = RecoverPlanText(
      "Theme Outcome sought What will we do? Lead Deadline Progress\n"
      "Quieter streets at night\nqs1\nFewer children out late alone\nWalk the high street with the licensees\n"
      "P Adebayo\n31/05/2026\nAmber\n"
      "\nqs2\nFewer children out late alone\nShare a late-night taxi list with the schools\nTaxi Licensing Team\n"
      "30/06/2026\n\n"
      "\nqs3\nChildren get home safely\nTrain door staff to spot exploitation\nR Marsh\n31/07/2026\nGreen\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "QS1");
  CHECK(plan.rows[0].outcome == "Fewer children out late alone");
  CHECK(plan.rows[0].action == "Walk the high street with the licensees");
  CHECK(plan.rows[1].lead == "Taxi Licensing Team");
  CHECK(plan.rows[1].timeframe == "30/06/2026");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].outcome == "Children get home safely");
  CHECK(plan.rows[2].progress == "Green");
}

TEST_CASE("a theme column that shares the outcome's heading words leaves the outcome to the column of every row") {
  RecoveredPlan plan = RecoverPlanText(
      "Overall aim Code Outcome required Our pledge Owner Due\n"
      "Safer journeys home for every child\nSJ 1\nChildren get home safely at night\n"
      "Walk the high street with the licensees\nP Adebayo\nMay 2026\n"
      "\nSJ 2\nChildren get home safely at night\nShare a taxi list with the schools\nTaxi Licensing Team\n"
      "June 2026\n"
      "\nSJ 3\nFewer children out late alone\nTrain door staff to spot exploitation\nR Marsh\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SJ 1");
  CHECK(plan.rows[0].outcome == "Children get home safely at night");
  CHECK(plan.rows[0].action == "Walk the high street with the licensees");
  CHECK(plan.rows[2].outcome == "Fewer children out late alone");
  CHECK(plan.rows[2].action == "Train door staff to spot exploitation");
  CHECK(plan.rows[2].lead == "R Marsh");
}

TEST_CASE("rows of a table without references are cut by counting, a short last row and misfits told apart") {
  CellFit cell_fit(TestRules());
  CellClassifier classifier(TestRules());
  FixedWidthRows rows(cell_fit, classifier, {Column::kOutcome, Column::kAction, Column::kTimeframe}, false);
  std::optional<std::vector<GroupedRow>> cut = rows.GroupCounted(
      {"Safer journeys home", "Walk the high street", "May 2026", "", "Share a taxi list", "", "", "Map routes"});
  REQUIRE(cut);
  REQUIRE(cut->size() == 3);
  CHECK((*cut)[1].cells == std::vector<std::string>{"", "Share a taxi list", ""});
  CHECK((*cut)[1].first_piece == 3);
  CHECK((*cut)[2].cells == std::vector<std::string>{"", "Map routes", ""});
  // A cell wrapped onto a second line puts prose where a date belongs.
  CHECK_FALSE(rows.GroupCounted({"Safer journeys", "Walk the high street", "with the licensees", "", "Map routes",
                                 "June 2026"}));
}

TEST_CASE("a table without references written a cell a line keeps a note with dates in its own column") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Aim of the work Steps we will take Milestones Owner and deadline Current status\n"
      "Children get home safely at night\nWalk the high street with the licensees\n"
      "- Draft by May 2026 - Sign-off by July 2026\nP Adebayo - By end of Q2\n"
      "\nChildren get home safely at night\nShare a taxi list with the schools\n"
      "- Draft by June 2026 - Sign-off by August 2026\nTaxi Licensing Team - By end of Q3\nAmber\n"
      "Fewer children out late alone\nTrain door staff to spot exploitation\n"
      "- Draft by July 2026 - Sign-off by September 2026\nR Marsh - By end of Q4\n\n\n"
      "Page 1 of 2\f"
      "Aim of the work Steps we will take Milestones Owner and deadline Current status\n"
      "Fewer children out late alone\nMeet the bus company about the last buses\n"
      "- Draft by August 2026 - Sign-off by October 2026\nD Okafor - By end of Q4\nGreen\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Walk the high street with the licensees");
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].outcome == "Children get home safely at night");
  CHECK(plan.rows[1].action == "Share a taxi list with the schools");
  CHECK(plan.rows[1].lead == "Taxi Licensing Team");
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[2].action == "Train door staff to spot exploitation");
  CHECK(plan.rows[2].progress.empty());
  CHECK(plan.rows[3].action == "Meet the bus company about the last buses");
  CHECK(plan.rows[3].lead == "D Okafor");
  CHECK(plan.rows[3].progress == "Green");
}

TEST_CASE("counted rows take a blank line under the header as an empty first cell and two date columns unchecked") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Theme Key actions Person responsible By Target Progress to date\n"
      "\nWalk the high street with the licensees\nP Adebayo\nMay 2026\nFewer children out late alone\nAmber\n"
      "\nShare a taxi list with the schools\nTaxi Licensing Team\nJune 2026\nEvery school has the list\n\n"
      "Journeys home\nTrain door staff to spot exploitation\n\nJuly 2026\nForty door staff trained\nGreen\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Walk the high street with the licensees");
  CHECK(plan.rows[0].lead == "P Adebayo");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].action == "Share a taxi list with the schools");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].action == "Train door staff to spot exploitation");
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe == "July 2026");
  CHECK(plan.rows[2].progress == "Green");
}

TEST_CASE("counted rows give the first row's theme cell to the section heading above them") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Theme Why we are doing this Key actions How we will measure impact Sponsor Completion date\n"
      "Strategic Theme One - Safer journeys home\n"
      "Children get home safely at night\nWalk the high street with the licensees\nRe-referral rate below 65%\n"
      "P Adebayo\nMay 2026\n"
      "\nChildren get home safely at night\nShare a taxi list with the schools\n"
      "Calls to the night line fall by 20%\nTaxi Licensing Team\nJune 2026\n"
      "\nFewer children out late alone\nTrain door staff to spot exploitation\nForty door staff trained\n\n"
      "July 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Walk the high street with the licensees");
  CHECK(plan.rows[0].lead == "P Adebayo");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].lead == "Taxi Licensing Team");
  CHECK(plan.rows[2].action == "Train door staff to spot exploitation");
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe == "July 2026");
}

}  // namespace
}  // namespace planrows
