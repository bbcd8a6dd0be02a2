#include "pipeline/store/store.h"

#include <catch2/catch.hpp>

#include "pipeline/store/schema.h"
#include "pipeline/store/sha256.h"
#include "tests/store/stored_plans.h"
#include "tests/store/temp_database.h"

namespace planrows {
namespace {

// A row with every field set, normalized values included.
ActionRow FullRow(const std::string& action) {
  ActionRow row;
  row.section_ref = "1";
  row.section = "Early Help";
  row.ref = "1.1";
  row.outcome = "Thresholds are applied consistently";
  row.action = action;
  row.lead = "I Pearson/ Quality & Performance Group";
  row.leads = {"I Pearson", "Quality & Performance Group"};
  row.timeframe = "May 2015 - March 2016";
  row.progress = "Green: on track";
  row.extra = {{"milestones", "Audit agreed"}, {"how", "Workshops"}, {"measure", ""}};
  row.where = Provenance{2, 41, Box{10.5, 20, 300, 40.25}, 87.5};
  row.dates = TimeframeDates{"2015-05-01", "2016-03-31", "range"};
  row.status = "green";
  row.lead_entities = {LeadEntity{"i pearson", "I Pearson", "person"},
                       LeadEntity{"quality performance group", "Quality & Performance Group", "group"}};
  row.topics = {TopicMatch{"early-help", "Early help", "early help"}, TopicMatch{"audit", "Audit", "audit"}};
  row.flags = {"joined-page-break", "low-ocr-confidence"};
  return row;
}

RecoveredPlan Plan(const std::string& board, const std::vector<std::string>& actions) {
  std::vector<ActionRow> rows;
  for (const std::string& action : actions) rows.push_back(PlainRow(action, "M Evans"));
  return PlanOfRows(board, rows);
}

std::vector<std::string> Actions(const std::vector<StoredRow>& rows) {
  std::vector<std::string> actions;
  for (const StoredRow& row : rows) actions.push_back(row.row.action);
  return actions;
}

void CheckSameRow(const ActionRow& got, const ActionRow& want) {
  CHECK(got.section_ref == want.section_ref);
  CHECK(got.section == want.section);
  CHECK(got.ref == want.ref);
  CHECK(got.outcome == want.outcome);
  CHECK(got.action == want.action);
  CHECK(got.lead == want.lead);
  CHECK(got.leads == want.leads);
  CHECK(got.timeframe == want.timeframe);
  CHECK(got.progress == want.progress);
  CHECK(got.extra == want.extra);
  CHECK(got.where.page == want.where.page);
  CHECK(got.where.line == want.where.line);
  CHECK(got.where.box.x0 == want.where.box.x0);
  CHECK(got.where.box.y0 == want.where.box.y0);
  CHECK(got.where.box.x1 == want.where.box.x1);
  CHECK(got.where.box.y1 == want.where.box.y1);
  CHECK(got.where.confidence == want.where.confidence);
  CHECK(got.dates.start == want.dates.start);
  CHECK(got.dates.end == want.dates.end);
  CHECK(got.dates.kind == want.dates.kind);
  CHECK(got.status == want.status);
  REQUIRE(got.lead_entities.size() == want.lead_entities.size());
  for (size_t i = 0; i < want.lead_entities.size(); ++i) {
    CHECK(got.lead_entities[i].key == want.lead_entities[i].key);
    CHECK(got.lead_entities[i].name == want.lead_entities[i].name);
    CHECK(got.lead_entities[i].kind == want.lead_entities[i].kind);
  }
  REQUIRE(got.topics.size() == want.topics.size());
  for (size_t i = 0; i < want.topics.size(); ++i) {
    CHECK(got.topics[i].key == want.topics[i].key);
    CHECK(got.topics[i].label == want.topics[i].label);
    CHECK(got.topics[i].matched == want.topics[i].matched);
  }
  CHECK(got.flags == want.flags);
}

TEST_CASE("a saved plan reads back exactly, in order") {
  TempDatabase db;
  auto store = db.Open();
  ActionRow empty;  // No value anywhere: every field must come back empty, not "0" or "null".
  empty.where.page = 3;
  RecoveredPlan plan = PlanOfRows("West Berkshire LSCB", {FullRow("Carry out an audit"), empty, FullRow("Publish")});
  plan.rows[2].ref = "1.2";
  plan.rows[2].where.confidence = 0;  // Zero confidence is a value; only below 0 means none.
  plan.warnings = {"page 4: no text layer", "page 5: rotated"};
  Result<SaveOutcome> saved = store->SaveDocument(Source("a.pdf", "v1"), plan);
  INFO(saved.status().message());
  REQUIRE(saved.ok());
  CHECK(*saved == SaveOutcome::kStored);

  std::vector<StoredRow> rows = AllRows(store.get());
  REQUIRE(rows.size() == 3);
  for (size_t i = 0; i < rows.size(); ++i) {
    INFO("row " << i);
    CHECK(rows[i].board == "West Berkshire LSCB");
    CHECK(rows[i].document == "a.pdf");
    CHECK(rows[i].plan.title == "Business Plan 2015 - 2017");
    CHECK(rows[i].plan.period_start == 2015);
    CHECK(rows[i].plan.period_end == 2017);
    CheckSameRow(rows[i].row, plan.rows[i]);
  }
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM document_warnings") == 2);
  // The two full rows share their section; the empty row has none.
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM sections") == 1);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM actions WHERE section_id IS NULL") == 1);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM timeframes WHERE kind = 'range'") == 2);
}

