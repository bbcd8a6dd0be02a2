// Database and Statement: a thin RAII layer over the SQLite C API that
// reports errors as Status and binds every value as a parameter.
#ifndef PLANROWS_PIPELINE_STORE_DATABASE_H_
#define PLANROWS_PIPELINE_STORE_DATABASE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>

#include "pipeline/base/result.h"

namespace planrows {

// A prepared statement. Bind parameters (1-based), Step, read columns
// (0-based), Reset to run it again.
class Statement {
 public:
  // Takes ownership of `stmt`, prepared on `db`.
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt, &sqlite3_finalize) {}

  // Binds `text` to parameter `index`.
  Statement& Bind(int index, const std::string& text);
  // Binds `text`, or NULL for an empty string (the row model's "no value").
  Statement& BindOrNull(int index, const std::string& text);
  // Binds an integer to parameter `index`.
  Statement& Bind(int index, int64_t value);
  // Binds a real number to parameter `index`.
  Statement& Bind(int index, double value);
  // Binds NULL to parameter `index`.
  Statement& BindNull(int index);

  // Runs one step: true when a row is ready to read, false when done. The
  // first step after a Reset is retried while the database is busy.
  Result<bool> Step();
  // Runs the statement to completion and resets it for the next use.
  Status Run();
  // Resets the statement and clears its bindings.
  void Reset();

  // The text of `column` in the current row; "" for NULL.
  std::string Text(int column) const;
  // The integer of `column` in the current row; 0 for NULL.
  int64_t Int(int column) const;
  // The real number of `column` in the current row; 0 for NULL.
  double Real(int column) const;
  // True when `column` of the current row is NULL.
  bool IsNull(int column) const;

 private:
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt_;
  bool stepped_ = false;  // Stepped since the last Reset.
};

// One connection; closed when destroyed.
class Database {
 public:
  // Opens the database file at `path`, creating it when `create` is true;
  // otherwise a missing file fails with NotFound and nothing is created.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create = true);

  // Runs SQL that takes no parameters (schema, pragmas, transaction control),
  // from the start again while another connection's lock makes it fail.
  Status Exec(const std::string& sql);
  // Prepares one statement.
  Result<Statement> Prepare(const std::string& sql);
  // The id of the last inserted row.
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }

  // The raw connection, for callers that need the C API.
  sqlite3* handle() const { return db_.get(); }

 private:
  explicit Database(sqlite3* db) : db_(db, &sqlite3_close_v2) {}

  std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> db_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_DATABASE_H_
