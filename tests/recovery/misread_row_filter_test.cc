#include "pipeline/recovery/misread_row_filter.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

ActionRow RowWithAction(const std::string& action) {
  ActionRow row;
  row.action = action;
  row.where.page = 2;
  return row;
}

// The trace of a table whose `rows` rows start at the plan's row `first_row`.
TableTrace TableOf(int first_row, int rows) {
  TableTrace table;
  table.first_row = first_row;
  table.rows = rows;
  return table;
}

TEST_CASE("rows whose action is only a date, a status or a reference are left out with a warning") {
  RecoveredPlan plan;
  for (const char* action : {"Ring the ferry operators", "By end of Q2", "Stock the lifeboat kits", "On track",
                             "", "7.3.", "30/06/2027 HB2", "Paint the harbour steps"}) {
    plan.rows.push_back(RowWithAction(action));
  }
  plan.tables = {TableOf(0, 4), TableOf(4, 4)};
  plan.rows[4].ref = "7.2";
  plan.rows[4].lead = "Harbour Trust";
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].action == "Stock the lifeboat kits");
  CHECK(plan.rows[2].action.empty());  // A row without an action may still name its reference and lead.
  CHECK(plan.warnings.size() == 4);
  CHECK(plan.tables[0].first_row == 0);
  CHECK(plan.tables[0].rows == 2);
  CHECK(plan.tables[1].first_row == 2);
  CHECK(plan.tables[1].rows == 2);
}

TEST_CASE("rows with a column's heading in a cell are left out: a repeated header was read as cells") {
  RecoveredPlan plan;
  plan.rows = {RowWithAction("Ring the ferry operators"), RowWithAction("Target date May 2027"),
               RowWithAction("Stock the lifeboat kits"), RowWithAction("Paint the harbour steps")};
  plan.rows[2].progress = "RAG status";
  plan.rows[3].timeframe = "Due June 2027";  // One word of a heading may start a cell.
  plan.rows[3].lead = "Named lead";           // A lead may be called as a heading is.
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Ring the ferry operators");
  CHECK(plan.rows[1].action == "Paint the harbour steps");
  CHECK(plan.warnings.size() == 2);
}

TEST_CASE("rows headed by a progress, date or partner column's name written later among the cells are left out") {
  RecoveredPlan plan;
  // pdftotext may write a header's right-hand names after the rows' left-hand cells.
  plan.rows = {RowWithAction("Ring the ferry operators"), RowWithAction("Update at year end G"),
               RowWithAction("Completion target November 2031"), RowWithAction("Responsible partner")};
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].action == "Ring the ferry operators");
  CHECK(plan.warnings.size() == 3);
}

TEST_CASE("a row whose lead cell is another column's full heading is left out: a header read as cells") {
  RecoveredPlan plan;
  plan.rows = {RowWithAction("Ring the ferry operators"), RowWithAction("Ring the ferry operators"),
               RowWithAction("Stock the lifeboat kits")};
  plan.rows[0].lead = "Harbour Trust";
  plan.rows[1].lead = "Success criteria";
  plan.rows[2].lead = "Named lead";  // A lead may be called as the lead's heading is.
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Harbour Trust");
  CHECK(plan.rows[1].lead == "Named lead");
  CHECK(plan.warnings.size() == 1);
}

TEST_CASE("rows whose reference cell starts with a date, a status or a name are left out") {
  RecoveredPlan plan;
  plan.rows = {RowWithAction("Ring the ferry operators"), RowWithAction("Stock the lifeboat kits"),
               RowWithAction("Paint the harbour steps"), RowWithAction("Chart the sandbanks"),
               RowWithAction("Light the quay")};
  plan.rows[0].ref = "Aug-27";
  plan.rows[1].ref = "P Lanyon/Harbour Trust";
  plan.rows[2].ref = "HB 2";
  plan.rows[3].ref = "4.1 Quarterly report";  // A reference with more run on: its action may still be its own.
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Paint the harbour steps");
  CHECK(plan.rows[1].action == "Chart the sandbanks");
  CHECK(plan.rows[2].action == "Light the quay");
}

TEST_CASE("a row of a name alone in the action's place, with no reference or lead, is left out") {
  RecoveredPlan plan;
  plan.rows = {RowWithAction("Harbour Trust"), RowWithAction("Chart the sandbanks"), RowWithAction("Quay Team")};
  plan.rows[2].ref = "HB3";  // With a reference, a short action of capitals stands.
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Chart the sandbanks");
  CHECK(plan.rows[1].action == "Quay Team");
}

TEST_CASE("a row of a name in the action's place beside a lead is left out when unnumbered among numbered rows") {
  RecoveredPlan plan;
  // Side-by-side lead cells written interleaved: "Harbour Trust" over "Quay Team" read as a row.
  plan.rows = {RowWithAction("Chart the sandbanks"), RowWithAction("Harbour Trust"), RowWithAction("Light the quay"),
               RowWithAction("Harbour Trust"), RowWithAction("Ferry Office")};
  const char* refs[] = {"HB1", "", "HB2", "", ""};
  for (size_t i = 0; i < plan.rows.size(); ++i) {
    plan.rows[i].ref = refs[i];
    plan.rows[i].lead = "Quay Team";
  }
  plan.tables = {TableOf(0, 3), TableOf(3, 2)};
  MisreadRowFilter(TestRules()).Apply(&plan);
  // In a table of no references, a short action beside a lead stands.
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].action == "Light the quay");
  CHECK(plan.rows[2].action == "Harbour Trust");
  CHECK(plan.tables[0].rows == 2);
  REQUIRE(plan.warnings.size() == 1);
  CHECK(plan.warnings[0].find("\"Harbour Trust\" was left out") != std::string::npos);
}

