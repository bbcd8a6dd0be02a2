#include "pipeline/analysis/full_text_search.h"

namespace planrows {
namespace {

// `words` as FTS5 syntax: plain words are quoted so that "multi-agency" or
// "S11:" search for the word rather than mean an operator; operators,
// phrases, groups and prefixes are left as typed.
std::string ToFtsQuery(const std::string& words) {
  std::string query;
  size_t start = 0;
  while ((start = words.find_first_not_of(' ', start)) != std::string::npos) {
    size_t end = words.find(' ', start);
    std::string token = words.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? words.size() : end;
    bool syntax = token == "AND" || token == "OR" || token == "NOT" || token.rfind("NEAR", 0) == 0 ||
                  token.find_first_of("\"()*^") != std::string::npos;
    if (!query.empty()) query += ' ';
    query += syntax ? token : "\"" + token + "\"";
  }
  return query;
}

// The rows a query matches, shared by the count and the ranked list.
constexpr const char* kMatches = R"sql(
FROM actions_fts f
JOIN action_rows r ON r.action_id = f.rowid
WHERE actions_fts MATCH ?1
  AND (?2 = '' OR r.board_key = ?2)
  AND (?3 = 0 OR (r.period_start <= ?3 AND r.period_end >= ?3))
)sql";

constexpr const char* kHitColumns =
    "SELECT r.board, r.document, r.section_ref, r.ref, r.lead, r.timeframe, r.page, r.line, "
    "snippet(actions_fts, -1, '[', ']', '...', 16) ";

// What FTS5's "fts5: syntax error near ..." means for someone who typed words.
Status SyntaxHint(const std::string& words) {
  return Status::InvalidInput("cannot read the search '" + words +
                              "': AND, OR, NOT and NEAR must stand between words, quotes and brackets must "
                              "pair up; put \"quotes\" around a word to search for it as it is");
}

// Binds `query`'s words, board and year to `statement`.
void BindQuery(Statement* statement, const SearchQuery& query) {
  statement->Bind(1, ToFtsQuery(query.words)).Bind(2, query.board).Bind(3, int64_t{query.year});
}

}  // namespace

Result<SearchResults> FullTextSearch::Run(Database* db, const SearchQuery& query) {
  Result<Statement> count = db->Prepare(std::string("SELECT count(*) ") + kMatches);
  if (!count.ok()) return count.status();
  BindQuery(&*count, query);
  // FTS5 reports query syntax errors when the statement runs.
  Result<bool> counted = count->Step();
  if (!counted.ok()) return SyntaxHint(query.words);
  SearchResults results;
  results.total = static_cast<int>(count->Int(0));
  Result<Statement> s = db->Prepare(kHitColumns + std::string(kMatches) + "ORDER BY bm25(actions_fts) LIMIT ?4");
  if (!s.ok()) return s.status();
  BindQuery(&*s, query);
  s->Bind(4, int64_t{query.limit});
  Result<bool> row = true;
  while ((row = s->Step()).ok() && *row) {
    results.hits.push_back(SearchHit{s->Text(0), s->Text(1), s->Text(2), s->Text(3), s->Text(4), s->Text(5),
                                     s->Text(8), static_cast<int>(s->Int(6)), static_cast<int>(s->Int(7))});
  }
  if (!row.ok()) return row.status();
  return results;
}

}  // namespace planrows
