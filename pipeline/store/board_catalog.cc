#include "pipeline/store/board_catalog.h"

#include "pipeline/store/board_leads.h"
#include "pipeline/store/plan_matcher.h"
#include "pipeline/store/transaction.h"

namespace planrows {
namespace {

// Boards with their number of documents, as ReadBoards reads them.
constexpr const char* kBoardsSql =
    "SELECT b.id, b.key, b.name, count(d.id), b.known FROM boards b LEFT JOIN documents d ON d.board_id = b.id ";
// Boards whose key is ?1 or, failing that, starts with it; `substr` rather
// than LIKE, so that '%' and '_' in what a user typed match only themselves.
constexpr const char* kFindWhere =
    "WHERE b.key = ?1 OR (substr(b.key, 1, length(?1)) = ?1 AND NOT EXISTS (SELECT 1 FROM boards WHERE key = ?1)) "
    "GROUP BY b.id ORDER BY b.key";
constexpr const char* kListOrder = "GROUP BY b.id ORDER BY b.known DESC, b.name COLLATE NOCASE";
constexpr const char* kKeyTakenSql = "SELECT name FROM boards WHERE key = ? AND id <> ?";
constexpr const char* kRenameSql = "UPDATE boards SET name = ?, key = ?, known = 1 WHERE id = ?";
constexpr const char* kMoveDocumentsSql = "UPDATE documents SET board_id = ? WHERE board_id = ?";
constexpr const char* kRemoveBoardSql = "DELETE FROM boards WHERE id = ?";
constexpr const char* kDocumentsOfSql =
    "SELECT id, coalesce(title, ''), coalesce(period_start, 0), coalesce(period_end, 0) FROM documents "
    "WHERE board_id = ? ORDER BY id";

Result<std::vector<BoardEntry>> ReadBoards(Statement* query) {
  std::vector<BoardEntry> boards;
  Result<bool> row = true;
  while ((row = query->Step()).ok() && *row) {
    boards.push_back(BoardEntry{query->Int(0), query->Text(1), query->Text(2), static_cast<int>(query->Int(3)),
                                query->Int(4) != 0});
  }
  if (!row.ok()) return row.status();
  return boards;
}

}  // namespace

Result<BoardEntry> BoardCatalog::Find(const std::string& key) {
  if (key.empty()) return Status::InvalidInput("no board named");
  Result<Statement> query = db_->Prepare(std::string(kBoardsSql) + kFindWhere);
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
  Result<Statement> query = db_->Prepare(std::string(kBoardsSql) + kListOrder);
  if (!query.ok()) return query.status();
  return ReadBoards(&*query);
}

Status BoardCatalog::Rename(const BoardEntry& board, const std::string& name, const std::string& key) {
  if (key.empty()) return Status::InvalidInput("'" + name + "' names no board");
  Result<Statement> taken = db_->Prepare(kKeyTakenSql);
  if (!taken.ok()) return taken.status();
  Result<bool> found = taken->Bind(1, key).Bind(2, board.id).Step();
  if (!found.ok()) return found.status();
  if (*found) {
    return Status::InvalidInput("board '" + taken->Text(0) + "' already has key " + key +
                                "; `planrows boards merge` joins two boards");
  }
  Result<Statement> rename = db_->Prepare(kRenameSql);
  if (!rename.ok()) return rename.status();
  return rename->Bind(1, name).Bind(2, key).Bind(3, board.id).Run();
}

Status BoardCatalog::Merge(const BoardEntry& from, const BoardEntry& into) {
  if (from.id == into.id) return Status::InvalidInput("a board cannot be merged into itself");
  Transaction transaction(db_);
  if (Status status = transaction.Begin(); !status.ok()) return status;
  Result<Statement> move = db_->Prepare(kMoveDocumentsSql);
  if (!move.ok()) return move.status();
  if (Status status = move->Bind(1, into.id).Bind(2, from.id).Run(); !status.ok()) return status;
  Result<Statement> remove = db_->Prepare(kRemoveBoardSql);
  if (!remove.ok()) return remove.status();
  if (Status status = remove->Bind(1, from.id).Run(); !status.ok()) return status;
  if (Status status = RematchPlans(into); !status.ok()) return status;
  // The leads of both boards' documents are now read against each other.
  if (Status status = BoardLeads(db_).Resolve(into.id); !status.ok()) return status;
  return transaction.Commit();
}

Status BoardCatalog::RematchPlans(const BoardEntry& board) {
  Result<Statement> documents = db_->Prepare(kDocumentsOfSql);
  if (!documents.ok()) return documents.status();
  documents->Bind(1, board.id);
  StatementCache statements(db_);
  PlanMatcher matcher(&statements);
  Result<bool> row = true;
  while ((row = documents->Step()).ok() && *row) {
    PlanInfo info{board.name, documents->Text(1), static_cast<int>(documents->Int(2)),
                  static_cast<int>(documents->Int(3)), board.key};
    if (Status status = matcher.Assign(documents->Int(0), board.id, info); !status.ok()) return status;
  }
  return row.status();
}

}  // namespace planrows
