#include "pipeline/store/store.h"

#include <cctype>

#include "pipeline/store/board_leads.h"
#include "pipeline/store/document_writer.h"
#include "pipeline/store/orphan_pruner.h"
#include "pipeline/store/schema.h"
#include "pipeline/store/transaction.h"

namespace planrows {
namespace {

// Foreign keys are off by default and per connection. WAL lets analysts read
// while an ingest writes (the busy timeout, set as the connection opens,
// makes a writer wait up to 10 s for another's transaction instead of
// failing at once). NORMAL sync is durable enough in WAL mode, where a crash
// loses at most the last commits, never consistency.
constexpr const char* kPragmas = "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

constexpr const char* kDeleteDocument = "DELETE FROM documents WHERE id = ?";

// Resets the store's cached statements as the scope it guards ends, however
// it ends, so that no statement holds a read of the database open after a
// call returns (it would pin an old snapshot for the next transaction).
class ResetOnExit {
 public:
  explicit ResetOnExit(StatementCache* statements) : statements_(statements) {}
  ~ResetOnExit() { statements_->ResetAll(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  StatementCache* statements_;
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
  if (!key.empty() && key.back() == '-') key.pop_back();
  return key;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& db_path) { return OpenDatabase(db_path, true); }

Result<std::unique_ptr<Store>> Store::OpenExisting(const std::string& db_path) { return OpenDatabase(db_path, false); }

Result<std::unique_ptr<Store>> Store::OpenDatabase(const std::string& db_path, bool create) {
  Result<std::unique_ptr<Database>> db = Database::Open(db_path, create);
  if (!db.ok()) return db.status();
  if (Status status = (*db)->Exec(kPragmas); !status.ok()) return status;
  if (Status status = Schema::Migrate(db->get()); !status.ok()) return status;
  return std::unique_ptr<Store>(new Store(std::move(db).value()));
}

Result<bool> Store::IsUnchanged(const std::string& path, const std::string& sha256) {
  ResetOnExit reset(&statements_);
  Result<Statement*> select = statements_.Get("SELECT 1 FROM documents WHERE path = ? AND sha256 = ?");
  if (!select.ok()) return select.status();
  return (*select)->Bind(1, path).Bind(2, sha256).Step();
}

Result<std::string> Store::CopyOf(const std::string& path, const std::string& sha256) {
  ResetOnExit reset(&statements_);
  Result<Statement*> select = statements_.Get("SELECT path FROM documents WHERE sha256 = ? AND path <> ? ORDER BY id");
  if (!select.ok()) return select.status();
  Result<bool> found = (*select)->Bind(1, sha256).Bind(2, path).Step();
  if (!found.ok()) return found.status();
  return *found ? (*select)->Text(0) : std::string();
}

Status Store::RemoveDocument(int64_t document_id) {
  ResetOnExit reset(&statements_);
  Transaction transaction(db_.get());
  if (Status status = transaction.Begin(); !status.ok()) return status;
  Result<Statement*> board_of = statements_.Get("SELECT board_id FROM documents WHERE id = ?");
  if (!board_of.ok()) return board_of.status();
  Result<bool> found = (*board_of)->Bind(1, document_id).Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no document " + std::to_string(document_id));
  const int64_t board = (*board_of)->Int(0);
  (*board_of)->Reset();
  OrphanPruner pruner(&statements_);
  if (Status status = pruner.Collect(document_id); !status.ok()) return status;
  // Sections, actions and their details go with it (ON DELETE CASCADE); the
  // actions' delete trigger takes them out of the full-text index.
  Result<Statement*> remove = statements_.Get(kDeleteDocument);
  if (!remove.ok()) return remove.status();
  if (Status status = (*remove)->Bind(1, document_id).Run(); !status.ok()) return status;
  // Leads of other documents merged into an entity only it named go back
  // to their own; then that entity goes.
  if (Status status = BoardLeads(db_.get()).Resolve(board); !status.ok()) return status;
  if (Status status = pruner.Prune(); !status.ok()) return status;
  return transaction.Commit();
}

Status Store::ResolveBoardLeads(const std::string& path, bool replaced) {
  Result<Statement*> saved = statements_.Get("SELECT id, board_id FROM documents WHERE path = ?");
  if (!saved.ok()) return saved.status();
  Result<bool> found = (*saved)->Bind(1, path).Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::Internal("the document just saved is not stored: " + path);
  const int64_t document_id = (*saved)->Int(0), board_id = (*saved)->Int(1);
  (*saved)->Reset();
  BoardLeads leads(db_.get());
  Result<bool> brings_new = replaced ? Result<bool>(true) : leads.BringsNewEntity(document_id);
  if (!brings_new.ok()) return brings_new.status();
  return *brings_new ? leads.Resolve(board_id) : Status::Ok();
}

Result<SaveOutcome> Store::SaveDocument(const DocumentSource& source, const RecoveredPlan& plan) {
  ResetOnExit reset(&statements_);
  Transaction transaction(db_.get());
  if (Status status = transaction.Begin(); !status.ok()) return status;
  Result<SaveOutcome> saved = SaveInTransaction(source, plan);
  if (!saved.ok()) return saved.status();
  if (Status status = transaction.Commit(); !status.ok()) return status;
  return saved;
}

Result<SaveOutcome> Store::SaveInTransaction(const DocumentSource& source, const RecoveredPlan& plan) {
  // Looked up inside the transaction, so that no other writer changes the
  // document between this check and the save.
  Result<Statement*> existing = statements_.Get("SELECT id, sha256 FROM documents WHERE path = ?");
  if (!existing.ok()) return existing.status();
  Result<bool> found = (*existing)->Bind(1, source.path).Step();
  if (!found.ok()) return found.status();
  const int64_t old_id = *found ? (*existing)->Int(0) : 0;
  if (*found && (*existing)->Text(1) == source.sha256) return SaveOutcome::kUnchanged;
  (*existing)->Reset();
  OrphanPruner pruner(&statements_);
  if (*found) {
    if (Status status = pruner.Collect(old_id); !status.ok()) return status;
    // Its sections, actions and their details go with it (ON DELETE CASCADE).
    Result<Statement*> remove = statements_.Get(kDeleteDocument);
    if (!remove.ok()) return remove.status();
    if (Status status = (*remove)->Bind(1, old_id).Run(); !status.ok()) return status;
  }
  DocumentWriter writer(&statements_);
  if (Status status = writer.Write(source, plan); !status.ok()) return status;
  if (Status status = ResolveBoardLeads(source.path, *found); !status.ok()) return status;
  // A board, lead or topic the new version names again is kept.
  if (Status status = pruner.Prune(); !status.ok()) return status;
  return *found ? SaveOutcome::kReplaced : SaveOutcome::kStored;
}

}  // namespace planrows
