#include "pipeline/normalize/value_normalizer.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

TEST_CASE("the normalizing stage fills every row's normalized values and keeps the printed ones") {
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(DefaultRulesDir());
  REQUIRE(normalizer.ok());
  RecoveredPlan plan;
  plan.info = PlanInfo{"Board", "Business Plan 2014-2015", 2014, 2015, ""};
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

TEST_CASE("the plan's board gets its key; a plan that names none is warned about") {
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(DefaultRulesDir());
  REQUIRE(normalizer.ok());
  RecoveredPlan named;
  named.info.board = "The Vision of the Northmoor Local Safeguarding Children Board";
  (*normalizer)->Normalize(&named);
  CHECK(named.info.board_key == "northmoor");
  CHECK(named.info.board == "Northmoor Local Safeguarding Children Board");
  CHECK(named.warnings.empty());
  RecoveredPlan unnamed;
  (*normalizer)->Normalize(&unnamed);
  CHECK(unnamed.info.board_key.empty());
  REQUIRE(unnamed.warnings.size() == 1);
  CHECK(unnamed.warnings[0].find("board name not found") == 0);
}

// The normalizers are shared by ingest's worker threads; their results
// must not depend on what other threads do meanwhile.
TEST_CASE("one normalizer serves several threads at once") {
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(DefaultRulesDir());
  REQUIRE(normalizer.ok());
  RecoveredPlan plan;
  plan.info = PlanInfo{"Board", "Business Plan 2013-2014", 2013, 2014, ""};
  for (const char* timeframe : {"Throughout 2013-14", "Sept 2013", "Q2 2013/14", "Ongoing", "TBC"}) {
    ActionRow row;
    row.action = "Deliver e-safety and CSE training to schools";
    row.leads = {"Chair of CDOP Gladys Xavier", "CSE Sub- Group"};
    row.timeframe = timeframe;
    row.progress = "Not yet started";
    plan.rows.push_back(row);
  }
  RecoveredPlan expected = plan;
  (*normalizer)->Normalize(&expected);
  std::vector<RecoveredPlan> plans(4, plan);
  std::vector<std::thread> threads;
  for (RecoveredPlan& each : plans) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) (*normalizer)->Normalize(&each);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const RecoveredPlan& each : plans) {
    for (size_t i = 0; i < each.rows.size(); ++i) {
      CHECK(each.rows[i].dates.start == expected.rows[i].dates.start);
      CHECK(each.rows[i].dates.kind == expected.rows[i].dates.kind);
      CHECK(each.rows[i].status == expected.rows[i].status);
      CHECK(each.rows[i].lead_entities.size() == 2);
      CHECK(each.rows[i].lead_entities[0].key == expected.rows[i].lead_entities[0].key);
      CHECK(each.rows[i].topics.size() == expected.rows[i].topics.size());
    }
  }
}

TEST_CASE("the normalizing stage reports the rule file that fails") {
  ScratchRules rules("status.toml", "[[status]\n");
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(rules.dir());
  REQUIRE_FALSE(normalizer.ok());
  CHECK_THAT(normalizer.status().message(), Catch::Contains("status.toml:1"));
}

}  // namespace
}  // namespace planrows
