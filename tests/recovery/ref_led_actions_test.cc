// Actions led by their references, read when stacked tables printed column by column mix the other cells.
#include "pipeline/recovery/ref_led_actions.h"

#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

// Two stacked tables of a fictional board as pdftotext's default mode
// prints them: the headings of the first columns, the actions, then the
// leads and dates of both tables in no row order.
const char kStackedTables[] =
    "Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
    "Theme A - Flood-ready homes\n"
    "What we will do\n"
    "Who benefits\n"
    "BW 1 - Fit door guards to the riverside\n"
    "bungalows before the autumn tides\n"
    "BW 2 - Print a tide table for every\n"
    "allotment holder\n"
    "- Share it with the sailing club\n\n"
    "2 Ferry Users and Their Families\n\n"
    "Theme B - Safer towpaths\n"
    "What we will do\n"
    "BW 3 - Survey the towpath lamps with the\n"
    "canal volunteers\n"
    "BW 4 - Agree a winter gritting rota for the\n"
    "lock gates\n\n"
    "Harbour Office\n"
    "Mar-28\n"
    "E Thistlewood &\n"
    "Towpath Trust\n"
    "Jan-28\n"
    "Sluice Keepers\n"
    "Apr-28\n"
    "Who benefits\n"
    "Lock keepers\n"
    "Sep-27\n";

TEST_CASE("actions led by references are read alone when the other columns print in no row order") {
  RecoveredPlan plan = RecoverPlanText(kStackedTables);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "BW 1");
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows before the autumn tides");
  CHECK(plan.rows[1].ref == "BW 2");
  CHECK(plan.rows[1].action == "Print a tide table for every allotment holder; Share it with the sailing club");
  CHECK(plan.rows[2].ref == "BW 3");
  CHECK(plan.rows[3].ref == "BW 4");
  CHECK(plan.rows[3].action == "Agree a winter gritting rota for the lock gates");
  for (const ActionRow& row : plan.rows) {
    CHECK(row.lead.empty());
    CHECK(row.timeframe.empty());
  }
}

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
    "Heath\nQ2\nWardens\n2035/36\n";

TEST_CASE("an action alone takes its row's cells below it: one lead, one date and a status") {
  RecoveredPlan plan = RecoverPlanText(kRowCellsAfterActions);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Clear the gorse from the lower slopes");
  CHECK(plan.rows[0].lead == "Ranger Service");
  CHECK(plan.rows[0].timeframe == "Q2 2034/35");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].lead == "Highways Team");
  CHECK(plan.rows[1].timeframe == "Q3 2034/35");
  CHECK(plan.rows[1].progress.empty());
  // Two leads and two dates are the cells of several rows.
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe.empty());
  // A lead and a date interleaved line by line are no lead.
  CHECK(plan.rows[3].lead.empty());
  CHECK(plan.rows[3].timeframe.empty());
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

// References printed alone over their actions, whose lines interleave with
// the lead's, then their column of dates.
const char kRefsOverActions[] =
    "Tollmarsh Levels Board Plan 2035/36\n\n"
    "Key\n\nPlanned work\n\nLead body\n\n"
    "Objective A - Dry lanes\n"
    "TL 1.1\n"
    "Clear the culverts under the\n"
    "Drainage Board\n"
    "drove road before the rains\n"
    "TL 1.2\n"
    "- Raise the sluice gate\n"
    "Parish Council\n"
    "- Oil the sluice winch\n"
    "TL 1.3\n"
    "Survey the pumping station and report back\n"
    "to the Board\n\n"
    "Due\n\nMay 2035\nJune 2035\nJuly 2035\n\n"
    "TL 2.1\nObjective B - Wet meadows\n";

TEST_CASE("references alone over their actions lead them, the lead's interleaved lines set apart") {
  Result<DocumentText> document = TextExtractor().Extract("plan.txt", kRefsOverActions);
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  // A reference over no line of its action is no row.
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].ref == "TL 1.1");
  CHECK(actions[0].action == "Clear the culverts under the drove road before the rains");
  CHECK(actions[0].lead == "Drainage Board");
  CHECK(actions[1].action == "Raise the sluice gate; Oil the sluice winch");
  CHECK(actions[1].lead == "Parish Council");
  // A line of the action that starts in lower case is no name.
  CHECK(actions[2].action == "Survey the pumping station and report back to the Board");
  CHECK(actions[2].lead.empty());
  // As many dates alone as actions below the block are their dates, and leave their leads.
  CHECK(actions[0].timeframe == "May 2035");
  CHECK(actions[2].timeframe == "July 2035");
}

