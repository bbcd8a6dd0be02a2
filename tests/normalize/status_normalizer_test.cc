#include "pipeline/normalize/status_normalizer.h"

#include <catch2/catch.hpp>

#include <utility>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

void CheckAll(const std::vector<std::pair<const char*, const char*>>& table) {
  for (const auto& [progress, status] : table) {
    INFO(progress);
    CHECK(Loaded<StatusNormalizer>().Normalize(progress) == status);
  }
}

TEST_CASE("progress printed in the gold plans gives a status") {
  CheckAll({
      {"Audit completed by D Pearson – presented to Quality & Performance Group 19/11/2014", "complete"},
      {"Agreed by Executive. Due January 2013", "complete"},  // Agreement reported as done; the date is history.
      {"Full time HV post established; BHC looking at improving IT to improve joint working", "complete"},
      {"Awaiting revised guidance", "delayed"},  // Held back by someone else, not "not started".
      {"MAPPA cases to be anonymised to avoid issues around confidentiality", "not_started"},
      {"For further details see Performance Management Framework", "unknown"},
      {"To tie in with item 5.1", "unknown"},
  });
}

TEST_CASE("RAG ratings are kept as ratings") {
  CheckAll({
      {"Red", "red"}, {"AMBER", "amber"}, {"G", "green"}, {"RAG: Green", "green"}, {"(Amber)", "amber"},
      {"Green - on track", "green"}, {"Blue", "complete"}, {"Amber: training delayed", "amber"},
  });
}

TEST_CASE("negations and future work are not read as done") {
  CheckAll({
      {"Not yet started", "not_started"},
      {"Not completed", "delayed"},
      {"Target not achieved", "delayed"},
      {"Incomplete", "delayed"},
      {"Training will be delivered in May", "not_started"},
      {"Delayed - will be completed in June", "delayed"},
      {"A completely new approach is being developed", "on_track"},
  });
}

TEST_CASE("progress words give their status; empty text is unknown") {
  CheckAll({
      {"Completed", "complete"}, {"Policy ratified by the Board", "complete"}, {"On track", "on_track"},
      {"In progress", "on_track"}, {"On-going", "on_track"}, {"Slippage due to staffing", "delayed"},
      {"", "unknown"}, {" ; ", "unknown"}, {"See 4.2", "unknown"},
  });
}

TEST_CASE("status rules that cannot be used fail to load, naming the fault") {
  SECTION("a status no one knows") {
    ScratchRules rules("status.toml", "[[status]]\nname = \"finished\"\npatterns = ['done']\n");
    Result<StatusNormalizer> normalizer = StatusNormalizer::Load(rules.dir());
    REQUIRE_FALSE(normalizer.ok());
    CHECK_THAT(normalizer.status().message(), Catch::Contains("status.toml:1") && Catch::Contains("finished"));
  }
  SECTION("a pattern RE2 rejects") {
    ScratchRules rules("status.toml", "[[status]]\nname = \"complete\"\npatterns = ['done', '(bad']\n");
    Result<StatusNormalizer> normalizer = StatusNormalizer::Load(rules.dir());
    REQUIRE_FALSE(normalizer.ok());
    CHECK_THAT(normalizer.status().message(), Catch::Contains("status[0].patterns[1]"));
  }
}

}  // namespace
}  // namespace planrows
