// Headers on a line or a few, wrapped, over rows written a cell a line:
// what the rows under them tell about their columns.
#include "pipeline/recovery/wrapped_header_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("rows numbered 1 2 3 alone on their lines under a header that leaves their column unnamed") {
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Vale Children's Partnership Plan 2028-30\n"
      "\n"
      "What should change Steps we will take Owner Due date Status\n"
      "1\n"
      "Young carers are known to their school\n"
      "Map the young carers in each cluster\n"
      "Carers Hub\n"
      "31/01/2029\n"
      "Green\n"
      "2\n"
      "Fewer missed health checks for looked after children\n"
      "Book health checks before each review\n"
      "Designated Nurse\n"
      "30/06/2029\n"
      "Amber\n"
      "3\n"
      "Young carers are known to their school\n"
      "Train pastoral staff on hidden caring\n"
      "School Nurse Lead\n"
      "31/03/2030\n"
      "Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the young carers in each cluster");
  CHECK(plan.rows[0].lead == "Carers Hub");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "Designated Nurse");
  CHECK(plan.rows[1].timeframe == "30/06/2029");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].action == "Train pastoral staff on hidden caring");
}

}  // namespace
}  // namespace planrows
