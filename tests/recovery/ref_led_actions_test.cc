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
  CHECK_FALSE(RefLedActions(*SharedTestRules()).Replace(actions, rows));
  rows[1].action = "Train the depot";
  CHECK(RefLedActions(*SharedTestRules()).Replace(actions, rows));
}

TEST_CASE("rows more than twice as many as the actions are kept where the actions open with no verb") {
  // Three priorities numbered in the foreword do not stand for a table read as eight rows.
  std::vector<RowFields> actions(3);
  actions[0] = RowFields{"1", "Winters are safe for rough sleepers"};
  actions[1] = RowFields{"2", "Volunteers are trained and kept"};
  actions[2] = RowFields{"3", "Shelters are known to every agency"};
  std::vector<ActionRow> rows(8);
  for (size_t r = 0; r < rows.size(); ++r) {
    rows[r].ref = "2.1." + std::to_string(r + 1);
    rows[r].action = "Open depot shelter " + std::to_string(r + 1);
  }
  CHECK_FALSE(RefLedActions(*SharedTestRules()).AreActions(actions, rows));
  CHECK_FALSE(RefLedActions(*SharedTestRules()).Replace(actions, rows));
  rows.resize(6);
  CHECK(RefLedActions(*SharedTestRules()).Replace(actions, rows));
  // Actions that open with their verbs stand for misread rows however many.
  rows.resize(8);
  actions[0].action = "Launch the depot shelter each winter night";
  actions[1].action = "Train the depot volunteers in first aid";
  CHECK(RefLedActions(*SharedTestRules()).Replace(actions, rows));
}

TEST_CASE("rows hold the actions whose references they spell without the space a cut reference was read with") {
  std::vector<RowFields> actions(3);
  actions[0] = RowFields{"YV 1", "Open the cold-weather shelter at the depot"};
  actions[1] = RowFields{"YV 2", "Train the depot volunteers in first aid"};
  actions[2] = RowFields{"YV 3", "Publish the shelter rota each month"};
  std::vector<ActionRow> rows(3);
  for (size_t r = 0; r < rows.size(); ++r) rows[r].ref = "YV" + std::to_string(r + 1);
  CHECK_FALSE(RefLedActions(*SharedTestRules()).Replace(actions, rows));
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

TEST_CASE("an action printed apart from its reference that no row holds comes without owner cells or not at all") {
  std::vector<ActionRow> actions(4), rows(2);
  actions[0].ref = rows[0].ref = "K1";
  actions[0].action = rows[0].action = "Open the cold-weather shelter at the depot";
  actions[1].ref = "K2";
  actions[1].action = "Train the depot volunteers in first aid";
  // Lines pdftotext wrote among the action's: pieces of other rows' cells, maybe.
  actions[1].lead = "of";
  actions[1].timeframe = "Q2";
  actions[1].progress = "Green";
  actions[1].flags.push_back(RefLedActions::kRefApartFlag);
  actions[2].ref = rows[1].ref = "K3";
  actions[2].action = rows[1].action = "Publish the shelter rota each month";
  rows[1].lead = "Depot Team";
  // Next to a reference alone that led no action: which lines are whose is unsure.
  actions[3].ref = "K5";
  actions[3].action = "Count the guests each night";
  actions[3].flags = {RefLedActions::kRefApartFlag, RefLedActions::kBesideUnledFlag};
  std::vector<ActionRow> added = RefLedActions::AddLost(actions, rows);
  REQUIRE(added.size() == 3);
  CHECK(added[1].ref == "K2");
  CHECK(added[1].action == "Train the depot volunteers in first aid");
  CHECK(added[1].lead.empty());
  CHECK(added[1].timeframe.empty());
  CHECK(added[1].progress.empty());
  CHECK(added[2].lead == "Depot Team");
}

TEST_CASE("a row read from the tables takes the owner cells it lacks from the action that bears out its own") {
  std::vector<ActionRow> actions(4), rows(4);
  const char* tasks[] = {"Open the cold-weather shelter at the depot", "Train the depot volunteers in first aid",
                         "Publish the shelter rota each month", "Count the guests each night"};
  for (size_t r = 0; r < rows.size(); ++r) {
    actions[r].ref = rows[r].ref = "K" + std::to_string(r + 1);
    actions[r].action = rows[r].action = tasks[r];
    actions[r].lead = "Depot Team";
    actions[r].timeframe = "Q3 2031/32";
    actions[r].progress = "On track";
  }
  rows[0].lead = "Depot Team";
  // A lead of its own: whose cells the action's are is unsure.
  rows[1].lead = "T Abara";
  // No owner cell to bear the action's out.
  rows[2].action = tasks[2];
  // A reference printed apart from its action: which action it leads is unsure.
  rows[3].lead = "Depot Team";
  actions[3].flags.push_back(RefLedActions::kRefApartFlag);
  std::vector<ActionRow> given = RefLedActions::GiveOwners(actions, rows);
  REQUIRE(given.size() == 4);
  CHECK(given[0].timeframe == "Q3 2031/32");
  CHECK(given[0].progress == "On track");
  CHECK(given[1].lead == "T Abara");
  CHECK(given[1].timeframe.empty());
  CHECK(given[2].lead.empty());
  CHECK(given[2].timeframe.empty());
  CHECK(given[3].timeframe.empty());
}

TEST_CASE("rows of the misread tables whose references no action bears stand among the actions") {
  std::vector<ActionRow> actions(2), rows(4);
  actions[0].ref = "K 2";
  actions[0].action = "Train the depot volunteers in first aid";
  actions[1].ref = "K 4";
  actions[1].action = "Count the guests each night";
  // The first page's table read whole: its rows keep their other cells.
  rows[0].ref = "K 1";
  rows[0].action = "Open the cold-weather shelter at the depot";
  rows[0].lead = "Depot Team";
  rows[1].ref = "K 2";
  rows[1].action = "Train the depot";
  // A foreword's numbered paragraph read as a row, its reference of another form.
  rows[2].ref = "1.1";
  rows[2].action = "The Board met four times this year";
  rows[3].ref = "K 3";
  rows[3].action = "Publish the shelter rota each month";
  std::vector<ActionRow> kept = RefLedActions::AddRowsLeft(actions, rows);
  REQUIRE(kept.size() == 4);
  CHECK(kept[0].ref == "K 1");
  CHECK(kept[0].lead == "Depot Team");
  CHECK(kept[1].ref == "K 2");
  CHECK(kept[1].action == "Train the depot volunteers in first aid");
  CHECK(kept[2].ref == "K 4");
  CHECK(kept[3].ref == "K 3");
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
