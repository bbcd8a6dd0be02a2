// CellGrouper: pieces of text put back into cells and rows.
#include "pipeline/recovery/cell_grouper.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

using Cells = std::vector<std::string>;

TEST_CASE("pieces fill the columns they read like, a reference starting each row") {
  CellFit cell_fit(TestRules());
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kAction, Column::kLead, Column::kTimeframe}, {});
  std::vector<GroupedRow> rows =
      grouper.Group({"2.1", "Map the routes carers take", "T Okonjo", "March 2027", "2.2", "Audit the rota",
                     "June 2027"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells == Cells{"2.1", "Map the routes carers take", "T Okonjo", "March 2027"});
  CHECK(rows[0].first_piece == 0);
  CHECK(rows[1].cells == Cells{"2.2", "Audit the rota", "", "June 2027"});  // The lead is empty, not the date.
  CHECK(rows[1].first_piece == 4);
}

TEST_CASE("a piece marked as starting a cell joins no cell before it, whatever says the line above goes on") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kAction, Column::kLead, Column::kTimeframe}, options);
  std::vector<std::string> pieces = {"HQ1", "Promote quay safety talks in schools and", "Harbour Users Forum and HSB",
                                     "Business Unit", "Q4 2027/28"};
  std::vector<GroupedRow> unmarked = grouper.Group(pieces);
  REQUIRE(unmarked.size() == 1);
  CHECK(unmarked[0].cells[1] == "Promote quay safety talks in schools and Harbour Users Forum and HSB");
  std::vector<GroupedRow> rows = grouper.Group(pieces, {false, false, true, false, false});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[1] == "Promote quay safety talks in schools and");
  CHECK(rows[0].cells[2] == "Harbour Users Forum and HSB Business Unit");
}

TEST_CASE("a cell of who and when keeps its date on a line of its own under a short last line of names") {
  // "Okafor" over "Jun-26" leaves room a line would have used, which elsewhere tells a cell ended.
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  options.numbered_rows = true;
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kAction, Column::kLeadTimeframe, Column::kProgress}, options);
  std::vector<GroupedRow> rows =
      grouper.Group({"4", "Review the foster carer handbook with the", "fostering panel and carers' forum",
                     "Fostering Service/K", "Okafor", "Jun-26", "Handbook drafted", "5",
                     "Publish the allegations guidance so that", "it reaches every school", "Designated Officer/M",
                     "Rahman", "Sep-26"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells == Cells{"4", "Review the foster carer handbook with the fostering panel and carers' forum",
                               "Fostering Service/K Okafor Jun-26", "Handbook drafted"});
  CHECK(rows[1].cells[2] == "Designated Officer/M Rahman Sep-26");
}

TEST_CASE("an action cell of several items, one a line, keeps its items past an empty outcome") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kAction, Column::kOutcome}, options);
  std::vector<GroupedRow> rows = grouper.Group(
      {"2.1", "Refresh the towpath lights", "Review the lock gates", "2.2", "Audit the rota", "Boats moor safely"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells == Cells{"2.1", "Refresh the towpath lights Review the lock gates", ""});
  CHECK(rows[1].cells == Cells{"2.2", "Audit the rota", "Boats moor safely"});
}

TEST_CASE("a line that opens with an action's verb goes on with the action cell above as its next item") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kAction, Column::kLead}, options);
  std::vector<GroupedRow> rows =
      grouper.Group({"2.1", "Refresh the towpath lights", "Review the lock gates", "T Okonjo"});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells == Cells{"2.1", "Refresh the towpath lights Review the lock gates", "T Okonjo"});
}

TEST_CASE("a list of dated steps wrapped over lines is one milestones cell, never a lead nor a row's start") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kAction, Column::kExtra, Column::kLead, Column::kTimeframe}, options);
  std::vector<GroupedRow> rows =
      grouper.Group({"Map the towpath moorings", "Draft by", "October", "2026", "Sign-off by", "May 2027",
                     "Lock Keepers Group", "Q3 2026/27", "Audit the rota", "Draft by", "June 2027", "Sign-off by",
                     "August", "2027", "Ongoing"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells == Cells{"Map the towpath moorings", "Draft by October 2026 Sign-off by May 2027",
                               "Lock Keepers Group", "Q3 2026/27"});
  CHECK(rows[1].cells == Cells{"Audit the rota", "Draft by June 2027 Sign-off by August 2027", "", "Ongoing"});
}