TEST_CASE("an unchanged document is kept; a changed one is replaced") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(*store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"One", "Two"})) == SaveOutcome::kStored);
  CHECK(*store->IsUnchanged("/plans/a.pdf", Sha256Hex("v1")));
  CHECK_FALSE(*store->IsUnchanged("/plans/a.pdf", Sha256Hex("v2")));
  CHECK_FALSE(*store->IsUnchanged("/plans/other.pdf", Sha256Hex("v1")));

  CHECK(*store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"Other"})) == SaveOutcome::kUnchanged);
  CHECK(Actions(AllRows(store.get())) == std::vector<std::string>{"One", "Two"});

  CHECK(*store->SaveDocument(Source("a.pdf", "v2"), Plan("B", {"Three"})) == SaveOutcome::kReplaced);
  CHECK(Actions(AllRows(store.get())) == std::vector<std::string>{"Three"});
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM documents") == 1);
  CHECK(*store->IsUnchanged("/plans/a.pdf", Sha256Hex("v2")));
}

TEST_CASE("rows read back with their action id, kept while the document is unchanged, and document kind") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"One", "Two"})).ok());
  std::vector<StoredRow> first = AllRows(store.get());
  REQUIRE(first.size() == 2);
  CHECK(first[0].action_id != first[1].action_id);
  CHECK(first[0].document_kind == "pdf");
  REQUIRE(*store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"One", "Two"})) == SaveOutcome::kUnchanged);
  std::vector<StoredRow> again = AllRows(store.get());
  REQUIRE(again.size() == 2);
  CHECK(again[0].action_id == first[0].action_id);
  CHECK(again[1].action_id == first[1].action_id);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM row_gaps g JOIN actions a ON a.id = g.action_id") == 2);
}

TEST_CASE("the same bytes stored under another path are a copy of it") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "v1"), Plan("B", {"One"})).ok());
  CHECK(*store->CopyOf("/plans/b.pdf", Sha256Hex("v1")) == "/plans/a.pdf");
  CHECK(store->CopyOf("/plans/a.pdf", Sha256Hex("v1"))->empty());
  CHECK(store->CopyOf("/plans/b.pdf", Sha256Hex("v2"))->empty());
}

// A plan of board "B" titled `title`, with `refs` rows numbered 1.1, 1.2, ...,
// each "`verb` N".
RecoveredPlan Rendition(const std::string& title, int period_start, int refs, const std::string& verb = "Action") {
  RecoveredPlan plan = Plan("B", {});
  plan.info.title = title;
  plan.info.period_start = period_start;
  for (int i = 1; i <= refs; ++i) {
    plan.rows.push_back(PlainRow(verb + " " + std::to_string(i), "M Evans"));
    plan.rows.back().ref = "1." + std::to_string(i);
  }
  return plan;
}

DocumentSource SourceOfKind(const std::string& name, const std::string& content, const std::string& kind) {
  DocumentSource source = Source(name, content);
  source.kind = kind;
  return source;
}

int64_t PlanIdOf(Store* store, const std::string& file_name) {
  return QueryInt(store, "SELECT plan_id FROM documents WHERE file_name = '" + file_name + "'");
}

