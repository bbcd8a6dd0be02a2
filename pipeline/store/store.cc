#include "pipeline/store/store.h"

#include <cctype>

#include "pipeline/store/document_writer.h"
#include "pipeline/store/schema.h"

namespace planrows {
namespace {

// How long a writer waits for another process's transaction to end.
constexpr const char* kPragmas =
    "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

// Rolls back the transaction it guards unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database* db) : db_(db) {}
  ~Transaction() {
    if (open_) db_->Exec("ROLLBACK");
  }
  Status Begin() {
    Status status = db_->Exec("BEGIN IMMEDIATE");
    open_ = status.ok();
    return status;
  }
  Status Commit() {
    Status status = db_->Exec("COMMIT");
    open_ = !status.ok();
    return status;
  }

 private:
  Database* db_;
  bool open_ = false;
};

}  // namespace

std::string BoardKey(const std::string& name) {
  std::string key;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c >= 0x80) {
      key += static_cast<char>(std::tolower(c));
    } else if (!key.empty() && key.back() != '-') {
      key += '-';
    }
  }
  while (!key.empty() && key.back() == '-') key.pop_back();
  return key;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& db_path) {
  Result<std::unique_ptr<Database>> db = Database::Open(db_path);
  if (!db.ok()) return db.status();
  if (Status status = (*db)->Exec(kPragmas); !status.ok()) return status;
  if (Status status = Schema::Migrate(db->get()); !status.ok()) return status;
  return std::unique_ptr<Store>(new Store(std::move(db).value()));
}

Result<bool> Store::IsUnchanged(const std::string& path, const std::string& sha256) {
  Result<Statement> select = db_->Prepare("SELECT 1 FROM documents WHERE path = ? AND sha256 = ?");
  if (!select.ok()) return select.status();
  select->Bind(1, path).Bind(2, sha256);
  return select->Step();
}

Result<SaveOutcome> Store::SaveDocument(const DocumentSource& source, const RecoveredPlan& plan) {
  Transaction transaction(db_.get());
  if (Status status = transaction.Begin(); !status.ok()) return status;
  Result<Statement> existing = db_->Prepare("SELECT id, sha256 FROM documents WHERE path = ?");
  if (!existing.ok()) return existing.status();
  existing->Bind(1, source.path);
  Result<bool> found = existing->Step();
  if (!found.ok()) return found.status();
  if (*found && existing->Text(1) == source.sha256) return SaveOutcome::kUnchanged;
  if (*found) {
    Result<Statement> remove = db_->Prepare("DELETE FROM documents WHERE id = ?");
    if (!remove.ok()) return remove.status();
    if (Status status = remove->Bind(1, existing->Int(0)).Run(); !status.ok()) return status;
  }
  DocumentWriter writer(db_.get());
  if (Status status = writer.Write(source, plan); !status.ok()) return status;
  // A board whose last document was replaced by one naming another board goes.
  if (Status status = db_->Exec("DELETE FROM boards WHERE id NOT IN (SELECT board_id FROM documents)");
      !status.ok()) {
    return status;
  }
  if (Status status = transaction.Commit(); !status.ok()) return status;
  return *found ? SaveOutcome::kReplaced : SaveOutcome::kStored;
}

}  // namespace planrows
