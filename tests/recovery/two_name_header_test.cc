// Tables of two columns, actions and leads with dates together, written a
// cell a line under a header of two names.
#include "pipeline/recovery/two_name_header.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a two-name header over action lines and lead-and-date lines gives a row per action") {
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Children's Partnership Plan 2026-27\n\n"
      "Work we will do Lead and timescale\n\n"
      "Priority 1 - Young carers\n"
      "Open a drop-in clinic at the harbour for young carers\n"
      "Harbour Practice Lead - Q3 2026/27\n"
      "Train ferry staff to spot children travelling alone\n"
      "P Quayle / Island Police - Q1 2027/28\n"
      "\f"
      "Work we will do Lead and timescale\n"
      "Map the youth clubs of the three islands\n"
      "Island Youth Forum - Ongoing\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in clinic at the harbour for young carers");
  CHECK(plan.rows[0].lead == "Harbour Practice Lead");
  CHECK(plan.rows[0].timeframe == "Q3 2026/27");
  CHECK(plan.rows[1].lead == "P Quayle / Island Police");
  CHECK(plan.rows[2].action == "Map the youth clubs of the three islands");
  CHECK(plan.rows[2].timeframe == "Ongoing");
}

TEST_CASE("under a two-name header written a cell a line, a lead without a date is no line of the list above it") {
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Children's Partnership Plan 2026-27\n\n"
      "Work we will do Lead and timescale\n"
      "Open a drop-in clinic at the harbour for young carers\n"
      "Head of Service, Early Help / Harbour Nurse - Q3 2026/27\n"
      "\u25aa Map the youth clubs \u25aa Publish a leaflet for island families\n"
      "Island Youth Forum - Q1 2027/28\n"
      "\u25aa Train ferry staff \u25aa Review the crossing rota\n"
      "P Quayle\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Head of Service, Early Help / Harbour Nurse");
  CHECK(plan.rows[2].action.find("P Quayle") == std::string::npos);
  CHECK(plan.rows[2].lead == "P Quayle");
  CHECK(plan.rows[2].timeframe.empty());
}

TEST_CASE("actions and leads wrapped over lines under a two-name header end their rows at a date") {
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Children's Partnership Plan 2026-27\n"
      "Things we will do Who and when\n"
      "Open a drop-in clinic at the harbour for young\n"
      "carers and their families\n"
      "Harbour Practice Lead\n"
      "June 2027\n"
      "Train ferry staff to spot children travelling\n"
      "alone\n"
      "P Quayle / Island\n"
      "Police\n"
      "March 2028\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in clinic at the harbour for young carers and their families");
  CHECK(plan.rows[0].lead == "Harbour Practice Lead");
  CHECK(plan.rows[0].timeframe == "June 2027");
  CHECK(plan.rows[1].lead == "P Quayle / Island Police");
  CHECK(plan.rows[1].timeframe == "March 2028");
}

TEST_CASE("a two-name line over prose is no header") {
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Children's Partnership Plan 2026-27\n\n"
      "Work we will do Lead and timescale\n"
      "The partnership met four times this year and agreed its priorities with families.\n"
      "Each priority has a lead named by the board and a date agreed with partners.\n"
      "Reports on the work go to the executive every quarter.\n"
      "The board will review the plan in the spring.\n");
  CHECK(plan.rows.empty());
}

}  // namespace
}  // namespace planrows
