#include "pipeline/store/transaction.h"

namespace planrows {

Transaction::~Transaction() {
  // A failed rollback leaves nothing to do: SQLite rolls back on close.
  if (open_) db_->Exec("ROLLBACK");
}

Status Transaction::Begin() {
  Status status = db_->Exec("BEGIN IMMEDIATE");
  open_ = status.ok();
  return status;
}

Status Transaction::Commit() {
  Status status = db_->Exec("COMMIT");
  open_ = !status.ok();
  return status;
}

}  // namespace planrows
