// Tables run into one paragraph.
#include "pipeline/recovery/run_on_table_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a table run into a paragraph gives a row per reference, page numbers and repeats left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership Plan 2026 Theme 1 - Safer harbours Ref Action Lead\n"
      "By when Progress 1.1 Audit the weekend duty rota with the wards. T Okonjo May 2026 Amber 1.2\n"
      "Publish a leaflet for young carers. Comms Officer July 2026 Green Page 1 of 2 Fenland Harbour\n"
      "Safeguarding Children Partnership Plan 2026 Theme 2 - Young carers Ref Action Lead By when\n"
      "Progress 2.1 Train the duty desk on carers' needs. Duty Manager September 2026 On track\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota with the wards.");
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].ref == "2.1");
  CHECK(plan.rows[2].section == "Young carers");
  CHECK(plan.rows[2].progress == "On track");
}

TEST_CASE("a paragraph that names columns but has no references is left alone") {
  RecoveredPlan plan = RecoverPlanText(
      "The board asked each partner to report on the Action Lead By when Progress of every plan it owns, "
      "so that members can see at a glance where work has slipped and where it is on track this year.\n");
  CHECK(plan.rows.empty());
}

}  // namespace
}  // namespace planrows
