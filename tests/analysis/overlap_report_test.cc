#include "pipeline/analysis/overlap_report.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/analysis/corpus_store.h"

namespace planrows {
namespace {

const TopicSpread* Find(const OverlapReport& report, const std::string& key) {
  auto it = std::find_if(report.topics.begin(), report.topics.end(),
                         [&key](const TopicSpread& t) { return t.key == key; });
  return it == report.topics.end() ? nullptr : &*it;
}

TEST_CASE("overlap names the topics the sample plans share") {
  Result<OverlapReport> report = OverlapReport::Build(CorpusStore()->database(), 0);
  REQUIRE(report.ok());
  CHECK(report->boards.size() == 5);
  const TopicSpread* cse = Find(*report, "cse");
  REQUIRE(cse != nullptr);
  CHECK(cse->boards.size() >= 4);
  CHECK(cse->label == "Child sexual exploitation");
  for (size_t i = 1; i < report->topics.size(); ++i) {
    CHECK(report->topics[i - 1].boards.size() >= report->topics[i].boards.size());
  }
  CHECK(report->pairs.size() == 10);  // Every pair of five boards.
  for (const BoardPair& pair : report->pairs) {
    CHECK(pair.similarity >= 0);
    CHECK(pair.similarity <= 1);
    CHECK(pair.first != pair.second);
  }
}

TEST_CASE("overlap filters by the year a plan covers") {
  Result<OverlapReport> report = OverlapReport::Build(CorpusStore()->database(), 2013);
  REQUIRE(report.ok());
  REQUIRE(report->boards.size() == 1);
  CHECK(report->boards[0] == "Bromley Safeguarding Children Board");
  CHECK(report->pairs.empty());
}

}  // namespace
}  // namespace planrows
