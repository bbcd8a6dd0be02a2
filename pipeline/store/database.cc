#include "pipeline/store/database.h"

#include <filesystem>

#include "pipeline/store/busy_retry.h"

namespace planrows {

Statement& Statement::Bind(int index, const std::string& text) {
  sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindOrNull(int index, const std::string& text) {
  return text.empty() ? BindNull(index) : Bind(index, text);
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

Result<bool> Statement::Step() {
  // Before its first row a statement has read nothing yet: a lock it could
  // not get is safe to wait for by running it again from the start.
  int rc = stepped_ ? sqlite3_step(stmt_.get()) : RetryWhileBusy([this] {
    int step = sqlite3_step(stmt_.get());
    if ((step & 0xff) == SQLITE_BUSY) sqlite3_reset(stmt_.get());
    return step;
  });
  stepped_ = true;
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Status::IoError(sqlite3_errmsg(db_));
}

Status Statement::Run() {
  Result<bool> step = Step();
  while (step.ok() && *step) step = Step();
  Reset();
  return step.ok() ? Status::Ok() : step.status();
}

void Statement::Reset() {
  stepped_ = false;
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_.get(), column);
  return text == nullptr ? "" : std::string(reinterpret_cast<const char*>(text),
                                            sqlite3_column_bytes(stmt_.get(), column));
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
double Statement::Real(int column) const { return sqlite3_column_double(stmt_.get(), column); }
bool Statement::IsNull(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool create) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  std::unique_ptr<Database> db(new Database(raw));
  // SQLite says only "unable to open database file"; a missing file is the
  // usual cause, a typo in --db, and worth naming as such.
  if (rc == SQLITE_CANTOPEN && !create && !std::filesystem::exists(path)) {
    return Status::NotFound("no database at " + path);
  }
  if (rc != SQLITE_OK) return Status::IoError(raw ? sqlite3_errmsg(raw) : "cannot open database");
  // First of all, before any statement could meet another process's lock.
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

Status Database::Exec(const std::string& sql) {
  char* error = nullptr;
  // Pragmas, BEGIN and COMMIT, what Exec runs, can all be run again after
  // a busy failure (sqlite3_exec stops at the first failing statement).
  int rc = RetryWhileBusy([this, &sql, &error] {
    sqlite3_free(error);
    error = nullptr;
    return sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &error);
  });
  if (rc == SQLITE_OK) return Status::Ok();
  std::string message = error ? error : sqlite3_errmsg(db_.get());
  sqlite3_free(error);
  return Status::IoError(message);
}

Result<Statement> Database::Prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string(sqlite3_errmsg(db_.get())) + " in: " + sql);
  }
  return Statement(db_.get(), stmt);
}

}  // namespace planrows