TEST_CASE("a row with neither a reference nor an action is left out naming its first filled cell") {
  RecoveredPlan plan;
  plan.rows = {RowWithAction("Chart the sandbanks"), RowWithAction(""), RowWithAction(""), RowWithAction("")};
  plan.rows[1].lead = "Pilot Office";  // The lead and date of a row whose action the reading lost.
  plan.rows[1].timeframe = "May 2027";
  plan.rows[2].ref = "HB4";  // With its reference, a row without an action stands.
  plan.rows[2].lead = "Quay Team";
  plan.rows[3].progress = "Amber/Green";  // A progress cell alone.
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].ref == "HB4");
  REQUIRE(plan.warnings.size() == 2);
  CHECK(plan.warnings[0].find("lead reads \"Pilot Office\"") != std::string::npos);
  CHECK(plan.warnings[1].find("progress reads \"Amber/Green\"") != std::string::npos);
}

TEST_CASE("a row of a reference alone is left out naming its reference: its cells were read elsewhere") {
  RecoveredPlan plan;
  // References written one under another, every cell after them read under the last.
  plan.rows = {RowWithAction(""), RowWithAction(""), RowWithAction("Chart the sandbanks Light the quay"),
               RowWithAction("")};
  const char* refs[] = {"HB5.1", "HB5.2", "HB5.3", "HB6"};
  for (size_t i = 0; i < plan.rows.size(); ++i) plan.rows[i].ref = refs[i];
  plan.rows[0].outcome = "Boat crews know the tide tables by heart";  // An outcome carried down is no cell of its own.
  plan.rows[3].timeframe = "June 2027";  // A reference with a date read beside it stands.
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "HB5.3");
  CHECK(plan.rows[1].ref == "HB6");
  REQUIRE(plan.warnings.size() == 2);
  CHECK(plan.warnings[0].find("the row HB5.1 was left out: only its reference was read") != std::string::npos);
}

TEST_CASE("rows under references of their own that share one action are left out: a spanning cell stood in") {
  RecoveredPlan plan;
  // The outcome, printed once beside three actions, read as each row's action.
  const char* outcome = "Boat crews know the tide tables by heart";
  plan.rows = {RowWithAction("Chart the sandbanks"), RowWithAction(outcome), RowWithAction(outcome),
               RowWithAction(outcome), RowWithAction("Light the quay"), RowWithAction("Light the quay")};
  const char* refs[] = {"HB1", "HB2a", "HB2b", "HB2c", "HB3", ""};
  for (size_t i = 0; i < plan.rows.size(); ++i) plan.rows[i].ref = refs[i];
  // An action cell merged over two rows gives its other row no reference: those rows stand.
  plan.rows[5].lead = "Quay Team";
  MisreadRowFilter(TestRules()).Apply(&plan);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "HB1");
  CHECK(plan.rows[1].ref == "HB3");
  CHECK(plan.rows[2].lead == "Quay Team");
  REQUIRE(plan.warnings.size() == 3);
  CHECK(plan.warnings[0].find("the row HB2a was left out") != std::string::npos);
}

TEST_CASE("an unnumbered row of prose alone that opens as no action does is left out among numbered rows") {
  RecoveredPlan plan;
  // A measure's cells and a heading written apart from their rows, read as rows of their own.
  plan.rows = {RowWithAction("Chart the sandbanks"), RowWithAction("Half the moorings inspected"),
               RowWithAction("Review the quay lights"), RowWithAction("Indicators of success"),
               RowWithAction("Publish the tide tables"), RowWithAction("Fewer callouts than last year")};
  const char* refs[] = {"HB1", "", "HB2", "", "", ""};
  for (size_t i = 0; i < plan.rows.size(); ++i) plan.rows[i].ref = refs[i];
  plan.rows[5].lead = "Quay Team";  // A row with a cell beside its prose stands.
  plan.tables = {TableOf(0, 6)};
  MisreadRowFilter(TestRules()).Apply(&plan);
  // An unnumbered row that opens as an action does stands: its reference may be what was lost.
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].action == "Review the quay lights");
  CHECK(plan.rows[2].action == "Publish the tide tables");
  CHECK(plan.rows[3].action == "Fewer callouts than last year");
  CHECK(plan.tables[0].rows == 4);
  CHECK(plan.warnings.size() == 2);
}

TEST_CASE("unnumbered rows of prose alone stand in a table without references or as a few of numbered rows") {
  RecoveredPlan plan;
  plan.rows = {RowWithAction("Half the moorings inspected"), RowWithAction("Quay lights all working")};
  plan.tables = {TableOf(0, 2)};
  MisreadRowFilter(TestRules()).Apply(&plan);
  CHECK(plan.rows.size() == 2);
  // One of five numbered rows may be a row of the table's own whose reference is blank.
  RecoveredPlan numbered_plan;
  numbered_plan.rows = {RowWithAction("Chart the sandbanks"), RowWithAction("Review the quay lights"),
                        RowWithAction("Publish the tide tables"), RowWithAction("Paint the harbour steps"),
                        RowWithAction("Multi-agency harbour watch")};
  const char* refs[] = {"HB1", "HB2", "HB3", "HB4", ""};
  for (size_t i = 0; i < numbered_plan.rows.size(); ++i) numbered_plan.rows[i].ref = refs[i];
  numbered_plan.tables = {TableOf(0, 5)};
  MisreadRowFilter(TestRules()).Apply(&numbered_plan);
  CHECK(numbered_plan.rows.size() == 5);
}

}  // namespace
}  // namespace planrows
