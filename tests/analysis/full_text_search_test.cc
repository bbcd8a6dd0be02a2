#include "pipeline/analysis/full_text_search.h"

#include <catch2/catch.hpp>

#include <set>

#include "tests/analysis/corpus_store.h"

namespace planrows {
namespace {

TEST_CASE("search finds actions and outcomes by words, best first, with provenance") {
  SearchQuery query;
  query.words = "\"sexual exploitation\"";
  query.limit = 100;
  Result<SearchResults> hits = FullTextSearch::Run(CorpusStore()->database(), query);
  REQUIRE(hits.ok());
  std::set<std::string> boards;
  for (const SearchHit& hit : hits->hits) {
    boards.insert(hit.board);
    CHECK(hit.page >= 1);
    CHECK(hit.snippet.find('[') != std::string::npos);
  }
  CHECK(boards.size() >= 4);
}

TEST_CASE("search counts every match and lists the best up to the limit") {
  SearchQuery query;
  query.words = "safeguarding";
  query.limit = 3;
  Result<SearchResults> some = FullTextSearch::Run(CorpusStore()->database(), query);
  REQUIRE(some.ok());
  CHECK(some->hits.size() == 3);
  query.limit = 100000;
  Result<SearchResults> all = FullTextSearch::Run(CorpusStore()->database(), query);
  REQUIRE(all.ok());
  CHECK(some->total == all->total);
  CHECK(static_cast<size_t>(all->total) == all->hits.size());
  CHECK(all->total > 3);
}

TEST_CASE("search filters by board and by year") {
  SearchQuery query;
  query.words = "audit";
  query.board = "bromley";
  Result<SearchResults> hits = FullTextSearch::Run(CorpusStore()->database(), query);
  REQUIRE(hits.ok());
  REQUIRE_FALSE(hits->hits.empty());
  for (const SearchHit& hit : hits->hits) CHECK(hit.board == "Bromley Safeguarding Children Board");
  query.board.clear();
  query.year = 2013;  // Only Bromley's plan covers 2013.
  hits = FullTextSearch::Run(CorpusStore()->database(), query);
  REQUIRE(hits.ok());
  REQUIRE_FALSE(hits->hits.empty());
  for (const SearchHit& hit : hits->hits) CHECK(hit.board == "Bromley Safeguarding Children Board");
}

TEST_CASE("a malformed query is an input error") {
  SearchQuery query;
  query.words = "AND OR";
  Result<SearchResults> hits = FullTextSearch::Run(CorpusStore()->database(), query);
  REQUIRE_FALSE(hits.ok());
  CHECK(hits.status().code() == Status::Code::kInvalidInput);
  CHECK(hits.status().message().find("quotes") != std::string::npos);
  CHECK(hits.status().message().find("fts5") == std::string::npos);
}

}  // namespace
}  // namespace planrows
