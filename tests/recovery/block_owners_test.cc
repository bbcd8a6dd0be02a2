// Owner cells (leads, dates, statuses) that pdftotext's default mode prints
// after a block of actions led by their references, taken row by row.
#include "pipeline/recovery/block_owners.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

// A table of a fictional board printed column by column: each block of
// actions is followed by its rows' owner cells, a lead over its date.
const char kOwnersBelowActions[] =
    "Fernholt Moor Partnership Plan 2028/29\n\n"
    "What we will do\n\n"
    "MH 1 Repair the bridleway gates with the\n"
    "riding club\n"
    "MH 2 Map the peat bog paths\n\n"
    "Ranger Service\n"
    "30/04/2028\n\n"
    "K. Oyelaran, B. Pask\n"
    "31/08/2028\n\n"
    "Done\n\n"
    "MH 3 Count the curlew nests before\n"
    "the spring\n\n"
    "Bird Group\n"
    "31/05/2028\n"
    "Moor Wardens\n"
    "30/06/2028\n\n"
    "MH 4 Clear the drainage ditches\n\n"
    "Walkers on the moor find the paths open\n"
    "31/07/2028\n\n"
    "MH 5 Fence the new saplings\n\n"
    "Woodland Trust\n"
    "31/03/2029\n\n"
    "30/09/2029\n\n"
    "MH 6 Survey the stone walls\n"
    "MH 7 Rebuild the sheepfold\n\n"
    "30/11/2028\n"
    "Wall Builders\n"
    "31/12/2028\n\n"
    "Amber\n";

TEST_CASE("a block of actions takes the owner cells below it when there are as many as its actions") {
  RecoveredPlan plan = RecoverPlanText(kOwnersBelowActions);
  REQUIRE(plan.rows.size() == 7);
  CHECK(plan.rows[0].ref == "MH 1");
  CHECK(plan.rows[0].action == "Repair the bridleway gates with the riding club");
  CHECK(plan.rows[0].lead == "Ranger Service");
  CHECK(plan.rows[0].timeframe == "30/04/2028");
  CHECK(plan.rows[1].lead == "K. Oyelaran, B. Pask");
  CHECK(plan.rows[1].timeframe == "31/08/2028");
  // Two owner cells below one action may be those of other blocks' rows.
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe.empty());
  // Prose over a date is an outcome's, not a lead.
  CHECK(plan.rows[3].lead.empty());
  CHECK(plan.rows[3].timeframe.empty());
  // A date alone counts as the cell of a row without a lead.
  CHECK(plan.rows[4].lead.empty());
  CHECK(plan.rows[4].timeframe.empty());
  CHECK(plan.rows[5].lead.empty());
  CHECK(plan.rows[5].timeframe == "30/11/2028");
  CHECK(plan.rows[6].lead == "Wall Builders");
  CHECK(plan.rows[6].timeframe == "31/12/2028");
}

// The owner column's heading printed between a block and its owner cells;
// an action column's heading there is no owner's.
const char kOwnerHeadingBelowActions[] =
    "Saltcombe Harbour Trust Plan 2031/32\n\n"
    "What we will do\n\n"
    "HT 1 Dredge the inner basin before\n"
    "the summer moorings\n"
    "HT 2 Paint the lighthouse gallery\n\n"
    "Lead and deadline\n\n"
    "Harbour Master\n"
    "31/05/2031\n"
    "R. Quenby, T. Ashdown\n"
    "30/09/2031\n\n"
    "HT 3 Relay the slipway cobbles\n\n"
    "What we will do\n\n"
    "Slipway Volunteers\n"
    "31/10/2031\n\n"
    "Green\n";

TEST_CASE("a block of actions takes the owner cells below their column's heading") {
  RecoveredPlan plan = RecoverPlanText(kOwnerHeadingBelowActions);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Dredge the inner basin before the summer moorings");
  CHECK(plan.rows[0].lead == "Harbour Master");
  CHECK(plan.rows[0].timeframe == "31/05/2031");
  CHECK(plan.rows[1].lead == "R. Quenby, T. Ashdown");
  CHECK(plan.rows[1].timeframe == "30/09/2031");
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe.empty());
}

