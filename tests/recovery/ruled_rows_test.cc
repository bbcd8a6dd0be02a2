// Rows of a ruled table: a ruling starts a row, whichever of its cells the
// row sets first.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a ruled row whose centred cells set its progress above its reference starts at its ruling") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "What we will do"}, {300, "Owner"}, {420, "When"}, {500, "Progress"}}).RuledAbove()
      .Line({{40, "4.1"}, {80, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}}).RuledAbove()
      .Line({{80, "before the winter"}})
      .Line({{500, "Lamps ordered; fitting"}}).RuledAbove()
      .Line({{40, "4.2"}, {80, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}})
      .Line({{500, "under way"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the underpass before the winter");
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].ref == "4.2");
  CHECK(plan.rows[1].progress == "Lamps ordered; fitting under way");
}

TEST_CASE("the rulings of a small table above leave the rows of an unruled table under it to its gaps") {
  // The members' table is ruled; the plan's table below it is not, and its
  // rows, with no references, are parted by gaps alone.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Member"}, {200, "Title"}}).RuledAbove()
      .Line({{40, "Ada Penrose"}, {200, "Vice Chair"}}).RuledAbove()
      .Line({{40, "What we will do"}, {260, "Owner"}, {400, "When"}}, true).RuledAbove()
      .Line({{40, "Light the underpass by"}, {260, "Highways Team"}, {400, "May 2031"}}, true)
      .Line({{40, "the bus station"}})
      .Line({{40, "Open a youth club on"}, {260, "Youth Service"}, {400, "June 2031"}}, true)
      .Line({{40, "Friday nights"}})
      .Line({{40, "Print a map of safe"}, {260, "Parish Council"}, {400, "July 2031"}}, true)
      .Line({{40, "routes to school"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Light the underpass by the bus station");
  CHECK(plan.rows[1].lead == "Youth Service");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[2].action == "Print a map of safe routes to school");
}

}  // namespace
}  // namespace planrows
