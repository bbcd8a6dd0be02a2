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

TEST_CASE("aligned rows under section headings, their references wrapped in a narrow column") {
  RecoveredPlan plan = RecoverPlanText(
      "                                        Lead\n"
      "Ref.   Action                           officer           Timescale\n"
      "\n"
      "Theme 1 - Young carers\n"
      "\n"
      "YC     Open a drop-in for young         D Farrant         March 2027\n"
      "1      carers at the library\n"
      "\n"
      "YC     Run a survey of young carers     Carers Lead       June 2027\n"
      "2\n"
      "\n"
      "Theme 2 - Online safety\n"
      "\n"
      "OS     Train school staff               Schools Forum     May 2027\n"
      "1\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YC 1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].ref == "YC 2");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[2].ref == "OS 1");
  CHECK(plan.rows[2].section.find("Online safety") != std::string::npos);
}

}  // namespace
}  // namespace planrows