TEST_CASE("renditions of one plan share it: same board and period, and titles or refs that agree") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(SourceOfKind("plan.txt", "t", "text"), Rendition("BUSINESS PLAN 2015 \xE2\x80\x93 2017", 2015, 4)).ok());
  REQUIRE(store->SaveDocument(Source("plan.pdf", "p"), Rendition("B Board Business Plan 2015 - 2017", 2015, 4)).ok());
  REQUIRE(store->SaveDocument(SourceOfKind("scan.pdf", "s", "scan"), Rendition("Bvsiness Pian 2O15", 2015, 4)).ok());
  REQUIRE(store->SaveDocument(SourceOfKind("untitled.pdf", "u", "scan"), Rendition("", 0, 4)).ok());
  REQUIRE(store->SaveDocument(Source("cse.pdf", "c"), Rendition("CSE Action Plan 2015 - 2017", 2015, 2)).ok());
  REQUIRE(store->SaveDocument(Source("next.pdf", "n"), Rendition("Business Plan 2018 - 2020", 2018, 4, "Review")).ok());
  CHECK(PlanIdOf(store.get(), "plan.pdf") == PlanIdOf(store.get(), "plan.txt"));  // Titles agree.
  CHECK(PlanIdOf(store.get(), "scan.pdf") == PlanIdOf(store.get(), "plan.txt"));  // Rows agree.
  CHECK(PlanIdOf(store.get(), "untitled.pdf") == PlanIdOf(store.get(), "plan.txt"));  // No period read; rows agree.
  CHECK(PlanIdOf(store.get(), "cse.pdf") != PlanIdOf(store.get(), "plan.txt"));   // Too few rows to tell.
  CHECK(PlanIdOf(store.get(), "next.pdf") != PlanIdOf(store.get(), "plan.txt"));  // Another period.
  // Counted: one document per plan, the born-digital PDF of the first.
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM plan_documents WHERE counted") == 3);
  CHECK(QueryInt(store.get(), "SELECT counted FROM plan_documents WHERE document = 'plan.pdf'") == 1);
}

TEST_CASE("a removed document takes its rows, index entries and orphaned entities with it") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), PlanOfRows("Gone Board", {PlainRow("Audit", "Gone Lead")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Kept Board", {PlainRow("Train", "Kept Lead")})).ok());
  int64_t id = QueryInt(store.get(), "SELECT id FROM documents WHERE file_name = 'a.pdf'");
  REQUIRE(store->RemoveDocument(id).ok());
  CHECK(Actions(AllRows(store.get())) == std::vector<std::string>{"Train"});
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM actions_fts WHERE actions_fts MATCH 'audit'") == 0);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards") == 1);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 1);
  CHECK(store->RemoveDocument(id).code() == Status::Code::kNotFound);
}

TEST_CASE("rows filter by board name in any case, or by key") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), Plan("Dudley Board", {"One", "Two"})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), Plan("Bromley Board", {"Three"})).ok());
  REQUIRE(store->SaveDocument(Source("c.pdf", "c"), Plan("", {"Four"})).ok());
  CHECK(Actions(AllRows(store.get(), "dudley-board")) == std::vector<std::string>{"One", "Two"});
  CHECK(Actions(AllRows(store.get(), "BROMLEY board")) == std::vector<std::string>{"Three"});
  // A plan that names no board has one of its own, marked unknown.
  CHECK(Actions(AllRows(store.get(), "unknown-" + Sha256Hex("c").substr(0, 16))) == std::vector<std::string>{"Four"});
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards WHERE known = 0") == 1);
  CHECK(AllRows(store.get(), "Bromley").empty());
  CHECK(AllRows(store.get(), "---").empty());
  CHECK(AllRows(store.get()).size() == 4);
}

TEST_CASE("a replaced document drops the board and leads nothing else refers to") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "v1"), PlanOfRows("Old Name Board", {PlainRow("One", "Gone Lead")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Other Board", {PlainRow("Two", "Kept Lead")})).ok());
  REQUIRE(*store->SaveDocument(Source("a.pdf", "v2"), PlanOfRows("New Name Board", {PlainRow("One", "")})) ==
          SaveOutcome::kReplaced);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards WHERE key = 'old-name-board'") == 0);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards") == 2);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 1);
}

