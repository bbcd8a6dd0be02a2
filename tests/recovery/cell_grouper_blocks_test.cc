// CellGrouper on one column's block of wrapped lines (column blocks,
// line-per-cell text): where one cell ends and the next starts.
#include "pipeline/recovery/cell_grouper.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

using Cells = std::vector<std::string>;

// The options for the lines of one column's block, wrapped to one width
// when `one_width`.
CellGrouper::Options BlockOptions(bool one_width = true) {
  CellGrouper::Options options;
  options.wrapped_lines = true;
  options.one_width = one_width;
  return options;
}

TEST_CASE("a block of one column is cut into as many cells as asked") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions(false);
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  CHECK(grouper.SplitInto({"Head of Inclusion /", "Harbour Police", "Duty Manager"}, 2) ==
        Cells{"Head of Inclusion / Harbour Police", "Duty Manager"});
  CHECK(grouper.SplitInto({"Duty Manager"}, 2).empty());
}

TEST_CASE("a block of one column is cut into as many cells as it reads as") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions(false);
  CellGrouper dates(cell_fit, {Column::kTimeframe}, options);
  CHECK(dates.Split({"March 2027", "June 2027", "Ongoing"}) == Cells{"March 2027", "June 2027", "Ongoing"});
  CellGrouper leads(cell_fit, {Column::kLead}, options);
  CHECK(leads.Split({"Harbour Police", "Head of Inclusion &", "Schools Forum"}) ==
        Cells{"Harbour Police", "Head of Inclusion & Schools Forum"});
  CHECK(leads.Split({}).empty());
}

TEST_CASE("lines wrapped to one width end a cell where the next word would have fitted the widest") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLeadTimeframe}, options);
  // "Oona Barraclough Piet" fits the widest line, so the first lead ended.
  CHECK(grouper.SplitInto({"Morwenna Pascoe and the Harbour", "Watch - May 2026", "Oona Barraclough",
                           "Piet Lanyon - June 2026"},
                          3) == Cells{"Morwenna Pascoe and the Harbour Watch - May 2026", "Oona Barraclough",
                                      "Piet Lanyon - June 2026"});
}

TEST_CASE("a wrapped line of names that ends on a body's last word ends its cell") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  CHECK(grouper.SplitInto({"Coastal Schools Forum", "Lifeboat Station Coxswain", "Crew"}, 2) ==
        Cells{"Coastal Schools Forum", "Lifeboat Station Coxswain Crew"});
}

TEST_CASE("a wrapped name goes on after an initial and before the word that ends a body's name") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // Every line is full: only what the lines say tells where the names end.
  CHECK(grouper.SplitInto({"Coastal Forum, K", "Treloar", "Breakwater Safety", "Unit"}, 2) ==
        Cells{"Coastal Forum, K Treloar", "Breakwater Safety Unit"});
}

TEST_CASE("a person's name wrapped after its initial ends its cell with the line that ends the name") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // Every line is full; "T" over "Okonjo-Penhale" is one person, whose name ends there.
  CHECK(grouper.SplitInto({"Riverside", "Wardens, T", "Okonjo-Penhale", "Harbour Business", "Partner"}, 2) ==
        Cells{"Riverside Wardens, T Okonjo-Penhale", "Harbour Business Partner"});
}

TEST_CASE("a wrapped line of names goes on past a slash and a name's first word, and before a name's end") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // Every line is full: "Morwenna" is cut short, and "Unit" ends "Coastguard Rescue Unit".
  CHECK(grouper.Split({"Tide Office/Morwenna", "Pascoe-Treloar", "Coastguard Rescue", "Unit/Piet Lanyon"}) ==
        Cells{"Tide Office/Morwenna Pascoe-Treloar", "Coastguard Rescue Unit/Piet Lanyon"});
}

TEST_CASE("a wrapped post goes on where the next line opens with a post's last word") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // Every line is full: "Consultant" and "Team Lead" could end a post, but posts compound.
  CHECK(grouper.Split({"Consultant", "Paediatrician", "Oona Pascoe", "Team Lead", "Nurse"}) ==
        Cells{"Consultant Paediatrician", "Oona Pascoe", "Team Lead Nurse"});
}

TEST_CASE("a wrapped body goes on where the next line is its last word alone") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  options.width = 14;
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // No line had room for the next word: "Partners" ends a body ("Health Partners"), so it ends the name above.
  CHECK(grouper.Split({"Oona Pascoe &", "Health", "Partners", "Piet Lanyon", "Independent", "Scrutineer"}) ==
        Cells{"Oona Pascoe & Health Partners", "Piet Lanyon", "Independent Scrutineer"});
}

TEST_CASE("in one column's block, a bulleted list after a paragraph starts the next cell") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  options.verb_led_actions = true;
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  // Every line is full: only the bullets tell whether "* Mend" goes on the paragraph above or starts the list.
  CHECK(grouper.SplitInto({"Survey the harbour", "walls with the", "wardens", "* Chart the tide", "gauges",
                           "* Paint the buoys", "Patrol the quay at", "night with the", "wardens", "* Mend the nets",
                           "* Sweep the steps"},
                          4) == Cells{"Survey the harbour walls with the wardens",
                                      "* Chart the tide gauges * Paint the buoys",
                                      "Patrol the quay at night with the wardens",
                                      "* Mend the nets * Sweep the steps"});
}

