// CellFit: what cells look like, and how well they fit columns.
#include "pipeline/recovery/cell_fit.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("cells are told apart by what they say") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.Of("") == CellKind::kEmpty);
  CHECK(cell_fit.Of(" - ") == CellKind::kEmpty);
  CHECK(cell_fit.Of("3.2") == CellKind::kRef);
  CHECK(cell_fit.Of("FH4") == CellKind::kRef);
  CHECK(cell_fit.Of("September 2026") == CellKind::kDate);
  CHECK(cell_fit.Of("By the end of Q3") == CellKind::kDate);
  CHECK(cell_fit.Of("Aug-27") == CellKind::kDate);
  CHECK(cell_fit.Of("Q3") == CellKind::kDate);
  CHECK(cell_fit.Of("Amber") == CellKind::kStatus);
  CHECK(cell_fit.Of("On track") == CellKind::kStatus);
  CHECK(cell_fit.Of("Head of Inclusion / Harbour Police") == CellKind::kLead);
  CHECK(cell_fit.Of("T Okonjo") == CellKind::kLead);
  CHECK(cell_fit.Of("inspection Ongoing") == CellKind::kProse);  // Names start with a capital.
  CHECK(cell_fit.Of("Map the routes by which young carers reach the duty team and close the gaps.") ==
        CellKind::kProse);
}

TEST_CASE("a status right after a date is a cell of its own unless in lower case without a figure") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.IsStatusAfterDate("February 2020", "Ongoing"));
  CHECK(cell_fit.IsStatusAfterDate("Sep-17", "50%"));
  CHECK(cell_fit.IsStatusAfterDate("May 2019", "approx. 40%"));
  CHECK_FALSE(cell_fit.IsStatusAfterDate("May 2014", "ongoing"));
  CHECK_FALSE(cell_fit.IsStatusAfterDate("Review the audit tool", "Ongoing"));
  CHECK_FALSE(cell_fit.IsStatusAfterDate("May 2019", "Quarterly dataset"));
}

TEST_CASE("a wrapped line of names ends on an initial, after a space or a separator") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.EndsOnInitial("Harbour Police, J"));
  CHECK(cell_fit.EndsOnInitial("T Okonjo/P"));
  CHECK_FALSE(cell_fit.EndsOnInitial("T Okonjo/Harbour Police"));
  CHECK_FALSE(cell_fit.EndsOnInitial("J"));
}

TEST_CASE("a line of names ends on a whole person's name where an initial stands before a surname") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.EndsOnInitialledName("Harbour Police, J Treloar"));
  CHECK(cell_fit.EndsOnInitialledName("Quay Manager/K Pascoe"));
  CHECK_FALSE(cell_fit.EndsOnInitialledName("Harbour Police, J"));
  CHECK_FALSE(cell_fit.EndsOnInitialledName("K Harbour Forum"));
  CHECK_FALSE(cell_fit.EndsOnInitialledName("Pascoe"));
}

TEST_CASE("a line of names ends on a first name and surname where two name words end it") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.EndsOnFirstAndSurname("Schools & Morwenna Pascoe"));
  CHECK(cell_fit.EndsOnFirstAndSurname("Tide Office/Piet Lanyon"));
  CHECK_FALSE(cell_fit.EndsOnFirstAndSurname("Harbour Options Manager"));
  CHECK_FALSE(cell_fit.EndsOnFirstAndSurname("Quay Family Hubs"));
  CHECK_FALSE(cell_fit.EndsOnFirstAndSurname("Harbour Police, J Treloar"));
}

TEST_CASE("a name's last word ends it before a list separator too") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.EndsName("Harbour Safety Panel;"));
  CHECK(cell_fit.StartsWithNameEnd("Service; T Okonjo"));
  CHECK_FALSE(cell_fit.StartsWithNameEnd("Policing; T Okonjo"));
}

TEST_CASE("a name's last word ends it before a slash that parts it from the next name") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.StartsWithNameEnd("Panel/Morwenna Pascoe"));
  CHECK(cell_fit.StartsWithNameEnd("Service/Ferry Wardens Unit"));
  CHECK_FALSE(cell_fit.StartsWithNameEnd("Harbour/Ferry Wardens"));
  CHECK_FALSE(cell_fit.StartsWithNameEnd("/Panel"));
}