TEST_CASE("a failed save stores nothing of its document and keeps the others") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), Plan("B", {"Kept"})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b1"), Plan("B", {"Old version"})).ok());
  // A trigger stands in for any failure half-way through a document.
  REQUIRE(sqlite3_exec(store->handle(),
                       "CREATE TEMP TRIGGER fail BEFORE INSERT ON actions WHEN NEW.action = 'Boom' "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
                       nullptr, nullptr, nullptr) == SQLITE_OK);

  SECTION("a new document") {
    Result<SaveOutcome> failed = store->SaveDocument(Source("c.pdf", "c"), Plan("New Board", {"Fine", "Boom"}));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.status().message().find("disk on fire") != std::string::npos);
    CHECK_FALSE(*store->IsUnchanged("/plans/c.pdf", Sha256Hex("c")));
    CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards") == 1);
  }
  SECTION("a changed document keeps its old version") {
    Result<SaveOutcome> failed = store->SaveDocument(Source("b.pdf", "b2"), Plan("B", {"Fine", "Boom"}));
    REQUIRE_FALSE(failed.ok());
    CHECK(*store->IsUnchanged("/plans/b.pdf", Sha256Hex("b1")));
  }
  CHECK(Actions(AllRows(store.get())) == std::vector<std::string>{"Kept", "Old version"});
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM actions WHERE action = 'Fine'") == 0);
  // The connection is usable again: no transaction was left open.
  CHECK(*store->SaveDocument(Source("d.pdf", "d"), Plan("B", {"Later"})) == SaveOutcome::kStored);
}

TEST_CASE("the full-text index holds the actions of the stored versions only") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a1"), Plan("B", {"Audit neglect", "Train staff"})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), Plan("C", {"Audit thresholds"})).ok());
  REQUIRE(store->SaveDocument(Source("a.pdf", "a2"), Plan("B", {"Publish guidance"})).ok());
  const std::string matches = "SELECT count(*) FROM actions_fts WHERE actions_fts MATCH ";
  CHECK(QueryInt(store.get(), matches + "'audit'") == 1);
  CHECK(QueryInt(store.get(), matches + "'guidance'") == 1);
  CHECK(QueryInt(store.get(), matches + "'train'") == 0);
  CHECK(store->database()->Exec("INSERT INTO actions_fts(actions_fts, rank) VALUES('integrity-check', 1)").ok());
}

TEST_CASE("a database is created at the current schema version and reopens") {
  TempDatabase db;
  REQUIRE(db.Open()->SaveDocument(Source("a.pdf", "a"), Plan("B", {"One"})).ok());
  auto store = db.Open();
  CHECK(QueryInt(store.get(), "PRAGMA user_version") == Schema::CurrentVersion());
  CHECK(Schema::CurrentVersion() >= 3);
  CHECK(QueryInt(store.get(), "PRAGMA foreign_keys") == 1);
  CHECK(QueryInt(store.get(), "SELECT journal_mode = 'wal' FROM pragma_journal_mode") == 1);
  CHECK(QueryInt(store.get(), "PRAGMA busy_timeout") > 0);
  CHECK(Actions(AllRows(store.get())) == std::vector<std::string>{"One"});
}

TEST_CASE("a database of a newer planrows is refused") {
  TempDatabase db;
  {
    auto store = db.Open();
    std::string sql = "PRAGMA user_version = " + std::to_string(Schema::CurrentVersion() + 1);
    REQUIRE(sqlite3_exec(store->handle(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  Result<std::unique_ptr<Store>> store = Store::Open(db.path());
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kUnsupported);
}

TEST_CASE("a store that cannot be opened reports why") {
  TempDatabase db;
  Result<std::unique_ptr<Store>> store = Store::Open(db.path() + "/no/such/dir/plans.sqlite");
  REQUIRE_FALSE(store.ok());
  CHECK_FALSE(store.status().message().empty());
}

TEST_CASE("SHA-256 of known inputs") {
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex(std::string("a\0b", 3)) != Sha256Hex("a"));  // Bytes after a NUL count.
}

TEST_CASE("board keys fold case and punctuation") {
  CHECK(BoardKey("West Berkshire Local Safeguarding Children Board") ==
        "west-berkshire-local-safeguarding-children-board");
  CHECK(BoardKey("Barking & Dagenham Safeguarding Children Board") == "barking-dagenham-safeguarding-children-board");
  CHECK(BoardKey("  Dudley Safeguarding Children's Board. ") == "dudley-safeguarding-children-s-board");
}

}  // namespace
}  // namespace planrows
