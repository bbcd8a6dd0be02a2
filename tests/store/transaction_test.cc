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

// The store in `temp`, with an empty test table t.
std::unique_ptr<Store> StoreWithTable(const TempDatabase& temp) {
  auto store = temp.Open();
  REQUIRE(store->database()->Exec("CREATE TABLE t(x INTEGER)").ok());
  return store;
}

TEST_CASE("a nested transaction rolls back its own changes and commits with the outer one") {
  TempDatabase temp;
  auto store = StoreWithTable(temp);
  Database* db = store->database();
  {
    Transaction outer(db);
    REQUIRE(outer.Begin().ok());
    Insert(db, 1);
    {
      Transaction failed(db);
      REQUIRE(failed.Begin().ok());
      Insert(db, 2);
    }  // Not committed: rolled back.
    CHECK(outer.Active());
    {
      Transaction kept(db);
      REQUIRE(kept.Begin().ok());
      Insert(db, 3);
      REQUIRE(kept.Commit().ok());
      CHECK_FALSE(kept.Active());
    }
    CHECK(sqlite3_get_autocommit(db->handle()) == 0);  // Nothing committed yet.
    REQUIRE(outer.Commit().ok());
    CHECK_FALSE(outer.Active());
  }
  CHECK(QueryInt(store.get(), "SELECT group_concat(x) = '1,3' FROM t") == 1);
}

TEST_CASE("an outer transaction rolled back takes its committed nested ones with it") {
  TempDatabase temp;
  auto store = StoreWithTable(temp);
  Database* db = store->database();
  {
    Transaction outer(db);
    REQUIRE(outer.Begin().ok());
    Transaction nested(db);
    REQUIRE(nested.Begin().ok());
    Insert(db, 1);
    REQUIRE(nested.Commit().ok());
  }
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM t") == 0);
  CHECK(sqlite3_get_autocommit(db->handle()) != 0);
}

}  // namespace
}  // namespace planrows