TEST_CASE("a line of names that ends on a separator and a word that ends no name is cut short") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.EndsOnPartedWord("Harbour Police/Morwenna"));
  CHECK_FALSE(cell_fit.EndsOnPartedWord("Harbour Police/Safety Panel"));
  CHECK_FALSE(cell_fit.EndsOnPartedWord("Morwenna Pascoe/Panel"));
  CHECK_FALSE(cell_fit.EndsOnPartedWord("Quay Manager/K"));
  CHECK_FALSE(cell_fit.EndsOnPartedWord("Morwenna Pascoe"));
  CHECK(cell_fit.EndsOnPartedWord("Harbour Police; Morwenna"));
  CHECK(cell_fit.EndsOnPartedWord("Harbour Police and Morwenna"));
  CHECK(cell_fit.EndsOnPartedWord("Quay Manager, Morwenna"));
  CHECK_FALSE(cell_fit.EndsOnPartedWord("Harbour Police; Safety Panel"));
  CHECK_FALSE(cell_fit.EndsOnPartedWord("Harbour Police and K"));
}

TEST_CASE("a line of one first name or one initial with its dot over a surname is a name cut short") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.IsFirstNameOver("Morwenna", "Pascoe, Harbour"));
  CHECK(cell_fit.IsFirstNameOver("K.", "Pascoe/Tide Office"));
  CHECK_FALSE(cell_fit.IsFirstNameOver("A", "Pascoe"));  // A status letter as well as an initial.
  CHECK_FALSE(cell_fit.IsFirstNameOver("Police", "Pascoe"));
  CHECK_FALSE(cell_fit.IsFirstNameOver("Coordinator", "Pascoe"));
  CHECK_FALSE(cell_fit.IsFirstNameOver("Morwenna Pascoe", "Treloar"));
  CHECK_FALSE(cell_fit.IsFirstNameOver("Justice", "Public Health"));  // No surname under it.
  // Under a line that ends on a name cut short, the word is the rest of that name.
  CHECK(cell_fit.EndsCutShort("Harbour Police, K"));
  CHECK(cell_fit.EndsCutShort("Head of Youth"));
  CHECK(cell_fit.EndsCutShort("Quay Manager and"));
  CHECK_FALSE(cell_fit.EndsCutShort("Harbour Police"));
}

TEST_CASE("a line that ends on a month over a line that starts with its year cuts a date") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.CutsDateBeforeYear("Harbour Board - Jul", "2027 and then annually"));
  CHECK_FALSE(cell_fit.CutsDateBeforeYear("Harbour Board - Jul 2027", "2028 review"));
  CHECK_FALSE(cell_fit.CutsDateBeforeYear("Harbour Board", "2027 review"));
  CHECK_FALSE(cell_fit.CutsDateBeforeYear("Tide Office - Ongoing", "31/07/2027"));
  CHECK(cell_fit.CutsDateBeforeYear("Tide Office - Q4", "2027/28"));
}

TEST_CASE("a bare number of a few digits is told from other numbers") {
  CHECK(CellFit::IsBareNumber("7"));
  CHECK(CellFit::IsBareNumber("12."));
  CHECK_FALSE(CellFit::IsBareNumber("2030"));
  CHECK_FALSE(CellFit::IsBareNumber("3.2"));
  CHECK_FALSE(CellFit::IsBareNumber("."));
  CHECK_FALSE(CellFit::IsBareNumber(""));
}

TEST_CASE("a cell fits the column it reads like better than the others") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.Fit(Column::kTimeframe, "September 2026") > cell_fit.Fit(Column::kLead, "September 2026"));
  CHECK(cell_fit.Fit(Column::kLead, "T Okonjo") > cell_fit.Fit(Column::kTimeframe, "T Okonjo"));
  CHECK(cell_fit.Fit(Column::kProgress, "Amber") > cell_fit.Fit(Column::kAction, "Amber"));
  CHECK(cell_fit.Fit(Column::kRef, "3.2") > 0);
  CHECK(cell_fit.Fit(Column::kAction, "3.2") < 0);
  CHECK(cell_fit.Fit(Column::kLeadTimeframe, "T Okonjo May 2026") > cell_fit.Fit(Column::kLead, "T Okonjo May 2026"));
  // An empty action costs; other empty cells are neutral.
  CHECK(cell_fit.Fit(Column::kAction, "") < 0);
  CHECK(cell_fit.Fit(Column::kProgress, "") == 0);
  // A column no rule names takes what it is given, a little below its best fit.
  CHECK(cell_fit.FitUnknown("Amber") < cell_fit.Fit(Column::kProgress, "Amber"));
  CHECK(cell_fit.FitUnknown("Amber") > cell_fit.Fit(Column::kAction, "Amber"));
  // A name holds no year: a lead-like text that does ran into a date.
  CHECK(cell_fit.Fit(Column::kLead, "Draft by May 2027 T Okonjo") < 0);
  CHECK(cell_fit.Fit(Column::kLead, "T Okonjo") > 0);
}

