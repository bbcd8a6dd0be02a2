// Tables run into one paragraph under a first column of section titles:
// each title stands between a printing of the header and its section's rows.
#include "pipeline/recovery/run_on_table_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a numbered section title after a run-on header is a title column's, not a row numbered 1") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030-2032 Theme Task code Steps we will take Responsible partner Due\n"
      "1. Safer moorland paths MP1 Map the stiles near the quarry Moor Rangers 30/04/2031 MP2 Print a walkers'\n"
      "safety card R. Penhallow 30/06/2031 Theme Task code Steps we will take Responsible partner Due 2. Quiet\n"
      "homes on the estate QH1 Visit families with health visitors Moor Health Team 30/09/2031\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "MP1");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[1].ref == "MP2");
  CHECK(plan.rows[1].lead == "R. Penhallow");
  CHECK(plan.rows[2].ref == "QH1");
  CHECK(plan.rows[2].lead == "Moor Health Team");
  CHECK(plan.rows[2].timeframe == "30/09/2031");
}

TEST_CASE("a title column's title in sentence case stands between the header and rows without references") {
  // "Domain" heads the titles; no rule knows it, but it comes again with the names.
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030-2032 Domain Steps we will take Responsible partner Due date Commentary\n"
      "Safer moorland paths Map the stiles near the quarry Moor Rangers May 2031 On target Print a walkers'\n"
      "safety card R. Penhallow June 2031 Achieved - 1 - Domain Steps we will take Responsible partner Due date\n"
      "Commentary Quiet homes on the estate Visit families with health visitors Moor Health Team September\n"
      "2031 On target\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[1].action == "Print a walkers' safety card");
  CHECK(plan.rows[2].action == "Visit families with health visitors");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a section title before a run-on header is no name where the names come again without it") {
  // The title holds a heading word ("how"), and a bullet starts the first row's list.
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Board Action Plan 2031-32 Objective A - Knowing how well we are doing Tasks and activities\n"
      "Evidence of change Lead officer Target month \u2022 Light the harbour steps \u2022 Paint the quay edges Fewer\n"
      "falls reported Harbour Trust Jan-32 Mend the lifebuoy posts along the breakwater Posts checked each\n"
      "month Coastguard Mar-32 Objective B - Safer moorings Tasks and activities Evidence of change Lead\n"
      "officer Target month Map the moorings with the harbour volunteers Every mooring is on the map Boat Club May-32\n");
  CHECK(FirstTableHeadings(plan) ==
        std::vector<std::string>{"Tasks and activities", "Evidence of change", "Lead officer", "Target month"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action.find("Light the harbour steps") == 0);
  CHECK(plan.rows[0].lead == "Harbour Trust");
  CHECK(plan.rows[1].action == "Mend the lifebuoy posts along the breakwater");
  CHECK(plan.rows[1].timeframe == "Mar-32");
  CHECK(plan.rows[2].lead == "Boat Club");
}