TEST_CASE("a heading whose words alone tell dates, beside one that names dates, heads a prose column") {
  const HeaderRules& rules = TestRules().headers;
  std::vector<std::string> headings = {"Actions", "Sponsor", "Target completion", "Target", "Current position"};
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(headings, rules);
  CellGrouper::AimBesideNamedDates(headings, rules, &columns);
  CHECK(columns[2] == Column::kTimeframe);
  CHECK(columns[3] == Column::kExtra);
  // A plain "Target" is the dates where no other heading names them.
  std::vector<std::string> alone = {"Actions", "Sponsor", "Target", "Current position"};
  columns = CellGrouper::ColumnsOf(alone, rules);
  CellGrouper::AimBesideNamedDates(alone, rules, &columns);
  CHECK(columns[2] == Column::kTimeframe);
  // Read as prose, the aims stay out of the progress column.
  CellFit cell_fit(TestRules());
  CellGrouper grouper(cell_fit, {Column::kAction, Column::kLead, Column::kTimeframe, Column::kExtra,
                                 Column::kProgress}, {});
  std::vector<GroupedRow> rows = grouper.Group({"Map the routes carers take", "T Okonjo", "March 2027",
                                                "Waiting times fall below six weeks", "Audit the rota", "R Vance",
                                                "June 2027", "Half of carers are known to school", "Amber"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells == Cells{"Map the routes carers take", "T Okonjo", "March 2027",
                               "Waiting times fall below six weeks", ""});
  CHECK(rows[1].cells[3] == "Half of carers are known to school");
  CHECK(rows[1].cells[4] == "Amber");
}

TEST_CASE("wrapped lines join where a line goes on in lower case or ended with room to spare") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kRef, Column::kOutcome, Column::kAction}, options);
  std::vector<GroupedRow> rows =
      grouper.Group({"7.1", "Carers under twelve", "are known to school", "Map the routes by which",
                     "carers reach the team"});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells ==
        Cells{"7.1", "Carers under twelve are known to school", "Map the routes by which carers reach the team"});
}

TEST_CASE("a status wrapped over two lines is one status, not two") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kProgress}, options);
  CHECK(grouper.Split({"85%", "complete"}) == Cells{"85% complete"});
}

TEST_CASE("the bulleted items of a cell stay one cell") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  std::vector<GroupedRow> rows = grouper.Group({"Stand up a weekend duty", "rota for the wards",
                                                "\u2022 Audit the rota",
                                                "\u2022 Publish the findings to", "all partners"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[0] == "Stand up a weekend duty rota for the wards");
  CHECK(rows[1].first_piece == 2);
}

TEST_CASE("in a table without a reference column a reference at an action cell's start starts its row") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {std::nullopt, Column::kOutcome, Column::kAction, Column::kLead, Column::kProgress},
                      options);
  // An outcome before each action, and a row without progress: the outcome
  // would read as the start of the action cell but for the reference.
  std::vector<GroupedRow> rows = grouper.Group({"Young carers", "Carers get support",
                                                "\u2022 yc1. Map the routes carers take", "Tamsin Okonjo",
                                                "Carers get support", "yc2 \u2013 Audit the rota. Partners will agree",
                                                "the approach at the workshop", "Ward Manager", "Amber"});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells ==
        Cells{"Young carers", "Carers get support", "\u2022 yc1. Map the routes carers take", "Tamsin Okonjo", ""});
  CHECK(rows[1].first_piece == 4);
  CHECK(rows[1].cells == Cells{"", "Carers get support",
                               "yc2 \u2013 Audit the rota. Partners will agree the approach at the workshop",
                               "Ward Manager", "Amber"});
}

// The cells of one row whose words `text` ran on, grouped into `columns`.
std::vector<GroupedRow> GroupRunOn(const std::vector<std::optional<Column>>& columns, const std::string& text) {
  static const CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.one_row = true;
  options.running_words = true;
  options.max_cell_pieces = 80;
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return CellGrouper(cell_fit, columns, options).Group(words);
}

TEST_CASE("the words of a run-on row are cut where cells start with capitals, a dash kept inside its cell") {
  std::vector<GroupedRow> rows =
      GroupRunOn({Column::kOutcome, Column::kAction, Column::kExtra, Column::kLeadTimeframe},
                 "Young carers are known to their school Open a drop-in at the library for young carers "
                 "Take-up reported to the Board each month Carers Lead \u2013 March 2027");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[0] == "Young carers are known to their school");
  CHECK(rows[0].cells[1] == "Open a drop-in at the library for young carers");
  CHECK(rows[0].cells[2] == "Take-up reported to the Board each month");
  CHECK(rows[0].cells[3].find("Carers Lead") == 0);
  CHECK(rows[0].cells[3].find("March 2027") != std::string::npos);
}

TEST_CASE("a run-on status that opens on a qualifier keeps it") {
  // "approx." may end no cell; it opens the progress cell after the measure.
  std::vector<GroupedRow> rows =
      GroupRunOn({Column::kAction, Column::kLeadTimeframe, Column::kExtra, Column::kProgress},
                 "Map the routes young carers take to school Carers Lead \u2013 March 2027 "
                 "Take-up reported to the Board each month approx. 40%");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[2] == "Take-up reported to the Board each month");
  CHECK(rows[0].cells[3] == "approx. 40%");
}