TEST_CASE("in one column's block, a run of bulleted items is cut into lists of two items or more") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  options.verb_led_actions = true;
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  // Every line is full: only that a list holds two items or more tells where the first list ends.
  CHECK(grouper.SplitInto({"* Chart the tide", "gauges", "* Paint the buoys", "* Mend the nets", "* Sweep the",
                           "harbour steps"},
                          2) == Cells{"* Chart the tide gauges * Paint the buoys",
                                      "* Mend the nets * Sweep the harbour steps"});
}

TEST_CASE("in one column's block of actions, a line that opens with a number goes on from the line above") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  options.verb_led_actions = true;
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  // Every line is full: only the number tells that "Chart the berth" goes on.
  CHECK(grouper.Split(
            {"Launch the tide", "tables for all", "crews", "Chart the berth", "12 soundings", "with the wardens"}) ==
        Cells{"Launch the tide tables for all crews", "Chart the berth 12 soundings with the wardens"});
}

TEST_CASE("of cuts into cells that read alike, the one of more cells is taken") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // Every line is full; a whole name before a post's name that a comma joins on reads as well apart as together.
  CHECK(grouper.Split({"T Okonjo", "Superintendent,", "Harbour Watch/K", "Pascoe"}) ==
        Cells{"T Okonjo", "Superintendent, Harbour Watch/K Pascoe"});
}

TEST_CASE("lines wrapped to one width are as wide as the width given, where other blocks show it") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  // By its own lines the first is full and a body's last word goes on from it.
  CHECK(CellGrouper(cell_fit, {Column::kLead}, options).Split({"Ferry Quay", "Partnership"}) ==
        Cells{"Ferry Quay Partnership"});
  // At the column's width, "Partnership" had room on the first line: the first cell ended there.
  options.width = 23;
  CHECK(CellGrouper(cell_fit, {Column::kLead}, options).Split({"Ferry Quay", "Partnership"}) ==
        Cells{"Ferry Quay", "Partnership"});
}

TEST_CASE("lines wrapped to one width never join where the next word had room, and go on past a joining word") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // "Hubs Harbour" and "Wardens K" fit the widest line: the names ended
  // there. "Quay Schools Cluster and" goes on; "Hubs" ends a body's name.
  CHECK(grouper.SplitInto({"Morwenna Pascoe and Quay", "Schools Cluster and Family", "Hubs", "Harbour Watch and Tide",
                           "Wardens", "K Treloar"},
                          3) == Cells{"Morwenna Pascoe and Quay Schools Cluster and Family Hubs",
                                      "Harbour Watch and Tide Wardens", "K Treloar"});
  CHECK(grouper.Split({"Quay Schools Cluster and", "Harbour Watch", "Tide Wardens"}) ==
        Cells{"Quay Schools Cluster and Harbour Watch", "Tide Wardens"});
}

TEST_CASE("a wrapped line of names that ends on a person's name after an initial ends its cell") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // Every line is full: "K Treloar" is whole, and "Tide" does not go on from it.
  CHECK(grouper.SplitInto({"Lock Keepers, K Treloar", "Tide Wardens/Harbour", "Watch"}, 2) ==
        Cells{"Lock Keepers, K Treloar", "Tide Wardens/Harbour Watch"});
}

TEST_CASE("a first name or an initial alone on a full line of names goes on with the surname under it") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kLead}, options);
  // "Morwenna" and "K." are full (the next word had no room), and no lead is a first name alone.
  CHECK(grouper.Split({"Morwenna", "Pascoe-Annery, Quay", "Safety Panel", "Tobias Treloar"}) ==
        Cells{"Morwenna Pascoe-Annery, Quay Safety Panel", "Tobias Treloar"});
  CHECK(grouper.Split({"Harbour Watch", "K.", "Pascoe-Annery/Tide", "Office"}) ==
        Cells{"Harbour Watch", "K. Pascoe-Annery/Tide Office"});
}

TEST_CASE("a full line's sentence end says nothing of a cell end") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  // "harbour." fills its line: the next sentence may be the same cell's.
  CHECK(grouper.SplitInto({"Open the quay clinic on", "Saturdays at the harbour.", "Wardens will staff it in",
                           "turn each week", "Print the tide-pool card", "and post it to schools"},
                          2) ==
            Cells{"Open the quay clinic on Saturdays at the harbour. Wardens will staff it in turn each week",
                  "Print the tide-pool card and post it to schools"});
}

TEST_CASE("a bulleted list ends where a paragraph starts in capitals") {
  CellFit cell_fit(TestRules());
  CellGrouper::Options options = BlockOptions();
  CellGrouper grouper(cell_fit, {Column::kAction}, options);
  CHECK(grouper.SplitInto({"\u2022 Walk the estate", "\u2022 Staff the quay", "Print the tide-pool",
                           "card for families", "\u2022 Audit the rota", "\u2022 Publish the rota"},
                          3) == Cells{"\u2022 Walk the estate \u2022 Staff the quay",
                                      "Print the tide-pool card for families",
                                      "\u2022 Audit the rota \u2022 Publish the rota"});
}

}  // namespace
}  // namespace planrows
