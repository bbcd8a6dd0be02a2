// CellKind: what cells look like, and how well they fit columns.
#include "pipeline/recovery/cell_kind.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("cells are told apart by what they say") {
  CellKind kinds(TestRules());
  CHECK(kinds.Of("") == CellKind::kEmpty);
  CHECK(kinds.Of(" - ") == CellKind::kEmpty);
  CHECK(kinds.Of("3.2") == CellKind::kRef);
  CHECK(kinds.Of("FH4") == CellKind::kRef);
  CHECK(kinds.Of("September 2026") == CellKind::kDate);
  CHECK(kinds.Of("By the end of Q3") == CellKind::kDate);
  CHECK(kinds.Of("Aug-27") == CellKind::kDate);
  CHECK(kinds.Of("Q3") == CellKind::kDate);
  CHECK(kinds.Of("Amber") == CellKind::kStatus);
  CHECK(kinds.Of("On track") == CellKind::kStatus);
  CHECK(kinds.Of("Head of Inclusion / Harbour Police") == CellKind::kLead);
  CHECK(kinds.Of("T Okonjo") == CellKind::kLead);
  CHECK(kinds.Of("Map the routes by which young carers reach the duty team and close the gaps.") ==
        CellKind::kProse);
}

TEST_CASE("a cell fits the column it reads like better than the others") {
  CellKind kinds(TestRules());
  CHECK(kinds.Fit(Column::kTimeframe, "September 2026") > kinds.Fit(Column::kLead, "September 2026"));
  CHECK(kinds.Fit(Column::kLead, "T Okonjo") > kinds.Fit(Column::kTimeframe, "T Okonjo"));
  CHECK(kinds.Fit(Column::kProgress, "Amber") > kinds.Fit(Column::kAction, "Amber"));
  CHECK(kinds.Fit(Column::kRef, "3.2") > 0);
  CHECK(kinds.Fit(Column::kAction, "3.2") < 0);
  CHECK(kinds.Fit(Column::kLeadTimeframe, "T Okonjo May 2026") > kinds.Fit(Column::kLead, "T Okonjo May 2026"));
  // An empty action costs; other empty cells are neutral.
  CHECK(kinds.Fit(Column::kAction, "") < 0);
  CHECK(kinds.Fit(Column::kProgress, "") == 0);
  // A column no rule names takes what it is given, a little below its best fit.
  CHECK(kinds.FitUnknown("Amber") < kinds.Fit(Column::kProgress, "Amber"));
  CHECK(kinds.FitUnknown("Amber") > kinds.Fit(Column::kAction, "Amber"));
}

}  // namespace
}  // namespace planrows