TEST_CASE("a run-on header over dates may name its leads' column Action owner") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Board Action Plan 2031-32 Objective A - Quiet harbour Tasks and activities Evidence of change\n"
      "Action owner Target month Light the harbour steps before the winter Fewer falls reported Harbour Trust\n"
      "Jan-32 Mend the lifebuoy posts along the breakwater Posts checked each month Coastguard Mar-32 Map the\n"
      "moorings with the harbour volunteers Every mooring is on the map Boat Club May-32\n");
  CHECK(FirstTableHeadings(plan) ==
        std::vector<std::string>{"Tasks and activities", "Evidence of change", "Action owner", "Target month"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Trust");
  CHECK(plan.rows[1].action == "Mend the lifebuoy posts along the breakwater");
  CHECK(plan.rows[2].timeframe == "May-32");
}

TEST_CASE("a run-on header of steps we will take and who and when heads rows that end at their dates") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Board Plan 2031 - 2034 1. Quiet harbour Steps we will take Who / when Status at review Light the\n"
      "harbour steps before the winter Harbour Trust - Dec-32 Done Mend the lifebuoy posts along the breakwater\n"
      "Coastguard - Mar-33 At risk 2. Safer moorings Steps we will take Who / when Status at review Map the\n"
      "moorings with the harbour volunteers Boat Club - May-33 Done\n");
  CHECK(FirstTableHeadings(plan) == std::vector<std::string>{"Steps we will take", "Who / when", "Status at review"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Light the harbour steps before the winter");
  CHECK(plan.rows[0].lead == "Harbour Trust");
  CHECK(plan.rows[1].timeframe == "Mar-33");
  CHECK(plan.rows[2].lead == "Boat Club");
}

TEST_CASE("a run-on header of a titles' name and two more heads rows whose references end in colons") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Board Work Plan 2031/32 Priority Agreed actions Lead officer / target date Priority 1 - Quiet\n"
      "harbour QH 1: Light the harbour steps before the winter Harbour Trust November 2031 QH 2: Mend the\n"
      "lifebuoy posts along the breakwater Coastguard August 2032 Priority Agreed actions Lead officer / target\n"
      "date Priority 2 - Safer moorings SM 1: Map the moorings with the harbour volunteers Boat Club May 2032\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "QH 1");
  CHECK(plan.rows[0].action == "Light the harbour steps before the winter");
  CHECK(plan.rows[0].lead == "Harbour Trust");
  CHECK(plan.rows[1].timeframe == "August 2032");
  CHECK(plan.rows[2].ref == "SM 1");
  CHECK(plan.rows[2].lead == "Boat Club");
}

TEST_CASE("a numbered section title before rows numbered afresh under a run-on header is no row") {
  // Each section's rows count from 1 again; each page ends on its number
  // and the plan's title shortened to the board's initials.
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Community Partnership Action Plan 2030-32 Theme No. Steps we will take Responsible partner\n"
      "Due 1. Safer moorland paths 1 Map the stiles near the quarry Moor Rangers May 2031 2 Print a walkers'\n"
      "safety card R. Penhallow June 2031 1 WMCP Action Plan 2030-32 3 Light the car park at the visitor\n"
      "centre Parish Council July 2031 2 WMCP Action Plan 2030-32 Theme No. Steps we will take Responsible\n"
      "partner Due 2. Quiet homes on the estate 1 Visit families with health visitors Moor Health Team\n"
      "September 2031 2 Open a drop-in at the library Housing Team October 2031\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].section == "Safer moorland paths");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].lead == "Parish Council");
  CHECK(plan.rows[2].timeframe == "July 2031");
  CHECK(plan.rows[3].ref == "1");
  CHECK(plan.rows[3].section == "Quiet homes on the estate");
  CHECK(plan.rows[4].lead == "Housing Team");
}

TEST_CASE("run-on rows that open with an outcome before their reference end where the next row's outcome starts") {
  // "Outcome we want" heads outcomes, each row's printed before the reference that opens its action.
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030-2032 Theme 1 - Safer paths Outcome we want Steps we will take "
      "Responsible partner Due Walkers feel safe on the moor after dark MP1 Map the stiles near the quarry Moor "
      "Rangers May-31 Lost walkers are found within the hour MP2 Print a walkers' safety card Parish Council "
      "Jun-31 Theme 2 - Quiet homes Outcome we want Steps we will take Responsible partner Due Families on the "
      "estate sleep well QH1 Visit families with health visitors Moor Health Team Sep-31 Families on the estate "
      "sleep well QH2 Open a night noise line Housing Team Oct-31\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "MP1");
  CHECK(plan.rows[0].outcome == "Walkers feel safe on the moor after dark");
  CHECK(plan.rows[0].lead == "Moor Rangers");
  CHECK(plan.rows[0].timeframe == "May-31");
  CHECK(plan.rows[1].outcome == "Lost walkers are found within the hour");
  CHECK(plan.rows[1].lead == "Parish Council");
  CHECK(plan.rows[2].ref == "QH1");
  CHECK(plan.rows[2].lead == "Moor Health Team");
  CHECK(plan.rows[2].timeframe == "Sep-31");
  CHECK(plan.rows[3].outcome == "Families on the estate sleep well");
  CHECK(plan.rows[3].action == "Open a night noise line");
}

}  // namespace
}  // namespace planrows
