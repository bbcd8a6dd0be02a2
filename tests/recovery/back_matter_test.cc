// A plan's back matter (appendices: glossary, budget, members) after its action table.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("an appendix heading ends the table: its glossary rows are no action rows") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {300, "Lead"}, {420, "Target date"}}, true)
      .Line({{40, "Fit door guards to the riverside bungalows"}, {300, "Harbour Office"}, {420, "Mar-28"}}, true)
      .Line({{40, "Print a tide table for every allotment holder"}, {300, "Towpath Trust"}, {420, "Jan-28"}}, true)
      .Line({{40, "Appendix 1 - Glossary"}}, true)
      .Line({{40, "BEB"}, {300, "Brackenwick Estuary Board"}}, true)
      .Line({{40, "RNLI"}, {300, "Royal National Lifeboat Institution"}}, true)
      .Line({{40, "TT"}, {300, "Towpath Trust"}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Harbour Office");
  CHECK(plan.rows[1].action == "Print a tide table for every allotment holder");
  CHECK(plan.rows[1].timeframe == "Jan-28");
}

TEST_CASE("an appendix heading that OCR read without its dash ends the table") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {300, "Lead"}, {420, "Target date"}}, true)
      .Line({{40, "Fit door guards to the riverside bungalows"}, {300, "Harbour Office"}, {420, "Mar-28"}}, true)
      .Line({{40, "Print a tide table for every allotment holder"}, {300, "Towpath Trust"}, {420, "Jan-28"}}, true)
      .Line({{40, "Appendix 1 Acronyms used in this plan"}}, true)
      .Line({{40, "BEB"}, {300, "Brackenwick Estuary Board"}}, true)
      .Line({{40, "RNLI"}, {300, "Royal National Lifeboat Institution"}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].lead == "Towpath Trust");
}

TEST_CASE("an appendix heading at the top of a page ends a table written a cell a line") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership\n"
      "Ref Action Lead Target date\n"
      "1.1\nAudit the weekend duty rota\nHead of Inclusion\nMay 2026\n"
      "1.2\nPublish a leaflet for young carers\nComms Officer\nJuly 2026\n\n"
      "Page 1\f"
      "Appendix 1 - Members of the Board\n\n"
      "Name Role Agency\n"
      "Perrin Maddox\nIndependent Chair\nFenland Harbour Council\n"
      "Isolde Brannock\nVice Chair\nHarbour Police\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Publish a leaflet for young carers");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("an appendix heading ends record blocks: its glossary is no record's value") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
      "Action\tFit door guards to the riverside bungalows\nLead\tHarbour Office\nBy when\tMarch 2028\n\n"
      "Action\tPrint a tide table for every allotment holder\nLead\tTowpath Trust\nBy when\tJanuary 2028\n\n"
      "Appendix A - Glossary\n\n"
      "Abbreviation\tFull title\nBEB\tBrackenwick Estuary Board\nRNLI\tRoyal National Lifeboat Institution\n"
      "TT\tTowpath Trust\nHO\tHarbour Office\nCV\tCanal Volunteers\nDB\tDrainage Board\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Harbour Office");
  CHECK(plan.rows[1].lead == "Towpath Trust");
  CHECK(plan.rows[1].timeframe == "January 2028");
}

TEST_CASE("an appendix heading over the next page ends a table run into a paragraph") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership Plan 2026 Theme 1 - Safer harbours Ref Action Lead\n"
      "By when Progress 1.1 Audit the weekend duty rota with the wards. T Okonjo May 2026 Amber 1.2\n"
      "Publish a leaflet for young carers. Comms Officer July 2026 Green\n\f"
      "Appendix A - Glossary FHSCP Fenland Harbour Safeguarding Children Partnership RNLI Royal National\n"
      "Lifeboat Institution\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Publish a leaflet for young carers.");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].progress == "Green");
}

}  // namespace
}  // namespace planrows
