#include "pipeline/store/store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <unistd.h>

#include "pipeline/export/row_writer.h"
#include "pipeline/store/sha256.h"

namespace planrows {
namespace {

namespace fs = std::filesystem;

// A database file in a fresh directory, removed afterwards.
class TempDatabase {
 public:
  TempDatabase() {
    dir_ = fs::temp_directory_path() / ("planrows-store-" + std::to_string(::getpid()) + "-" + std::to_string(next_++));
    fs::create_directories(dir_);
  }
  ~TempDatabase() { fs::remove_all(dir_); }
  std::string path() const { return (dir_ / "plans.sqlite").string(); }
  std::unique_ptr<Store> Open() const {
    Result<std::unique_ptr<Store>> store = Store::Open(path());
    REQUIRE(store.ok());
    return std::move(store).value();
  }

 private:
  static inline int next_ = 0;
  fs::path dir_;
};

DocumentSource Source(const std::string& name, const std::string& content) {
  return DocumentSource{"/plans/" + name, name, Sha256Hex(content), static_cast<int64_t>(content.size()), 2, "pdf"};
}

RecoveredPlan Plan(const std::string& board, std::vector<std::string> actions) {
  RecoveredPlan plan;
  plan.info = PlanInfo{board, "Business Plan 2015 - 2017", 2015, 2017};
  for (size_t i = 0; i < actions.size(); ++i) {
    ActionRow row;
    row.section_ref = "1";
    row.section = "Early Help";
    row.ref = "1." + std::to_string(i + 1);
    row.action = actions[i];
    row.lead = "I Pearson/ Quality & Performance Group";
    row.leads = {"I Pearson", "Quality & Performance Group"};
    row.timeframe = "May 2015";
    row.extra = {{"milestones", "Audit agreed"}, {"how", "Workshops"}};
    row.where = Provenance{2, 0, Box{10, 20, 300, 40}, 87.5};
    row.flags = {"joined-page-break"};
    plan.rows.push_back(row);
  }
  return plan;
}

std::vector<StoredRow> AllRows(Store* store, const std::string& board = "") {
  std::vector<StoredRow> rows;
  REQUIRE(store->ForEachRow(RowFilter{board}, [&rows](const StoredRow& r) { rows.push_back(r); }).ok());
  return rows;
}

TEST_CASE("a saved plan reads back exactly") {
  TempDatabase db;
  auto store = db.Open();
  RecoveredPlan plan = Plan("West Berkshire LSCB", {"Carry out an audit", "Publish a newsletter"});
  REQUIRE(*store->SaveDocument(Source("a.pdf", "v1"), plan) == SaveOutcome::kStored);
  std::vector<StoredRow> rows = AllRows(store.get());
  REQUIRE(rows.size() == 2);
  const ActionRow& row = rows[1].row;
  CHECK(rows[1].board == "West Berkshire LSCB");
  CHECK(rows[1].document == "a.pdf");
  CHECK(rows[1].plan.period_end == 2017);
  CHECK(row.ref == "1.2");
  CHECK(row.action == "Publish a newsletter");
  CHECK(row.leads == plan.rows[1].leads);
  CHECK(row.extra == plan.rows[1].extra);
  CHECK(row.flags == plan.rows[1].flags);
  CHECK(row.where.box.x1 == 300);
  CHECK(row.where.confidence == 87.5);
  CHECK(row.outcome.empty());
}

TEST_CASE("an unchanged document is kept; a changed one is replaced") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(*store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"One", "Two"})) == SaveOutcome::kStored);
  CHECK(*store->IsUnchanged("/plans/a.pdf", Sha256Hex("v1")));
  CHECK(*store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"Other"})) == SaveOutcome::kUnchanged);
  CHECK(AllRows(store.get()).size() == 2);
  CHECK(*store->SaveDocument(Source("a.pdf", "v2"), Plan("B", {"Three"})) == SaveOutcome::kReplaced);
  std::vector<StoredRow> rows = AllRows(store.get());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].row.action == "Three");
}