// A block of actions followed by its rows' cells row by row, left to
// right, as pdftotext writes a table's right-hand columns: the headings
// printed among the first row's cells, rows lacking a lead or a status,
// then the next table's header.
const char kRowsOfOwnerCells[] =
    "Wrenfield Downs Trust Plan 2032/33\n\n"
    "Key\n\nWhat we will do\n\n"
    "WD 1 Clear the dew pond of reeds\n"
    "WD 2 Rebuild the flint wall by the\n"
    "lane\n"
    "WD 3 Count the orchids on the\n"
    "south slope\n\n"
    "Responsible\npartner\n\n"
    "Target\nmonth\nSeptember\n2032\n\n"
    "Progress note\n\n"
    "Amber\n\n"
    "Wall Builders\n\n"
    "March 2033\n\n"
    "Orchid Group\n\n"
    "June 2033\n\n"
    "Green\n\n"
    "Responsible\npartner\n\n"
    "Target\nmonth\n\n"
    "Progress note\n";

TEST_CASE("a block of actions takes its rows' cells written row by row among their columns' headings") {
  RecoveredPlan plan = RecoverPlanText(kRowsOfOwnerCells);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "WD 1");
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "September 2032");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Wall Builders");
  CHECK(plan.rows[1].timeframe == "March 2033");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].lead == "Orchid Group");
  CHECK(plan.rows[2].timeframe == "June 2033");
  CHECK(plan.rows[2].progress == "Green");
}

TEST_CASE("a block of actions takes no rows' cells that make more rows than it has actions") {
  // The lead of a row printed after the next table's header is another row's: three actions, four rows.
  std::string text = kRowsOfOwnerCells;
  text.replace(text.find("Responsible\npartner\n\nTarget\nmonth\n\n"), 0, "Deer Wardens\n\nJuly 2033\n\n");
  RecoveredPlan plan = RecoverPlanText(text);
  REQUIRE(plan.rows.size() == 3);
  for (const ActionRow& row : plan.rows) {
    CHECK(row.lead.empty());
    CHECK(row.timeframe.empty());
  }
}

// A table that pdftotext printed row by row: each action, then its row's
// other cells a paragraph each, a cell of milestones among them.
const char kRowCellsAfterActions[] =
    "Kestrel Vale Commons Plan 2034/35\n\n"
    "What we will do\n\n"
    "KV 1: Clear the gorse from the\nlower slopes\n\n"
    "Draft by\nMay 2034\nSign-off by\nJuly\n2034\n\n"
    "Ranger Service\n\n"
    "Q2\n2034/35\n\n"
    "Green\n\n"
    "KV 2: Mend the cattle grid on\nthe moor road\n\n"
    "Draft by\nJune 2034\nSign-off by\nAugust\n2034\n\n"
    "Highways Team\n\n"
    "Q3\n2034/35\n\n"
    "KV 3: Survey the adder basking\nsites\n\n"
    "Parish Council\n\n"
    "Q4\n2034/35\n\n"
    "T. Penrose\n\n"
    "Q1\n2035/36\n\n"
    "KV 4: Reseed the burnt heath\n\n"
    "Heath\nQ2\nWardens\n2035/36\n\n"
    "KV 5: Fence the pond edge\n\n"
    "Q3\n2035/36\n\n"
    "Pond Volunteers\n\n"
    "Q4\n2035/36\n\n"
    "Commons Clerk\n";

TEST_CASE("an action alone takes its row's cells below it: one lead, one date and a status") {
  RecoveredPlan plan = RecoverPlanText(kRowCellsAfterActions);
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].action == "Clear the gorse from the lower slopes");
  CHECK(plan.rows[0].lead == "Ranger Service");
  CHECK(plan.rows[0].timeframe == "Q2 2034/35");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].lead == "Highways Team");
  CHECK(plan.rows[1].timeframe == "Q3 2034/35");
  CHECK(plan.rows[1].progress.empty());
  // Two leads and two dates are the cells of two rows: the first, led by its lead, is the action's.
  CHECK(plan.rows[2].lead == "Parish Council");
  CHECK(plan.rows[2].timeframe == "Q4 2034/35");
  // A lead and a date interleaved line by line are no lead.
  CHECK(plan.rows[3].lead.empty());
  CHECK(plan.rows[3].timeframe.empty());
  // A date before the first lead may end the row above: whose cells come first is unsure.
  CHECK(plan.rows[4].lead.empty());
  CHECK(plan.rows[4].timeframe.empty());
}

