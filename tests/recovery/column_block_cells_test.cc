// Tables printed column by column: where a block's lines are cut into
// cells, and which lines that hold a heading's words are a cell's.
#include "pipeline/recovery/column_block_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("an action cell opens at a line that opens with an action's verb, not at a capital mid-sentence") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n4.1\n4.2\n4.3\nAction\nAudit the old\nharbour railings.\nThe Harbour\nOffice will fund\nthe new paint\n"
      "Review the quay\nlights\nTrain the duty\ndesk\nLead\nQuay Office\nDock Nurse\nT Okonjo\nBy\nwhen\nMay 2026\n"
      "June 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  // "Office" and "Review" each open a line after one that was full; only "Review" opens an action.
  CHECK(plan.rows[0].action == "Audit the old harbour railings. The Harbour Office will fund the new paint");
  CHECK(plan.rows[1].action == "Review the quay lights");
}

}  // namespace
}  // namespace planrows