TEST_CASE("documents of one board share it, leads are one entity across documents, boards filter") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), Plan("Dudley Board", {"One"})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), Plan("DUDLEY BOARD", {"Two"})).ok());
  REQUIRE(store->SaveDocument(Source("c.pdf", "c"), Plan("Bromley Board", {"Three"})).ok());
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(store->handle(), "SELECT (SELECT count(*) FROM boards), (SELECT count(*) FROM leads)", -1,
                     &stmt, nullptr);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  CHECK(sqlite3_column_int(stmt, 0) == 2);
  CHECK(sqlite3_column_int(stmt, 1) == 2);
  sqlite3_finalize(stmt);
  CHECK(AllRows(store.get(), "dudley-board").size() == 2);
  CHECK(AllRows(store.get(), "bromley board").size() == 1);
}

TEST_CASE("a failed save stores nothing of its document and keeps the others") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), Plan("B", {"Kept"})).ok());
  // A trigger stands in for any failure half-way through a document.
  REQUIRE(sqlite3_exec(store->handle(),
                       "CREATE TEMP TRIGGER fail BEFORE INSERT ON actions WHEN NEW.action = 'Boom' "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  Result<SaveOutcome> failed = store->SaveDocument(Source("b.pdf", "b"), Plan("B", {"Fine", "Boom"}));
  CHECK_FALSE(failed.ok());
  CHECK(failed.status().message().find("disk on fire") != std::string::npos);
  std::vector<StoredRow> rows = AllRows(store.get());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].row.action == "Kept");
  CHECK_FALSE(*store->IsUnchanged("/plans/b.pdf", Sha256Hex("b")));
}

TEST_CASE("reopening a database keeps its rows and schema version") {
  TempDatabase db;
  REQUIRE(db.Open()->SaveDocument(Source("a.pdf", "a"), Plan("B", {"One"})).ok());
  auto store = db.Open();
  CHECK(AllRows(store.get()).size() == 1);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(store->handle(), "PRAGMA user_version", -1, &stmt, nullptr);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  CHECK(sqlite3_column_int(stmt, 0) >= 1);
  sqlite3_finalize(stmt);
}

TEST_CASE("SHA-256 of known input") {
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("board keys fold case and punctuation") {
  CHECK(BoardKey("Barking & Dagenham Safeguarding Children Board") == "barking-dagenham-safeguarding-children-board");
  CHECK(BoardKey("Dudley Safeguarding Children's Board") == "dudley-safeguarding-children-s-board");
}

TEST_CASE("JSONL records follow the contract: every key, nulls for absent values") {
  StoredRow row{"B", "a.txt", PlanInfo{}, ActionRow{}};
  row.row.action = "Audit";
  row.row.where.page = 1;
  std::ostringstream out;
  auto writer = MakeRowWriter("jsonl", out);
  REQUIRE(writer.ok());
  (*writer)->Write(row);
  CHECK(out.str() ==
        "{\"board\":\"B\",\"document\":\"a.txt\",\"section_ref\":null,\"section\":null,\"ref\":null,"
        "\"outcome\":null,\"action\":\"Audit\",\"lead\":null,\"leads\":[],\"timeframe\":null,\"progress\":null,"
        "\"page\":1,\"line\":null,\"bbox\":null,\"confidence\":null,\"flags\":[],\"extra\":{}}\n");
}

TEST_CASE("CSV follows RFC 4180") {
  StoredRow row{"B", "a.txt", PlanInfo{}, ActionRow{}};
  row.row.action = "Audit, then \"report\"\nback";
  std::ostringstream out;
  auto writer = MakeRowWriter("csv", out);
  REQUIRE(writer.ok());
  (*writer)->Begin();
  (*writer)->Write(row);
  std::string csv = out.str();
  CHECK(csv.rfind("board,document,section_ref,", 0) == 0);
  CHECK(csv.find(",\"Audit, then \"\"report\"\"\nback\",") != std::string::npos);
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
  CHECK_FALSE(MakeRowWriter("xml", out).ok());
}

}  // namespace
}  // namespace planrows