TEST_CASE("prose that opens with an action's verb before a word in lower case reads as an action's") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.Read("Refresh the towpath lights by the locks").starts_action);
  CHECK_FALSE(cell_fit.Read("Children cross the river paths safely").starts_action);
  // A verb before a name is a name's first word ("Review Panel").
  CHECK_FALSE(cell_fit.Read("Review Panel findings are acted on").starts_action);
}

TEST_CASE("a lead before a date holds no year of its own") {
  CellFit cell_fit(TestRules());
  // Milestones ran into the who-and-when cell; their dates are no lead's.
  CHECK(cell_fit.Fit(Column::kLeadTimeframe, "Draft by May 2027 Sign-off by July 2027") <
        cell_fit.Fit(Column::kLeadTimeframe, "Quay Warden by July 2027"));
  CHECK(cell_fit.Fit(Column::kLeadTimeframe, "Draft by May 2027 Sign-off by July 2027 Quay Warden and Tide Office") <
        cell_fit.Fit(Column::kLeadTimeframe, "Quay Warden and Tide Office"));
  // A list of leads before a date may be longer than one lead.
  const std::string leads = "Tide Office and Quay Wardens and Harbour Police and Ferry Crew";
  CHECK(cell_fit.Fit(Column::kLeadTimeframe, leads + " By end of Q3") > cell_fit.Fit(Column::kLeadTimeframe, leads));
}

TEST_CASE("a list of names too long to read as a lead reads as one before its date") {
  CellFit cell_fit(TestRules());
  const std::string leads = "M Quayle & Tide Office & Head of Service, Harbour Police & Ferry Crew";
  CellFit::Reading dated = cell_fit.Read(leads + " - By end of Q3");
  CHECK(dated.kind == CellKind::kLead);
  CHECK(dated.ends_with_date);
  CHECK(cell_fit.Fit(Column::kLeadTimeframe, leads + " - By end of Q3") >
        cell_fit.Fit(Column::kLeadTimeframe, leads + " - By end of Q3 Quay Wardens"));
  // Prose before a date stays prose.
  const std::string prose = "Map the routes by which young carers reach the duty team and close the gaps";
  CHECK(cell_fit.Read(prose + " by end of Q3").kind == CellKind::kProse);
}

TEST_CASE("dated steps and nothing else fit a column no rule names better than an action's") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.IsDatedSteps("Draft by May 2027 Sign-off by July 2027"));
  CHECK(cell_fit.IsDatedSteps("Consult the wardens by Q1 2027/28 Publish by Q3 2027/28"));
  CHECK_FALSE(cell_fit.IsDatedSteps("Draft by May 2027"));  // One alone is a date.
  CHECK_FALSE(cell_fit.IsDatedSteps("Draft by May 2027 Sign-off by July 2027 Quay Warden"));
  // A lead and its date after the steps are the next cells'.
  CHECK_FALSE(cell_fit.IsDatedSteps("Draft by May 2027 Sign-off by July 2027 T Okonjo March 2028"));
  CHECK_FALSE(cell_fit.IsDatedSteps("Open a drop-in for young carers at the library in Kelmarsh by May 2027 "
                                    "Sign-off by July 2027"));
  const std::string steps = "Draft by May 2027 Sign-off by July 2027";
  CHECK(cell_fit.FitUnknown(steps) > cell_fit.Fit(Column::kAction, steps));
  CHECK(cell_fit.FitUnknown(steps) > cell_fit.Fit(Column::kLeadTimeframe, steps));
}

TEST_CASE("a name holds no share: a lead-like text with one ran into a measure") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.Fit(Column::kLeadTimeframe, "Survey: 60% Tide Office - Oct-27") <
        cell_fit.Fit(Column::kLeadTimeframe, "Tide Office - Oct-27"));
}

}  // namespace
}  // namespace planrows
