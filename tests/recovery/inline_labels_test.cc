// Leads and timeframes written into an action's own text.
#include <catch2/catch.hpp>

#include "pipeline/recovery/inline_labels.h"
#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a bracketed tail gives the lead, its list, and the date after 'by'") {
  LabelledAction a = InlineLabels::Read(TestRules(), "Run clinics in each town (Lead: Carers Hub; Youth Service; by June 2019)");
  CHECK(a.action == "Run clinics in each town");
  CHECK(a.lead == "Carers Hub; Youth Service");
  CHECK(a.timeframe == "June 2019");
}

TEST_CASE("labels in running text give the lead and the timescale") {
  LabelledAction a = InlineLabels::Read(TestRules(), "Publish the guide. Lead officer: T Okonjo. Timescale: Spring 2020.");
  CHECK(a.action == "Publish the guide");
  CHECK(a.lead == "T Okonjo");
  CHECK(a.timeframe == "Spring 2020");
}

TEST_CASE("text without labels, or brackets that are no labels, stays whole") {
  for (const char* text : {"Train staff (including volunteers)", "Review the policy: what works"}) {
    LabelledAction a = InlineLabels::Read(TestRules(), text);
    CHECK(a.action == text);
    CHECK(a.lead.empty());
    CHECK(a.timeframe.empty());
  }
}

TEST_CASE("a PDF's list whose bullets were drawn is read item by item") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Priority 1 - Safer streets"}}, true)
      .Line({{40, "What we will do"}}, true)
      .Line({{55, "Map the places young people say feel unsafe (Lead: Youth Service; by May 2020)"}}, true)
      .Line({{55, "Agree a shared response with transport partners and the"}})
      .Line({{55, "night-time economy (Lead: Community Safety Team)"}})
      .Line({{40, "Priority 2 - Online harm"}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Youth Service");
  CHECK(plan.rows[0].timeframe == "May 2020");
  CHECK(plan.rows[1].action == "Agree a shared response with transport partners and the night-time economy");
  CHECK(plan.rows[1].lead == "Community Safety Team");
}

}  // namespace
}  // namespace planrows
