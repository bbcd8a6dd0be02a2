// StatementCache: each statement prepared once, and none left reading once
// a store call returns.
#include "pipeline/store/statement_cache.h"

#include <catch2/catch.hpp>

#include "pipeline/store/sha256.h"
#include "tests/store/temp_database.h"

namespace planrows {
namespace {

RecoveredPlan OneRowPlan(const std::string& action) {
  RecoveredPlan plan;
  plan.info = PlanInfo{"Bulkshire Board", "Business Plan 2015 - 2017", 2015, 2017, ""};
  plan.rows.emplace_back();
  plan.rows.back().action = action;
  plan.rows.back().where.page = 1;
  return plan;
}

TEST_CASE("a statement is prepared once and comes back reset, without bindings") {
  TempDatabase temp;
  auto store = temp.Open();
  StatementCache statements(store->database());
  Result<Statement*> first = statements.Get("SELECT ?1 IS NULL");
  REQUIRE(first.ok());
  REQUIRE(*(*first)->Bind(1, int64_t{7}).Step());
  CHECK((*first)->Int(0) == 0);
  Result<Statement*> again = statements.Get("SELECT ?1 IS NULL");
  REQUIRE(again.ok());
  CHECK(*again == *first);
  REQUIRE(*(*again)->Step());
  CHECK((*again)->Int(0) == 1);
}

TEST_CASE("a store call leaves no read open: another connection's writes are seen by the next save") {
  TempDatabase temp;
  auto store = temp.Open();
  auto other = temp.Open();
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), OneRowPlan("Audit")).ok());
  // Each of these reads a row and returns; a statement still on that row
  // would keep its snapshot, and the save below could then never write.
  REQUIRE(*store->IsUnchanged("/plans/a.txt", Sha256Hex("a")));
  REQUIRE(*store->CopyOf("/plans/copy.txt", Sha256Hex("a")) == "/plans/a.txt");
  REQUIRE(other->SaveDocument(Source("b.txt", "b"), OneRowPlan("Train")).ok());
  Result<SaveOutcome> saved = store->SaveDocument(Source("c.txt", "c"), OneRowPlan("Review"));
  INFO(saved.status().message());
  CHECK(saved.ok());
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM documents") == 3);
}

}  // namespace
}  // namespace planrows
