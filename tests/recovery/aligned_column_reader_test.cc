// Tables as pdftotext -layout writes them: cells at character columns.
#include "pipeline/recovery/aligned_column_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("aligned columns: a wrapped header stacks into names, wrapped cells join under them") {
  RecoveredPlan plan = RecoverPlanText(
      "                                  Lead           Target\n"
      "Ref    Action                     officer        date          Progress\n"
      "3.1    Audit the weekend duty     T Okonjo       May 2026      Amber\n"
      "       rota with the wards        and Harbour\n"
      "                                  Police\n"
      "3.2    Publish a leaflet for      Quality Sub-   July 2026\n"
      "       young carers               group\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "3.1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota with the wards");
  CHECK(plan.rows[0].lead == "T Okonjo and Harbour Police");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Quality Sub-group");  // A word the wrap split at its hyphen.
  CHECK(plan.rows[1].progress.empty());
}

TEST_CASE("aligned columns: a page sets its repeated header and cells anew") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                     Lead           Date\n"
      "3.1    Audit the weekend rota     T Okonjo       May 2026\n"
      "\f"
      "Ref  Action                Lead       Date\n"
      "3.2  Publish a leaflet     Comms      July 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Publish a leaflet");
  CHECK(plan.rows[1].lead == "Comms");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

}  // namespace
}  // namespace planrows
