// Two columns whose headings claim one role: the cells that fit it better keep it.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("of two columns whose headings name the action the one of wrapped prose keeps it and not one of milestones") {
  // "Workstream actions" and "Interim steps" both name the action by their words.
  // A narrow column wraps each task into short pieces of no kind; the
  // steps are mostly dates, with a sentence or two among them.
  PageBuilder pages;
  pages.Page().Line({{40, "Ref"}, {70, "Workstream"}, {170, "Lead"}, {270, "Interim"}, {420, "Due"}}, true);
  pages.Line({{70, "actions"}, {270, "steps"}});
  const char* rows[][7] = {
      {"1", "Light the", "towpath", "Canal Wardens", "Draft by May 2027", "Sign-off by June 2028", "Jun-27"},
      {"2", "Fence the weir", "pool", "Estates Team", "Agree the plan with families and the wardens", "soon", "Aug-27"},
      {"3", "Close the market", "lane", "Town Rangers", "Draft by March 2027", "Sign-off by July 2028", "Sep-27"},
      {"4", "Open the ferry", "steps", "Harbour Office", "Draft by April 2027", "Sign-off by May 2028", "Oct-27"}};
  for (const auto& row : rows) {
    pages.Line({{40, row[0]}, {70, row[1]}, {170, row[3]}, {270, row[4]}, {420, row[6]}}, true);
    pages.Line({{70, row[2]}, {270, row[5]}});
  }
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Light the towpath");
  CHECK(plan.rows[3].action == "Open the ferry steps");
  CHECK(plan.rows[3].lead == "Harbour Office");
}

}  // namespace
}  // namespace planrows
