// FullTextSearch: finds stored actions and outcomes by words (SQLite FTS5),
// best matches first, each with where it was read.
#ifndef PLANROWS_PIPELINE_ANALYSIS_FULL_TEXT_SEARCH_H_
#define PLANROWS_PIPELINE_ANALYSIS_FULL_TEXT_SEARCH_H_

#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/store/database.h"

namespace planrows {

struct SearchQuery {
  std::string words;  // Words; FTS5 "phrases", AND, OR, NOT, NEAR, (groups) and prefix* work.
  std::string board;  // Empty, or a board's key.
  int year = 0;       // 0, or a year the plan's period must cover.
  int limit = 20;
};

struct SearchHit {
  std::string board, document, section_ref, ref, lead, timeframe;
  std::string snippet;  // The matching text with matches in [brackets].
  int page = 0, line = 0;
};

// The best matches, up to the query's limit, and how many rows match in all.
struct SearchResults {
  std::vector<SearchHit> hits;
  int total = 0;
};

class FullTextSearch {
 public:
  // The rows of `db` that match `query`; fails with InvalidInput and a plain
  // hint at the syntax when the query is not valid FTS5.
  static Result<SearchResults> Run(Database* db, const SearchQuery& query);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_ANALYSIS_FULL_TEXT_SEARCH_H_
