// Headers of tables run into one paragraph with their rows: which run of
// words is the header (pipeline/recovery/run_on_header_finder.h).
#include "pipeline/recovery/run_on_header_finder.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a run-on header without references may hold a one-word name that gives a role another name gives") {
  // "Target" tells dates by its word, as "By" does by its name; its cells
  // (measures) say what it is.
  RecoveredPlan plan = RecoverPlanText(
      "Saltmere Partnership Plan 2027-29 1. Safer roads Change we want Steps we will take Person / agency\n"
      "responsible By Target Q3 position Fewer children hurt near schools Map the crossing points Road\n"
      "Safety Team Aug-27 No child hurt this year Green Paint the school zig-zags Highways Team Ongoing\n"
      "Every gate painted Achieved Light the school lanes Street Lighting Team May-28 Lanes lit by spring\n"
      "Amber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Map the crossing points");
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "Aug-27");
  CHECK(plan.rows[1].progress == "Achieved");
  CHECK(plan.rows[2].lead == "Street Lighting Team");
}

TEST_CASE("a run-on header is not found deep in the rows where its names would end on a semicolon or an article") {
  // "2." reads as a reference; the words before it are a row's, not a header.
  RecoveredPlan plan = RecoverPlanText(
      "Saltmere Partnership Plan 2027-29 1. Safer roads Change we want Steps we will take Person / agency\n"
      "responsible By Target Q3 position Fewer children hurt near schools Map the crossing points Road\n"
      "Safety Team; Police Cadets Aug-27 Report received by the Executive Green 2. Safer homes Change we\n"
      "want Steps we will take Person / agency responsible By Target Q3 position Fewer fires at home Fit\n"
      "smoke alarms in rented homes Fire and Rescue Service May-28 Alarms in every flat Amber\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team; Police Cadets");
  CHECK(plan.rows[1].action == "Fit smoke alarms in rented homes");
  CHECK(plan.rows[1].section == "Safer homes");
}

}  // namespace
}  // namespace planrows
