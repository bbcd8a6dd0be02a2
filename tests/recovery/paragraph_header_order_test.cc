// Tables as pdftotext writes a ruled table in its default mode, a header of a
// name a paragraph whose names come in another order than the columns': the
// headings wrapped over more lines are written first, and each row's cells
// follow the columns' order (LinePerCellReader); a heading may name another
// column than the cells under it say (ColumnRoles).
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a header's tall last heading that pdftotext wrote first heads the rows' last cells") {
  // "Progress\nto date" is the last column's heading, wrapped over two lines
  // and so written before the others; each row's cells come in the
  // columns' order, its status last.
  RecoveredPlan plan = RecoverPlanText(
      "Saltmarsh Cove Plan 2033\n\nProgress\nto date\n\nRef\n\nWhat we will do\n\nOwner\n\nDeadline\n\n"
      "SC1\n\nOpen a lifeguard hut on the\nnorth beach\n\nBeach Patrol\n\n30/06/2033\n\n40% complete\n\n"
      "SC2\n\nTrain the dune wardens\n\nT. Penhallow\n\n31/08/2033\n\nOn track\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "SC1");
  CHECK(plan.rows[0].action == "Open a lifeguard hut on the north beach");
  CHECK(plan.rows[0].lead == "Beach Patrol");
  CHECK(plan.rows[0].timeframe == "30/06/2033");
  CHECK(plan.rows[0].progress == "40% complete");
  CHECK(plan.rows[1].lead == "T. Penhallow");
  CHECK(plan.rows[1].timeframe == "31/08/2033");
  CHECK(plan.rows[1].progress == "On track");
}

TEST_CASE("a header's tall headings right of the actions that pdftotext wrote first head the rows' last cells") {
  // "Responsible\nofficer" and "Target date\n/ milestone" wrap deeper than
  // "Ref." and the others, so they are written before them; each row's
  // cells still start at its reference.
  RecoveredPlan plan = RecoverPlanText(
      "Saltmarsh Cove Plan 2033\n\nResponsible\nofficer and\npartners\n\nTarget date\n/ milestone\n\n"
      "Progress /\nRAG\n\nRef.\n\nOutcome sought\n\nActivity / intervention\n\n"
      "SC1\n\nBathers are kept\nsafe\n\nOpen a lifeguard hut on the\nnorth beach\n\nBeach Patrol\n\n"
      "30/06/2033\n\nOn track\n\n"
      "SC2\n\nDunes are kept\nwhole\n\nTrain the dune wardens\n\nT. Penhallow\n\n31/08/2033\n\nDelayed\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "SC1");
  CHECK(plan.rows[0].outcome == "Bathers are kept safe");
  CHECK(plan.rows[0].action == "Open a lifeguard hut on the north beach");
  CHECK(plan.rows[0].lead == "Beach Patrol");
  CHECK(plan.rows[0].timeframe == "30/06/2033");
  CHECK(plan.rows[0].progress == "On track");
  CHECK(plan.rows[1].ref == "SC2");
  CHECK(plan.rows[1].lead == "T. Penhallow");
  CHECK(plan.rows[1].timeframe == "31/08/2033");
  CHECK(plan.rows[1].progress == "Delayed");
}

TEST_CASE("a measure's heading that pdftotext wrote before the actions' heads the cells after the actions") {
  // "Performance\nindicator" wraps deeper than "Steps we will take" and is
  // written first, yet each row's action comes before its measure: the
  // cells that open as actions do are the actions.
  RecoveredPlan plan = RecoverPlanText(
      "Saltmarsh Cove Plan 2033\n\nRef\n\nOutcome\n\nPerformance\nindicator\n\nSteps we will take\n\n"
      "Who / when\n\n"
      "SC1\n\nBathers are kept\nsafe\n\nDeliver a lifeguard hut on the\nnorth beach\n\n"
      "No one is lost at\nsea this summer\n\nBeach Patrol\nJune 2033\n\n"
      "SC2\n\nDunes are kept\nwhole\n\nReview the dune wardens' training\n\n"
      "Half the dunes are\nfenced by autumn\n\nT. Penhallow\nAugust 2033\n\n"
      "SC3\n\nVisitors know the\ntides\n\nPublish the tide tables at each\ncar park\n\n"
      "Fewer callouts than\nlast year\n\nHarbour Office\nMay 2033\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SC1");
  CHECK(plan.rows[0].action == "Deliver a lifeguard hut on the north beach");
  CHECK(plan.rows[0].lead == "Beach Patrol");
  CHECK(plan.rows[0].timeframe == "June 2033");
  CHECK(plan.rows[1].action == "Review the dune wardens' training");
  CHECK(plan.rows[2].action == "Publish the tide tables at each car park");
}

}  // namespace
}  // namespace planrows
