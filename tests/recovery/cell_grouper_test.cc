// CellGrouper: pieces of text put back into cells and rows.
#include "pipeline/recovery/cell_grouper.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

using Cells = std::vector<std::string>;

TEST_CASE("pieces fill the columns they read like, a reference starting each row") {
  CellFit cell_fit(TestRules());
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kAction, Column::kLead, Column::kTimeframe}, {});
  std::vector<GroupedRow> rows =
      grouper.Group({"2.1", "Map the routes carers take", "T Okonjo", "March 2027", "2.2", "Audit the rota", "June 2027"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells == Cells{"2.1", "Map the routes carers take", "T Okonjo", "March 2027"});
  CHECK(rows[0].first_piece == 0);
  CHECK(rows[1].cells == Cells{"2.2", "Audit the rota", "", "June 2027"});  // The lead is empty, not the date.
  CHECK(rows[1].first_piece == 4);
}

TEST_CASE("wrapped lines join where a line goes on in lower case or ended with room to spare") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kOutcome, Column::kAction}, options);
  std::vector<GroupedRow> rows =
      grouper.Group({"7.1", "Carers under twelve", "are known to school", "Map the routes by which", "carers reach the team"});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells == Cells{"7.1", "Carers under twelve are known to school", "Map the routes by which carers reach the team"});
}

TEST_CASE("the bulleted items of a cell stay one cell") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  std::vector<GroupedRow> rows = grouper.Group({"Stand up a weekend duty", "rota for the wards", "\u2022 Audit the rota",
                                                "\u2022 Publish the findings to", "all partners"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[0] == "Stand up a weekend duty rota for the wards");
  CHECK(rows[1].first_piece == 2);
}

TEST_CASE("a block of one column is cut into as many cells as asked") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  CHECK(grouper.SplitInto({"Head of Inclusion /", "Harbour Police", "Duty Manager"}, 2) ==
        Cells{"Head of Inclusion / Harbour Police", "Duty Manager"});
  CHECK(grouper.SplitInto({"Duty Manager"}, 2).empty());
}

}  // namespace
}  // namespace planrows
