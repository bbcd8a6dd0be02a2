#include "pipeline/analysis/audit_report.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/analysis/corpus_store.h"

namespace planrows {
namespace {

TEST_CASE("the audit finds the narrative plan's missing leads and timeframes") {
  Result<AuditReport> report = AuditReport::Build(CorpusStore()->database());
  REQUIRE(report.ok());
  REQUIRE(report->documents.size() == 5);
  auto narrative = std::find_if(report->documents.begin(), report->documents.end(),
                                [](const DocumentAudit& d) { return d.document == "000_bde0f42da63fe74c.txt"; });
  REQUIRE(narrative != report->documents.end());
  CHECK(narrative->counts.rows == 41);
  CHECK(narrative->counts.with_lead == 0);
  CHECK(narrative->counts.with_timeframe == 0);
  size_t narrative_gaps = 0, gaps = 0;
  Status status = AuditReport::ForEachGap(CorpusStore()->database(), -1, [&](const Gap& g) {
    ++gaps;
    narrative_gaps += g.document == "000_bde0f42da63fe74c.txt" && g.missing.size() == 3 && g.page == 1 && g.line > 0;
  });
  REQUIRE(status.ok());
  CHECK(narrative_gaps == 41);
  CHECK(static_cast<int64_t>(gaps) == report->gap_count);
}

TEST_CASE("the audit's gaps can be read a few at a time") {
  std::vector<Gap> first;
  Status status = AuditReport::ForEachGap(CorpusStore()->database(), 3, [&first](const Gap& g) { first.push_back(g); });
  REQUIRE(status.ok());
  REQUIRE(first.size() == 3);
  CHECK(first[0].board <= first[1].board);
  CHECK(first[1].board <= first[2].board);
}

TEST_CASE("the audit's figures add up per board and overall") {
  Result<AuditReport> report = AuditReport::Build(CorpusStore()->database());
  REQUIRE(report.ok());
  int rows = 0;
  for (const DocumentAudit& board : report->ByBoard()) rows += board.counts.rows;
  CHECK(rows == report->total.rows);
  CHECK(report->total.rows > 190);
  CHECK(report->total.Score() > 0);
  CHECK(report->total.Score() < 100);
  auto west_berkshire = report->ByBoard();
  auto wb = std::find_if(west_berkshire.begin(), west_berkshire.end(),
                         [](const DocumentAudit& b) { return b.board.find("West Berkshire") == 0; });
  REQUIRE(wb != west_berkshire.end());
  CHECK(wb->counts.with_progress == 3);  // Three West Berkshire rows report progress.
}

TEST_CASE("the audit lists the documents whose layout reads least like a plan first") {
  Result<AuditReport> report = AuditReport::Build(CorpusStore()->database());
  REQUIRE(report.ok());
  std::vector<DocumentAudit> ordered = report->ByLayoutConfidence();
  REQUIRE(ordered.size() == report->documents.size());
  for (const DocumentAudit& d : ordered) {
    CHECK(d.layout_confidence >= 0);
    CHECK(d.layout_confidence <= 1);
  }
  for (size_t i = 1; i < ordered.size(); ++i) CHECK(ordered[i - 1].layout_confidence <= ordered[i].layout_confidence);
  // The narrative plan, without refs, leads or dates, is the one to check.
  CHECK(ordered.front().document == "000_bde0f42da63fe74c.txt");
  CHECK(ordered.front().layout_confidence < kCheckLayoutBelow);
  CHECK(ordered.back().layout_confidence > kCheckLayoutBelow);
}

}  // namespace
}  // namespace planrows
