#include "pipeline/store/transaction.h"

namespace planrows {

Transaction::~Transaction() {
  // A failed rollback leaves nothing to do: SQLite rolls back on close, and
  // an outer transaction SQLite already rolled back has no savepoint left.
  if (!open_) return;
  db_->Exec(nested_ ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
}

Status Transaction::Begin() {
  nested_ = sqlite3_get_autocommit(db_->handle()) == 0;
  Status status = db_->Exec(nested_ ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
  open_ = status.ok();
  return status;
}

Status Transaction::Commit() {
  Status status = db_->Exec(nested_ ? "RELEASE nested" : "COMMIT");
  open_ = !status.ok();
  return status;
}

bool Transaction::Active() const { return open_ && sqlite3_get_autocommit(db_->handle()) == 0; }

}  // namespace planrows
