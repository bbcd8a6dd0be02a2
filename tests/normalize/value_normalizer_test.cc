#include "pipeline/normalize/value_normalizer.h"

#include <catch2/catch.hpp>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

TEST_CASE("the normalizing stage fills every row's normalized values and keeps the printed ones") {
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(DefaultRulesDir());
  REQUIRE(normalizer.ok());
  RecoveredPlan plan;
  plan.info = PlanInfo{"Board", "Business Plan 2014-2015", 2014, 2015};
  ActionRow row;
  row.action = "Monitor return home interviews";
  row.outcome = "Fewer children at risk of CSE";
  row.lead = "QA & PM Ctte/ M Evans";
  row.leads = {"QA & PM Ctte", "M Evans"};
  row.timeframe = "From April 2014";
  row.progress = "Awaiting revised guidance";
  plan.rows = {row, ActionRow{}};
  (*normalizer)->Normalize(&plan);

  const ActionRow& filled = plan.rows[0];
  CHECK(filled.timeframe == "From April 2014");
  CHECK(filled.dates.start == "2014-04-01");
  CHECK(filled.dates.end == "2015-03-31");
  CHECK(filled.dates.kind == "open");
  CHECK(filled.status == "delayed");
  REQUIRE(filled.lead_entities.size() == 2);
  CHECK(filled.lead_entities[0].kind == "group");
  CHECK(filled.lead_entities[1].kind == "person");
  REQUIRE(filled.topics.size() == 2);
  CHECK(filled.topics[0].key == "cse");  // From the outcome.
  CHECK(filled.topics[1].key == "missing");

  const ActionRow& empty = plan.rows[1];
  CHECK(empty.dates.kind.empty());
  CHECK(empty.status == "unknown");
  CHECK(empty.lead_entities.empty());
  CHECK(empty.topics.empty());
}

TEST_CASE("the normalizing stage reports the rule file that fails") {
  ScratchRules rules("status.toml", "[[status]\n");
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(rules.dir());
  REQUIRE_FALSE(normalizer.ok());
  CHECK_THAT(normalizer.status().message(), Catch::Contains("status.toml:1"));
}

}  // namespace
}  // namespace planrows
