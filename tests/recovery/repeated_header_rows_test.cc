// Headers printed again on positioned pages: atop a new page, where a row cut
// by the break goes on, and lower on a page, where they end the row above.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a header printed again under a row on its page ends that row, though the next page repeats it") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}).RuledAbove()
      .Line({{40, "1.1"}, {70, "Open a youth club in the old"}, {300, "Youth Service"}, {420, "May 2031"}}).RuledAbove()
      .Line({{70, "library"}})
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}).RuledAbove();
  // Each row's reference is centred in its cell, below the row's first line.
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}).RuledAbove()
      .Line({{70, "Launch a night bus for"}, {300, "Transport"}}).RuledAbove()
      .Line({{40, "2.1"}, {70, "young people"}, {300, "Desk"}, {420, "June 2031"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a youth club in the old library");
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].action == "Launch a night bus for young people");
  CHECK(plan.rows[1].lead == "Transport Desk");
}

TEST_CASE("under a repeated header a cell going on in lower case and a date's year continue the cut row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Outcome"}, {200, "Action"}, {330, "Lead"}, {430, "Target"}})
      .Line({{40, "4.1"}, {70, "Walkers feel safe"}, {200, "Light the canal towpath"}, {330, "Canal Trust"},
             {430, "May 2031"}}, true)
      .Line({{40, "4.2"}, {70, "Boat owners"}, {200, "Train the lock keepers"}, {330, "Harbour"}, {430, "November"}},
            true);
  pages.Page()
      .Line({{40, "Ref"}, {70, "Outcome"}, {200, "Action"}, {330, "Lead"}, {430, "Target"}})
      .Line({{70, "know whom to call"}, {200, "Map the moorings"}, {330, "Master"}, {430, "2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].outcome == "Boat owners know whom to call");
  CHECK(plan.rows[1].lead == "Harbour Master");
  CHECK(plan.rows[1].timeframe == "November 2031");
}

}  // namespace
}  // namespace planrows