TEST_CASE("an action under a row of cells ending in capitals keeps its own reference") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt", "Ref\tAction\tRAG\n1.1a Mend the stiles\n1.1b Oil the field gates\n1.1c Clear the ditches\n");
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  REQUIRE_FALSE(actions.empty());
  CHECK(actions[0].ref == "1.1a");
}

TEST_CASE("a line led by a reference of another form than the actions is no action") {
  Result<DocumentText> document = TextExtractor().Extract("plan.txt", kStackedTables);
  REQUIRE(document.ok());
  std::vector<PlanLine> lines = PlanLine::Flatten(*document);
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(lines);
  REQUIRE(actions.size() == 4);
  for (const RowFields& action : actions) CHECK(action.ref.rfind("BW ", 0) == 0);
}

TEST_CASE("rows that hold most of the actions by reference or by their words are kept") {
  std::vector<RowFields> actions(3);
  actions[0] = RowFields{"K1", "Open the cold-weather shelter at the depot"};
  actions[1] = RowFields{"K2", "Train the depot volunteers in first aid"};
  actions[2] = RowFields{"K3", "Publish the shelter rota each month"};
  std::vector<ActionRow> rows(2);
  rows[0].ref = "K1";
  rows[0].action = "a misread cell";
  rows[1].action = "Publish the shelter rota each month";
  CHECK_FALSE(RefLedActions::Replace(actions, rows));
  rows[1].action = "Train the depot";
  CHECK(RefLedActions::Replace(actions, rows));
}

TEST_CASE("rows hold the actions whose references they spell without the space a cut reference was read with") {
  std::vector<RowFields> actions(3);
  actions[0] = RowFields{"YV 1", "Open the cold-weather shelter at the depot"};
  actions[1] = RowFields{"YV 2", "Train the depot volunteers in first aid"};
  actions[2] = RowFields{"YV 3", "Publish the shelter rota each month"};
  std::vector<ActionRow> rows(3);
  for (size_t r = 0; r < rows.size(); ++r) rows[r].ref = "YV" + std::to_string(r + 1);
  CHECK_FALSE(RefLedActions::Replace(actions, rows));
}

TEST_CASE("an action takes the other cells of a row read from the tables that starts with its words") {
  std::vector<ActionRow> actions(2), rows(2);
  actions[0].ref = "K1";
  actions[0].action = "Open the cold-weather shelter at the depot every night";
  actions[1].ref = "K2";
  actions[1].action = "Train the depot volunteers in first aid";
  rows[0].action = "Open the cold-weather shelter at the";
  rows[0].lead = "Depot Team";
  rows[1].ref = "K7";
  rows[1].action = "Train the depot volunteers";
  rows[1].lead = "T Abara";
  std::vector<ActionRow> merged = RefLedActions::Merge(actions, rows);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].ref == "K1");
  CHECK(merged[0].action == actions[0].action);
  CHECK(merged[0].lead == "Depot Team");
  CHECK(merged[1].ref == "K2");
  CHECK(merged[1].lead.empty());
}

TEST_CASE("actions no row holds by reference or by their words are added before the next action a row holds") {
  std::vector<ActionRow> actions(4), rows(2);
  actions[0].ref = "K1";
  actions[0].action = "Open the cold-weather shelter at the depot";
  actions[1].ref = "K2";
  actions[1].action = "Train the depot volunteers in first aid";
  actions[2].ref = "K3";
  actions[2].action = "Publish the shelter rota each month";
  actions[3].ref = "K4";
  actions[3].action = "Count the guests each night";
  rows[0].ref = "K2";
  rows[0].action = "Train the depot volunteers in first aid";
  rows[0].lead = "T Abara";
  // The row holds K4's action after a reference it kept in the action's place.
  rows[1].action = "4 Count the guests each night";
  rows[1].lead = "Depot Team";
  std::vector<ActionRow> added = RefLedActions::AddLost(actions, rows);
  REQUIRE(added.size() == 4);
  CHECK(added[0].ref == "K1");
  CHECK(added[1].lead == "T Abara");
  CHECK(added[2].ref == "K3");
  CHECK(added[2].lead.empty());
  CHECK(added[3].lead == "Depot Team");
}

TEST_CASE("on a positioned page the rows of a table stand beside priorities led by numbers") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "1 Riverside homes are ready for the autumn tides"}})
      .Line({{40, "2 Allotment holders know the tide table"}})
      .Line({{40, "3 Towpath users walk safely after dark"}})
      .Line({{40, "4 Lock keepers share a winter rota"}})
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}, true)
      .Line({{40, "1.1"}, {70, "Fit door guards"}, {300, "Harbour Office"}, {420, "Mar-28"}}, true)
      .Line({{40, "2.1"}, {70, "Print a tide table"}, {300, "Towpath Trust"}, {420, "Jan-28"}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[1].lead == "Towpath Trust");
}

}  // namespace
}  // namespace planrows
