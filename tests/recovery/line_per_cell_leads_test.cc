// Leads that pdftotext -raw ran onto another cell's line in tables written
// one wrapped cell line per line.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a lead's cell run before the action's first line is parted at the action's verb") {
  // The lead's column stands first; each row's lead and action share a line.
  RecoveredPlan plan = RecoverPlanText(
      "Corrow Sands Children's Partnership Plan 2030\n"
      "Owner Planned activity Deadline\n"
      "Priority 1: Safer beaches\n"
      "Harbour Master, Lifeguard Service Agree a rota for the summer patrols By end of\nQ2\n"
      "M Oyelaran Publish a map of the safe bathing areas for visitors By end of\nQ3\n"
      "Priority 2: Young workers\n"
      "Licensing Team Train seasonal employers to spot signs of exploitation By end of\nQ1\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Master, Lifeguard Service");
  CHECK(plan.rows[0].action == "Agree a rota for the summer patrols");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[1].lead == "M Oyelaran");
  CHECK(plan.rows[1].action == "Publish a map of the safe bathing areas for visitors");
  CHECK(plan.rows[2].lead == "Licensing Team");
  CHECK(plan.rows[2].section == "Young workers");
}

TEST_CASE("a lead after a row's date run onto the first line of the measure after it is parted from it") {
  // The lead's column stands between the date's and the measure's: "T Okonjo" and "At least 10 schools take".
  RecoveredPlan plan = RecoverPlanText(
      "Ref Actions we will take Completion date Delivery lead Evidence we will use\n"
      "A1 Map the routes carers take\nQ4\n2028/29\nPartnership Manager Quarterly dataset shows\n"
      "an upward trend\n"
      "A2 Audit the weekend rota\nQ1\n2029/30\nT Okonjo At least 10 schools take\npart\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Partnership Manager");
  CHECK(plan.rows[1].lead == "T Okonjo");
  CHECK(plan.rows[1].timeframe == "Q1 2029/30");
}

}  // namespace
}  // namespace planrows
