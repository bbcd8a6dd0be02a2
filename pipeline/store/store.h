// Store: the SQLite database of boards, documents and their action rows.
// One Store is used by one thread at a time; several processes may share
// the file (WAL journal, writers wait for each other).
#ifndef PLANROWS_PIPELINE_STORE_STORE_H_
#define PLANROWS_PIPELINE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"
#include "pipeline/store/database.h"
#include "pipeline/store/statement_cache.h"

namespace planrows {

class OrphanPruner;

// One input file as ingested.
struct DocumentSource {
  // Identifies the document. The store compares it byte for byte, so callers
  // pass it absolute and normalized (the ingestor does).
  std::string path;
  std::string file_name;  // Base name; `document` in exports.
  std::string sha256;     // Of the file's bytes.
  int64_t size_bytes = 0;
  int page_count = 0;
  std::string kind;       // "text", "pdf", "scan" (OCR) or "mixed".
};

enum class SaveOutcome { kStored, kReplaced, kUnchanged };

// Which rows to read back.
struct RowFilter {
  // Empty: all boards; else a board's name (case, spacing and punctuation
  // aside, as BoardKey folds them) or its key.
  std::string board;
  // Only rows of the rendition of each plan that analyses count.
  bool counted_only = false;
};

// A stored row with the document and board it came from. `row` holds what
// was saved, with two exceptions: flags are a set, so a flag given twice
// comes back once; lead entities are the stored ones (the name first saved
// under a key, a folded key for leads saved without normalization), and a
// lead whose entity has no key (it names no one: "and", "-") is not saved.
// `board` (and `plan.board`) is the board's stored name: the first spelling
// saved under its key, "(board not read) FILE" for a plan that names none.
struct StoredRow {
  std::string board;
  std::string document;
  PlanInfo plan;
  ActionRow row;
  int64_t action_id = 0;       // The row's id in the store; kept while its document is unchanged.
  std::string document_kind;   // "text", "pdf", "scan" or "mixed".
};

class Store {
 public:
  // Opens the database at `db_path`, creating it or migrating its schema.
  static Result<std::unique_ptr<Store>> Open(const std::string& db_path);
  // Opens the database at `db_path`, migrating its schema; fails with
  // NotFound, creating nothing, when there is no file at `db_path`.
  static Result<std::unique_ptr<Store>> OpenExisting(const std::string& db_path);

  // True when the document at `path` is stored with content `sha256`.
  Result<bool> IsUnchanged(const std::string& path, const std::string& sha256);
  // The path of a document stored with content `sha256` under another path
  // than `path`; empty when there is none.
  Result<std::string> CopyOf(const std::string& path, const std::string& sha256);

  // Removes the stored document `document_id` with its rows (the full-text
  // index in step) and what only it referred to, in one transaction;
  // NotFound when there is no such document.
  Status RemoveDocument(int64_t document_id);

  // Stores `plan` as the content of `source`, in one transaction (inside a
  // transaction the caller has begun, a savepoint of it): an unchanged
  // document is left alone, a changed one has its rows replaced. The leads
  // of its board's actions are then read against each other (BoardLeads):
  // a lead naming in part an entity another names in full is linked to
  // that entity. On failure nothing of this document is stored and the
  // rest stays.
  Result<SaveOutcome> SaveDocument(const DocumentSource& source, const RecoveredPlan& plan);

  // Calls `visit` for each stored row that passes `filter`, documents in the
  // order they were saved (a replaced one counts as saved anew), rows in
  // their order in the plan.
  Status ForEachRow(const RowFilter& filter, const std::function<void(const StoredRow&)>& visit);

  // The underlying connection, for read-only queries of analyst commands.
  sqlite3* handle() { return db_->handle(); }
  // The same connection with the Status-reporting wrapper.
  Database* database() { return db_.get(); }

 private:
  explicit Store(std::unique_ptr<Database> db) : db_(std::move(db)), statements_(db_.get()) {}
  static Result<std::unique_ptr<Store>> OpenDatabase(const std::string& db_path, bool create);
  // Resolves the leads of the board of the document just stored at `path`:
  // always when it replaced an older version, whose entities may be gone,
  // else when it names an entity new to its board.
  Status ResolveBoardLeads(const std::string& path, bool replaced);
  // SaveDocument inside the transaction it has begun.
  Result<SaveOutcome> SaveInTransaction(const DocumentSource& source, const RecoveredPlan& plan);

  std::unique_ptr<Database> db_;
  StatementCache statements_;  // Reset at the end of each call that uses them.
};

// The key a board is stored under when its plan was not normalized (which
// gives the key by the rules of boards.toml): its name with ASCII letters
// lower-cased, each run of other characters than letters, digits and
// non-ASCII bytes made one '-', none at either end.
std::string BoardKey(const std::string& name);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_STORE_H_
