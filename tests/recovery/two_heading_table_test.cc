// Positioned tables of two columns: an action column and one of lead and
// date together, the header naming the second and telling the first.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a header of an action heading told by its words and a known lead-and-date name heads a table") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Steps we plan to take"}, {330, "Who / when"}})
      .Line({{40, "Open a drop-in at the harbour library"}, {330, "Oona Barraclough - May 2026"}}, true)
      .Line({{40, "Print a guide to the night bus for care"}, {330, "Transport Desk - July 2026"}}, true)
      .Line({{40, "leavers"}})
      .Line({{40, "Run a summer audit of missing episodes"}, {330, "Piet Lanyon - August 2026"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Print a guide to the night bus for care leavers");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
}

TEST_CASE("a label and its value with the known name first head no table") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Who / when"}, {330, "Steps we plan to take"}})
      .Line({{40, "Oona Barraclough - May 2026"}, {330, "Open a drop-in at the harbour library"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(plan.rows.empty());
}

TEST_CASE("two short headings told by their words alone head a table of actions and leads with dates") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Planned tasks / steps"}, {330, "Responsibility and timescale"}})
      .Line({{40, "1 Open a drop-in at the harbour library"}, {330, "Oona Barraclough"}}, true)
      .Line({{330, "May 2026"}})
      .Line({{40, "2 Print a guide to the night bus for care"}, {330, "Transport Desk"}}, true)
      .Line({{40, "leavers"}, {330, "July 2026"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[1].action == "Print a guide to the night bus for care leavers");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("two cells told by their words but long as sentences head no table") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Review the tasks of the action plan with schools"}, {330, "Responsibility of the lead officer"}})
      .Line({{40, "Open a drop-in at the harbour library"}, {330, "Oona Barraclough"}}, true)
      .Line({{40, "Print a guide to the night bus for care"}, {330, "Transport Desk"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(plan.rows.empty());
}

}  // namespace
}  // namespace planrows
