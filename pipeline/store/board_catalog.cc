#include "pipeline/store/board_catalog.h"

namespace planrows {
namespace {

// Boards whose key is ?1 or, failing that, starts with it; `substr` rather
// than LIKE, so that '%' and '_' in what a user typed match only themselves.
constexpr const char* kFindSql =
    "SELECT b.id, b.key, b.name, count(d.id) FROM boards b LEFT JOIN documents d ON d.board_id = b.id "
    "WHERE b.key = ?1 OR (substr(b.key, 1, length(?1)) = ?1 AND NOT EXISTS (SELECT 1 FROM boards WHERE key = ?1)) "
    "GROUP BY b.id ORDER BY b.key";
constexpr const char* kListSql =
    "SELECT b.id, b.key, b.name, count(d.id) FROM boards b LEFT JOIN documents d ON d.board_id = b.id "
    "GROUP BY b.id ORDER BY b.name COLLATE NOCASE";

Result<std::vector<BoardEntry>> ReadBoards(Statement* query) {
  std::vector<BoardEntry> boards;
  Result<bool> row = true;
  while ((row = query->Step()).ok() && *row) {
    boards.push_back(BoardEntry{query->Int(0), query->Text(1), query->Text(2), static_cast<int>(query->Int(3))});
  }
  if (!row.ok()) return row.status();
  return boards;
}

}  // namespace

Result<BoardEntry> BoardCatalog::Find(const std::string& key) {
  if (key.empty()) return Status::InvalidInput("no board named");
  Result<Statement> query = db_->Prepare(kFindSql);
  if (!query.ok()) return query.status();
  query->Bind(1, key);
  Result<std::vector<BoardEntry>> found = ReadBoards(&*query);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound("no board '" + key + "' is stored (`planrows boards` lists them)");
  if (found->size() == 1) return found->front();
  std::string names;
  for (const BoardEntry& board : *found) names += (names.empty() ? "" : ", ") + board.key;
  return Status::InvalidInput("board '" + key + "' could be any of " + names);
}

Result<std::vector<BoardEntry>> BoardCatalog::List() {
  Result<Statement> query = db_->Prepare(kListSql);
  if (!query.ok()) return query.status();
  return ReadBoards(&*query);
}

}  // namespace planrows
