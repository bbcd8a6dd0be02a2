// Whether the cells read under a header hold what its names say.
#include "pipeline/recovery/header_content_check.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

// A table headed `headings` whose rows are `rows`.
RebuiltTable TableOf(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows) {
  RebuiltTable table;
  table.headings = headings;
  for (const std::vector<std::string>& cells : rows) table.rows.push_back(RebuiltRow{nullptr, cells});
  return table;
}

TEST_CASE("a progress column that holds nothing but dates belies its heading") {
  HeaderContentCheck check(TestRules());
  RebuiltTable table = TableOf({"Why it matters", "Agreed steps", "Progress"},
                               {{"Quays are safer", "Light the steps", "March 2027"},
                                {"Quays are safer", "Fence the slipway", "June 2027"},
                                {"Carers are heard", "Train the duty desk", "September 2027"}});
  CHECK(check.Belied(table));
  table.rows[2].cells[2] = "Done";
  CHECK_FALSE(check.Belied(table));
}

TEST_CASE("a date column that holds not one date belies its heading") {
  HeaderContentCheck check(TestRules());
  CHECK(check.Belied(TableOf({"Action", "Due date"}, {{"Light the steps", "Harbour Master"},
                                                       {"Fence the slipway", "Estates Team"},
                                                       {"Train the duty desk", "Carers Hub"}})));
}

TEST_CASE("columns that hold what their headings say, or too few cells to tell, are borne out") {
  HeaderContentCheck check(TestRules());
  CHECK_FALSE(check.Belied(TableOf({"Action", "Due date", "Progress"},
                                   {{"Light the steps", "March 2027", "Done"},
                                    {"Fence the slipway", "Harbour Master", "Started"},
                                    {"Train the duty desk", "", "On hold"}})));
  CHECK_FALSE(check.Belied(TableOf({"Action", "Progress"}, {{"Light the steps", "March 2027"},
                                                            {"Fence the slipway", "June 2027"}})));
}

TEST_CASE("a line of known names under a column's name in lower case heads no table of its own") {
  // pdftotext -raw scatters a header's names: "Item" over "no." ends a heading wrapped from above.
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Board Plan 2027\n"
      "Focus area Item\nno.\nWhy it matters Agreed step Responsible\nofficer\nDue date Progress\n"
      "Safer quays\n1 Falls on the quay\ncome down\nLight the north quay steps\nHarbour Master\nMarch 2027\nDone\n"
      "2 Fence the slipway at low tide\nEstates Team\nJune 2027\nStarted\n");
  for (const TableTrace& table : plan.tables) {
    REQUIRE(!table.columns.empty());
    CHECK(table.columns.front().heading != "Why it matters");
  }
}

TEST_CASE("a lead column whose cells are references one in three or more belies its heading") {
  HeaderContentCheck check(TestRules());
  RebuiltTable table = TableOf({"Lead officer / body", "When will it be done?"},
                               {{"Harbour Master", "March 2027"},
                                {"QV2.1", "June 2027"},
                                {"Estates Team", "May 2027"},
                                {"QV2.2", ""},
                                {"Carers Hub", "July 2027"},
                                {"QV2.3", "August 2027"}});
  CHECK(check.Belied(table));
  table.rows[3].cells[0] = "Duty Desk";
  CHECK_FALSE(check.Belied(table));
}

TEST_CASE("a lead-and-date column agrees with its heading in cells that read as a lead or as a date") {
  HeaderContentCheck check(TestRules());
  RebuiltTable table = TableOf({"Agreed step", "Who and by when"}, {{"Light the steps", "Harbour Master"},
                                                                   {"Fence the slipway", "J Rees March 2027"},
                                                                   {"Train the duty desk", "Ongoing"}});
  CHECK(check.Agreement(table) == Approx(1.0));
}

}  // namespace
}  // namespace planrows