TEST_CASE("a run-on date ends before a capitalised word that starts the next cell's sentence") {
  // "Q2 Termly" reads as a date, but "Termly" opens the measure after it.
  std::vector<GroupedRow> rows = GroupRunOn({Column::kAction, Column::kLead, Column::kTimeframe, std::nullopt},
                                            "Train school staff on the care profile By end of Q2 Termly dataset "
                                            "shows an upward trend");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[2] == "By end of Q2");
  CHECK(rows[0].cells[3] == "Termly dataset shows an upward trend");
}

TEST_CASE("a run-on action of two sentences starts at the capital after its outcome, not at its second sentence") {
  std::vector<GroupedRow> rows =
      GroupRunOn({Column::kOutcome, Column::kAction, Column::kLeadTimeframe},
                 "Carers on the quay are seen every week Open a drop-in at the ferry library. The tide team "
                 "will staff it each week Quay Warden \u2013 May 2027");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[0] == "Carers on the quay are seen every week");
  CHECK(rows[0].cells[1] == "Open a drop-in at the ferry library. The tide team will staff it each week");
}

TEST_CASE("a run-on list of dated milestones is no part of the list of actions before it") {
  std::vector<GroupedRow> rows =
      GroupRunOn({Column::kAction, Column::kExtra, Column::kLeadTimeframe},
                 "\u2022 Map the ferry routes \u2022 Staff the tide-pool hut \u2022 Draft by May 2027 "
                 "\u2022 Sign-off by July 2027 Quay Warden - By end of Q3");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[0].find("Staff the tide-pool hut") != std::string::npos);
  CHECK(rows[0].cells[0].find("Draft") == std::string::npos);
  CHECK(rows[0].cells[1].find("Draft by May 2027") != std::string::npos);
  CHECK(rows[0].cells[1].find("Sign-off by July 2027") != std::string::npos);
  CHECK(rows[0].cells[2].find("Quay Warden") == 0);
}

TEST_CASE("a run-on lead of initials and several names is not cut short before its dash and date") {
  std::vector<GroupedRow> rows = GroupRunOn(
      {Column::kAction, Column::kExtra, Column::kLeadTimeframe},
      "Staff the tide-pool hut \u2022 Draft by May 2027 \u2022 Sign-off by July 2027 "
      "T. Okonjo and Tide Office - By end of Q1");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[2].find("T. Okonjo and Tide Office") == 0);
  rows = GroupRunOn({Column::kAction, Column::kExtra, Column::kLeadTimeframe},
                    "Staff the tide-pool hut \u2022 Draft by May 2027 \u2022 Sign-off by July 2027 "
                    "Harbour Partnership and Superintendent, Quays - By end of Q1");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[2].find("Harbour Partnership") == 0);
}

TEST_CASE("a run-on status word that goes on in lower case opens a note of progress") {
  // "Delayed" alone is a status, but "until" goes on from it.
  std::vector<GroupedRow> rows =
      GroupRunOn({Column::kProgress, Column::kExtra, Column::kAction, Column::kLead},
                 "Delayed until the harbour survey is back Survey report seen by the Board "
                 "Commission a lifejacket loan scheme for the marina Quay Warden");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[0] == "Delayed until the harbour survey is back");
  CHECK(rows[0].cells[1] == "Survey report seen by the Board");
  CHECK(rows[0].cells[2] == "Commission a lifejacket loan scheme for the marina");
}

TEST_CASE("a run-on measure that holds a share is no name and starts a cell of its own") {
  std::vector<GroupedRow> rows = GroupRunOn({Column::kProgress, Column::kExtra},
                                            "Pilot running on two quays Lifejacket use above 80%");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].cells[0] == "Pilot running on two quays");
  CHECK(rows[0].cells[1] == "Lifejacket use above 80%");
}

TEST_CASE("a piece marked as going on its row starts no row, though it reads as the next row's first cell") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options;
  options.wrapped_lines = true;
  CellGrouper grouper(cell_fit, {Column::kOutcome, Column::kAction, Column::kLead, Column::kTimeframe,
                                 Column::kProgress}, options);
  std::vector<std::string> pieces = {"Carers feel heard", "Launch a carers panel", "Adult Services", "By end of Q1",
                                     "4 sessions delivered;", "evaluation due", "Refresh the carers survey",
                                     "F Hargreaves", "By end of Q3"};
  std::vector<GroupedRow> unmarked = grouper.Group(pieces);
  REQUIRE(unmarked.size() == 2);
  CHECK(unmarked[1].cells[0] == "4 sessions delivered; evaluation due");
  std::vector<bool> goes_on(pieces.size(), false);
  goes_on[4] = true;  // Run onto the date's line.
  std::vector<GroupedRow> rows = grouper.Group(pieces, {}, goes_on);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[4] == "4 sessions delivered; evaluation due");
  CHECK(rows[1].cells[0].empty());
  CHECK(rows[1].cells[1] == "Refresh the carers survey");
}

}  // namespace
}  // namespace planrows
