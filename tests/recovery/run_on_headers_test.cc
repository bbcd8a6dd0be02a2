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

TEST_CASE("a header on lines of its own whose last line ends on a name is no run-on header cut short of it") {
  // pdftotext -raw wrote the header's cells side by side, then their
  // wrapped ends; the page's lines run on without a blank line, as a
  // paragraph's do, but the rows are a cell a line.
  RecoveredPlan plan = RecoverPlanText(
      "Page 1 of 1\n"
      "Tarnbridge Children's Partnership\n"
      "Delivery Plan 2032/33\n"
      "Ref What we will do Outcome sought\n"
      "Completion\n"
      "by Success measure Who will deliver this?\n"
      "1. Safe journeys to school\n"
      "TB1 Map the routes where pupils report feeling unsafe with the\n"
      "transport team\n"
      "Pupils feel safe on the way to\n"
      "school\n"
      "March 2032 Survey shows 80% of pupils\n"
      "feel safe\n"
      "R Achebe\n"
      "TB2 Train bus drivers to spot and report signs of harm\n"
      "Drivers know how to report\n"
      "a concern\n"
      "June 2032 Every driver trained by\n"
      "the summer\n"
      "Transport Lead / S Varga\n"
      "2. Support after exclusion\n"
      "TB3 Agree a protocol for the day a pupil is excluded\n"
      "Excluded pupils are seen the\n"
      "same day\n"
      "September\n"
      "2032\n"
      "Audit of twenty cases each\n"
      "term\n"
      "Inclusion Manager\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "TB1");
  CHECK(plan.rows[0].lead == "R Achebe");
  CHECK(plan.rows[1].lead == "Transport Lead / S Varga");
  CHECK(plan.rows[2].timeframe == "September 2032");
  CHECK(plan.rows[2].section == "Support after exclusion");
}

}  // namespace
}  // namespace planrows
