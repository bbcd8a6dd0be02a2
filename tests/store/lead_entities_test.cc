// Lead entities in the store: one entity per lead across a board's
// documents, leads that name no one, kinds filled in later.
#include <catch2/catch.hpp>

#include "pipeline/store/board_catalog.h"
#include "pipeline/store/store.h"
#include "pipeline/text/cell_text.h"
#include "tests/store/stored_plans.h"
#include "tests/store/temp_database.h"

namespace planrows {
namespace {

TEST_CASE("documents of one board share it and leads are one entity across documents") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), PlanOfRows("Dudley Board", {PlainRow("One", "I Pearson")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("DUDLEY  BOARD", {PlainRow("Two", "i  pearson")})).ok());
  REQUIRE(store->SaveDocument(Source("c.pdf", "c"), PlanOfRows("Bromley Board", {PlainRow("Three", "M Evans")})).ok());
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards") == 2);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 2);
  CHECK(QueryInt(store.get(), "SELECT count(DISTINCT lead_id) FROM action_leads") == 2);
  // Each action keeps its lead as printed.
  std::vector<StoredRow> dudley = AllRows(store.get(), "Dudley Board");
  REQUIRE(dudley.size() == 2);
  CHECK(dudley[1].row.leads == std::vector<std::string>{"i  pearson"});
  CHECK(dudley[1].board == "Dudley Board");  // The first spelling names the board.
}

ActionRow PersonRow(const std::string& action, const std::string& name) {
  ActionRow row = PlainRow(action, name);
  row.lead_entities = {LeadEntity{CellText::FoldForMatch(name), name, "person"}};
  return row;
}

TEST_CASE("a lead that names in part a person another document of its board names in full is that person") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), PlanOfRows("Fenby Board", {PersonRow("One", "H Quarrie")})).ok());
  REQUIRE(store->SaveDocument(Source("z.txt", "z"), PlanOfRows("Other Board", {PersonRow("Two", "H Quarrie")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Fenby Board", {PersonRow("Three", "Hilda Quarrie")}))
              .ok());
  std::vector<StoredRow> fenby = AllRows(store.get(), "Fenby Board");
  REQUIRE(fenby.size() == 2);
  CHECK(fenby[0].row.lead_entities[0].name == "Hilda Quarrie");
  CHECK(fenby[0].row.leads == std::vector<std::string>{"H Quarrie"});  // Kept as printed.
  // Another board's H Quarrie is someone else; the entity stays for it.
  CHECK(AllRows(store.get(), "Other Board")[0].row.lead_entities[0].name == "H Quarrie");
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 2);
}

// The name of the entity the lead of the first stored row of `board` links to.
std::string FirstLeadEntity(Store* store, const std::string& board) {
  std::vector<StoredRow> rows = AllRows(store, board);
  return rows.empty() || rows[0].row.lead_entities.empty() ? "" : rows[0].row.lead_entities[0].name;
}

TEST_CASE("a merge that a later document of the board makes ambiguous is undone") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), PlanOfRows("Fenby Board", {PersonRow("One", "H Quarrie")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Fenby Board", {PersonRow("Two", "Hilda Quarrie")}))
              .ok());
  REQUIRE(FirstLeadEntity(store.get(), "Fenby Board") == "Hilda Quarrie");
  REQUIRE(store->SaveDocument(Source("c.pdf", "c"), PlanOfRows("Fenby Board", {PersonRow("Three", "Hugh Quarrie")}))
              .ok());
  CHECK(FirstLeadEntity(store.get(), "Fenby Board") == "H Quarrie");
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 3);
}

TEST_CASE("removing the document that names a lead in full gives the lead its own entity back") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), PlanOfRows("Fenby Board", {PersonRow("One", "H Quarrie")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Fenby Board", {PersonRow("Two", "Hilda Quarrie")}))
              .ok());
  REQUIRE(store->RemoveDocument(QueryInt(store.get(), "SELECT id FROM documents WHERE file_name = 'b.pdf'")).ok());
  CHECK(FirstLeadEntity(store.get(), "Fenby Board") == "H Quarrie");
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 1);  // Hilda's entity went with her document.
}

TEST_CASE("a replaced document that no longer names a lead in full gives the lead its own entity back") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), PlanOfRows("Fenby Board", {PersonRow("One", "H Quarrie")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Fenby Board", {PersonRow("Two", "Hilda Quarrie")}))
              .ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b2"), PlanOfRows("Fenby Board", {PersonRow("Two", "Safeguarding Lead")}))
              .ok());
  CHECK(FirstLeadEntity(store.get(), "Fenby Board") == "H Quarrie");
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads WHERE name = 'Hilda Quarrie'") == 0);
}

TEST_CASE("merging two boards reads their leads against each other") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), PlanOfRows("Fenby Board", {PersonRow("One", "H Quarrie")})).ok());
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("Fenby LSCB", {PersonRow("Two", "Hilda Quarrie")}))
              .ok());
  REQUIRE(FirstLeadEntity(store.get(), "Fenby Board") == "H Quarrie");
  BoardCatalog boards(store->database());
  Result<BoardEntry> from = boards.Find(BoardKey("Fenby Board"));
  Result<BoardEntry> into = boards.Find(BoardKey("Fenby LSCB"));
  REQUIRE(from.ok());
  REQUIRE(into.ok());
  REQUIRE(boards.Merge(*from, *into).ok());
  CHECK(FirstLeadEntity(store.get(), "Fenby LSCB") == "Hilda Quarrie");
}

TEST_CASE("a lead that names no one links to no entity") {
  TempDatabase db;
  auto store = db.Open();
  ActionRow row = PersonRow("One", "H Quarrie");
  row.leads.push_back("and");
  row.lead_entities.push_back(LeadEntity{});
  REQUIRE(store->SaveDocument(Source("a.txt", "a"), PlanOfRows("Fenby Board", {row})).ok());
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 1);
  CHECK(AllRows(store.get())[0].row.leads == std::vector<std::string>{"H Quarrie"});
}

TEST_CASE("a lead's kind saved later fills the entity saved without one") {
  TempDatabase db;
  auto store = db.Open();
  REQUIRE(store->SaveDocument(Source("a.pdf", "a"), PlanOfRows("B", {PlainRow("One", "M Evans")})).ok());
  ActionRow normalized = PlainRow("Two", "M Evans");
  normalized.lead_entities = {LeadEntity{CellText::FoldForMatch("M Evans"), "Mary Evans", "person"}};
  REQUIRE(store->SaveDocument(Source("b.pdf", "b"), PlanOfRows("B", {normalized})).ok());
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads") == 1);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM leads WHERE kind = 'person' AND name = 'M Evans'") == 1);
}

}  // namespace
}  // namespace planrows
