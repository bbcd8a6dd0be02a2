// Transaction: a write transaction that rolls back unless committed, so that
// every early return on an error leaves the database as it was. Begun
// inside another transaction of the same connection it is a savepoint:
// committing it keeps its changes for the outer transaction to commit,
// rolling it back undoes its own changes alone.
#ifndef PLANROWS_PIPELINE_STORE_TRANSACTION_H_
#define PLANROWS_PIPELINE_STORE_TRANSACTION_H_

#include "pipeline/base/status.h"
#include "pipeline/store/database.h"

namespace planrows {

class Transaction {
 public:
  // A transaction on `db`, not yet begun.
  explicit Transaction(Database* db) : db_(db) {}
  // Rolls back when begun and not committed.
  ~Transaction();

  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Begins with the write lock taken at once (BEGIN IMMEDIATE): a writer
  // that only later found the database locked by another process could not
  // wait for it without risking a deadlock, and would fail instead. Inside
  // an open transaction, sets a savepoint.
  Status Begin();
  // Commits (releases the savepoint); on failure the transaction stays open
  // and rolls back later.
  Status Commit();
  // True from Begin until committed or rolled back, here or by SQLite, which
  // rolls back a whole transaction after some errors (a full disk, I/O).
  bool Active() const;

 private:
  Database* db_;
  bool open_ = false;
  bool nested_ = false;  // A savepoint in an outer transaction.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_TRANSACTION_H_
