// CellFit: what cells look like, and how well they fit columns.
#include "pipeline/recovery/cell_fit.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("cells are told apart by what they say") {
  CellFit cell_fit(TestRules());
  CHECK(cell_fit.Of("") == CellFit::kEmpty);
  CHECK(cell_fit.Of(" - ") == CellFit::kEmpty);
  CHECK(cell_fit.Of("3.2") == CellFit::kRef);
  CHECK(cell_fit.Of("FH4") == CellFit::kRef);
  CHECK(cell_fit.Of("September 2026") == CellFit::kDate);
  CHECK(cell_fit.Of("By the end of Q3") == CellFit::kDate);
  CHECK(cell_fit.Of("Aug-27") == CellFit::kDate);
  CHECK(cell_fit.Of("Q3") == CellFit::kDate);
  CHECK(cell_fit.Of("Amber") == CellFit::kStatus);
  CHECK(cell_fit.Of("On track") == CellFit::kStatus);
  CHECK(cell_fit.Of("Head of Inclusion / Harbour Police") == CellFit::kLead);
  CHECK(cell_fit.Of("T Okonjo") == CellFit::kLead);
  CHECK(cell_fit.Of("Map the routes by which young carers reach the duty team and close the gaps.") ==
        CellFit::kProse);
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
}

}  // namespace
}  // namespace planrows
