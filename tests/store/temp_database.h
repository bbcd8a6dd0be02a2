// TempDatabase: a store file in a fresh temporary directory, removed with it.
#ifndef PLANROWS_TESTS_STORE_TEMP_DATABASE_H_
#define PLANROWS_TESTS_STORE_TEMP_DATABASE_H_

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "pipeline/store/sha256.h"
#include "pipeline/store/store.h"

namespace planrows {

class TempDatabase {
 public:
  TempDatabase() {
    static int next = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("planrows-store-" + std::to_string(::getpid()) + "-" + std::to_string(next++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempDatabase() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  std::string path() const { return (dir_ / "plans.sqlite").string(); }

  // Opens the store, failing the test when it cannot.
  std::unique_ptr<Store> Open() const {
    Result<std::unique_ptr<Store>> store = Store::Open(path());
    INFO(store.status().message());
    REQUIRE(store.ok());
    return std::move(store).value();
  }

 private:
  std::filesystem::path dir_;
};

// A two-page PDF named `name`, stored under /plans/, of bytes `content`.
inline DocumentSource Source(const std::string& name, const std::string& content) {
  return DocumentSource{"/plans/" + name, name, Sha256Hex(content), static_cast<int64_t>(content.size()), 2, "pdf"};
}

// The integer that `sql` gives on `store`'s connection.
inline int64_t QueryInt(Store* store, const std::string& sql) {
  Result<Statement> statement = store->database()->Prepare(sql);
  INFO(statement.status().message());
  REQUIRE(statement.ok());
  Result<bool> row = statement->Step();
  REQUIRE(row.ok());
  REQUIRE(*row);
  return statement->Int(0);
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_STORE_TEMP_DATABASE_H_
