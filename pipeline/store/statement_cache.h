// StatementCache: the statements of one connection, each prepared once and
// run again for every document of a batch. Compiling a statement (with the
// triggers and foreign keys it fires) cost storing a sixth of its time when
// each document prepared its own.
#ifndef PLANROWS_PIPELINE_STORE_STATEMENT_CACHE_H_
#define PLANROWS_PIPELINE_STORE_STATEMENT_CACHE_H_

#include <map>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/store/database.h"

namespace planrows {

class StatementCache {
 public:
  // A cache of statements on `db`, which must outlive it.
  explicit StatementCache(Database* db) : db_(db) {}

  // The statement for `sql`, prepared on first use, reset and with no
  // bindings. It stays valid while the cache lives; one caller at a time.
  Result<Statement*> Get(const std::string& sql);

  // Resets every statement, so that none holds a read of the database open
  // past the caller's transaction.
  void ResetAll();

  // The connection the statements run on.
  Database* database() const { return db_; }

 private:
  Database* db_;
  std::map<std::string, Statement> statements_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_STATEMENT_CACHE_H_