TEST_CASE("an action alone followed by its lead then its date keeps the status after them") {
  // Each row's lead and date read as a block's owner cells too; the status goes with them. A lead
  // without a date is the row's all the same.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Commons Plan 2034/35\n\n"
      "KV 1: Clear the gorse from the lower slopes\n\nRanger Service\n\nBy end of Q2\n\napprox.\n40%\n\n"
      "KV 2: Mend the cattle grid on the moor road\n\nHighways Team\n\nOngoing\n\nGreen\n\n"
      "KV 3: Survey the adder basking sites\n\nParish Council\n\n"
      "KV 4: Reseed the burnt heath\n\nHeath Wardens\n\nBy end of Q1\n\n75%\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Ranger Service");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[0].progress == "approx. 40%");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].lead == "Parish Council");
  CHECK(plan.rows[2].timeframe.empty());
  CHECK(plan.rows[2].progress.empty());
  CHECK(plan.rows[3].progress == "75%");
}

TEST_CASE("an action alone takes a lead's cell that ends in its date as its lead and date") {
  // A "Who / when" column prints the row's lead over its date, or both on one line.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Commons Plan 2034/35\n\n"
      "KV 1: Clear the gorse from the lower slopes\n\nRanger Service\nMay 2034\n\n"
      "KV 2: Mend the cattle grid on the moor road\n\nHighways Team June 2034\n\nGreen\n\n"
      "KV 3: Survey the adder basking sites\n\nParish Council July 2034\n\nAugust 2034\n\n"
      "KV 4: Reseed the burnt heath\n\nHeath Wardens\n\nBy end of Q1\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Ranger Service");
  CHECK(plan.rows[0].timeframe == "May 2034");
  CHECK(plan.rows[1].lead == "Highways Team");
  CHECK(plan.rows[1].timeframe == "June 2034");
  CHECK(plan.rows[1].progress == "Green");
  // A date of its own beside a lead that ends in one: which is the row's is unsure.
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe.empty());
  CHECK(plan.rows[3].lead == "Heath Wardens");
  CHECK(plan.rows[3].timeframe == "By end of Q1");
}

TEST_CASE("an action alone takes the lead's paragraph that ends in its date after a measure's") {
  // A "Who / when" cell: its lead's lines, then its date's; no lead and date interleaved.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Commons Plan 2034/35\n\n"
      "KV 1: Clear the gorse from the lower slopes\n\nGorse cover falls by half\n\n"
      "Ranger Service;\nParish Council\nMay 2034\n\n"
      "KV 2: Mend the cattle grid on the moor road\n\nFewer cattle stray\n\nHighways\nTeam\nJune 2034\n\n"
      "KV 3: Survey the adder basking sites\n\nParish Council\n\nAugust 2034\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Ranger Service; Parish Council");
  CHECK(plan.rows[0].timeframe == "May 2034");
  CHECK(plan.rows[1].lead == "Highways Team");
  CHECK(plan.rows[1].timeframe == "June 2034");
}

TEST_CASE("a paragraph that runs on in prose after a line that reads as a name is no lead") {
  // A column's heading a narrow column cut ("Responsibl" over "e officer(s)") among the cells of a row
  // whose two statuses say they are no one row's.
  RecoveredPlan plan = RecoverPlanText(
      "Fernholt Moor Partnership Plan 2028/29\n\n"
      "What we will do\n\n"
      "MH 1 Repair the bridleway gates with the\nriding club\n\n"
      "Responsibl\ne officer(s)\n\nGreen\n\nAmber\n\n"
      "MH 2 Map the peat bog paths\n\nRanger Service\n\n30/04/2028\n\n"
      "MH 3 Count the curlew nests\n\nBird Group\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[1].lead == "Ranger Service");
  CHECK(plan.rows[1].timeframe == "30/04/2028");
}

}  // namespace
}  // namespace planrows
