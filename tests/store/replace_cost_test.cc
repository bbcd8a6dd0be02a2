// Replacing a document touches only its own rows: every foreign key has an
// index for its cascade, and no statement of a replacement scans a table.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pipeline/store/sha256.h"
#include "pipeline/store/store.h"
#include "tests/store/temp_database.h"

namespace planrows {
namespace {

// A plan of `count` normalized-looking rows, each with a section, lead,
// timeframe, flag, extra column and topic, so every child table has rows.
RecoveredPlan PlanWithDetails(const std::string& board, int count, const std::string& words) {
  RecoveredPlan plan;
  plan.info = PlanInfo{board, "Business Plan", 2015, 2017, ""};
  plan.warnings = {"a warning"};
  for (int i = 0; i < count; ++i) {
    ActionRow row;
    row.section_ref = std::to_string(i % 3);
    row.section = "Section " + row.section_ref;
    row.action = words + " " + std::to_string(i);
    row.lead = "Lead " + std::to_string(i % 4);
    row.leads = {row.lead};
    row.timeframe = "March 2016";
    row.flags = {"sub-row"};
    row.extra = {{"how", "Workshops"}};
    row.topics = {TopicMatch{"audit", "Audit", "audit"}};
    row.where.page = 1;
    plan.rows.push_back(row);
  }
  return plan;
}

DocumentSource SourceOf(const std::string& name, const std::string& content) {
  return DocumentSource{"/plans/" + name, name, Sha256Hex(content), static_cast<int64_t>(content.size()), 1, "text"};
}

// The plan SQLite chooses for `sql`, one detail line per step.
std::vector<std::string> QueryPlan(Store* store, const std::string& sql) {
  Result<Statement> explain = store->database()->Prepare("EXPLAIN QUERY PLAN " + sql);
  INFO(explain.status().message());
  REQUIRE(explain.ok());
  std::vector<std::string> details;
  Result<bool> row = true;
  while ((row = explain->Step()).ok() && *row) details.push_back(explain->Text(3));
  REQUIRE(row.ok());
  return details;
}

// True when a plan step reads a whole table (or a whole index) row by row.
bool IsScan(const std::string& detail) {
  return detail.rfind("SCAN ", 0) == 0 && detail != "SCAN CONSTANT ROW" &&
         detail.find("VIRTUAL TABLE") == std::string::npos;
}

// Each top-level statement a connection ran, with the steps it took
// through whole tables, its triggers and foreign-key cascades included.
struct StatementLog {
  std::vector<std::string> sql;
  std::vector<int> full_scan_steps;

  static int Record(unsigned, void* context, void* stmt, void*) {
    auto* log = static_cast<StatementLog*>(context);
    auto* statement = static_cast<sqlite3_stmt*>(stmt);
    log->sql.push_back(sqlite3_sql(statement));
    log->full_scan_steps.push_back(sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1));
    return 0;
  }
};

TEST_CASE("every foreign key has an index for its cascade") {
  TempDatabase db;
  std::unique_ptr<Store> store = db.Open();
  Result<Statement> keys = store->database()->Prepare(
      "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'");
  REQUIRE(keys.ok());
  int checked = 0;
  Result<bool> row = true;
  while ((row = keys->Step()).ok() && *row) {
    // Names come from the schema itself; SQL cannot bind a table's name.
    std::string lookup = "SELECT 1 FROM " + keys->Text(0) + " WHERE " + keys->Text(1) + " = ?";
    for (const std::string& detail : QueryPlan(store.get(), lookup)) {
      INFO(lookup << ": " << detail);
      CHECK_FALSE(IsScan(detail));
    }
    ++checked;
  }
  REQUIRE(row.ok());
  CHECK(checked >= 12);
}

TEST_CASE("replacing a document scans no table") {
  TempDatabase db;
  std::unique_ptr<Store> store = db.Open();
  for (int i = 0; i < 5; ++i) {
    std::string name = "other" + std::to_string(i) + ".txt";
    REQUIRE(store->SaveDocument(SourceOf(name, name), PlanWithDetails("Other Board", 40, "Keep")).ok());
  }
  REQUIRE(store->SaveDocument(SourceOf("plan.txt", "v1"), PlanWithDetails("Old Board", 30, "Old")).ok());

  StatementLog log;
  sqlite3_trace_v2(store->handle(), SQLITE_TRACE_PROFILE, &StatementLog::Record, &log);
  Result<SaveOutcome> saved = store->SaveDocument(SourceOf("plan.txt", "v2"), PlanWithDetails("New Board", 30, "New"));
  sqlite3_trace_v2(store->handle(), 0, nullptr, nullptr);
  REQUIRE(saved.ok());
  REQUIRE(*saved == SaveOutcome::kReplaced);

  REQUIRE(log.sql.size() > 10);
  for (size_t i = 0; i < log.sql.size(); ++i) {
    INFO(log.sql[i]);
    CHECK(log.full_scan_steps[i] == 0);
    for (const std::string& detail : QueryPlan(store.get(), log.sql[i])) {
      INFO(detail);
      CHECK_FALSE(IsScan(detail));
    }
  }
  // The old board, referred to by nothing now, went; the others' stayed.
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards") == 2);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM actions") == 230);
}

}  // namespace
}  // namespace planrows
