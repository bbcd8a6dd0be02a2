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

}  // namespace
}  // namespace planrows
