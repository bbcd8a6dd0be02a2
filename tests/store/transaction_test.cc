// Transaction: begun inside another, a savepoint whose rollback undoes its
// own changes alone and whose commit waits for the outer one's.
#include "pipeline/store/transaction.h"

#include <catch2/catch.hpp>

#include "tests/store/temp_database.h"

namespace planrows {
namespace {

// Inserts `value` into the test table t, failing the test when it cannot.
void Insert(Database* db, int64_t value) {
  Result<Statement> insert = db->Prepare("INSERT INTO t(x) VALUES(?)");
  REQUIRE(insert.ok());
  REQUIRE(insert->Bind(1, value).Run().ok());
}

TEST_CASE("a transaction begun inside another is a savepoint of it") {
  TempDatabase temp;
  auto store = temp.Open();
  Database* db = store->database();
  REQUIRE(db->Exec("CREATE TABLE t(x INTEGER)").ok());
  std::string kept;  // What t holds in the end.
  {
    Transaction outer(db);
    REQUIRE(outer.Begin().ok());
    Insert(db, 1);
    SECTION("rolled back, it undoes its own changes alone; committed, it commits with the outer one") {
      {
        Transaction failed(db);
        REQUIRE(failed.Begin().ok());
        Insert(db, 2);
      }  // Not committed: rolled back.
      CHECK(outer.Active());
      Transaction nested(db);
      REQUIRE(nested.Begin().ok());
      Insert(db, 3);
      REQUIRE(nested.Commit().ok());
      CHECK_FALSE(nested.Active());
      CHECK(sqlite3_get_autocommit(db->handle()) == 0);  // Nothing committed yet.
      REQUIRE(outer.Commit().ok());
      CHECK_FALSE(outer.Active());
      kept = "1,3";
    }
    SECTION("the outer one rolled back takes it with it, committed or not") {
      Transaction nested(db);
      REQUIRE(nested.Begin().ok());
      Insert(db, 2);
      REQUIRE(nested.Commit().ok());
    }
  }
  CHECK(sqlite3_get_autocommit(db->handle()) != 0);
  CHECK(QueryInt(store.get(), "SELECT coalesce(group_concat(x), '') = '" + kept + "' FROM t") == 1);
}

}  // namespace
}  // namespace planrows
