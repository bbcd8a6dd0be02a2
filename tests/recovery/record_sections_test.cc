// Record blocks under section headings: numbered lines that head the
// records below them, however they are set apart from the record above.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("in record blocks a label a narrow column wrapped is one label and a numbered line set apart is a section") {
  RecoveredPlan plan = RecoverPlanText(
      "Weirford Partnership Plan 2026-27\n\n1. Safer river banks\n"
      "Item\tRB 1\nWhat we are going to\tFence the weir pool\ndo\nWho leads\tK Hedley\n"
      "How we will know it\tNo falls reported\nworked\n\n"
      "Item\tRB 2\nWhat we are going to\tLight the towpath\ndo\tbetween the two bridges\nWho leads\tRangers\n"
      "How we will know it\tLamps lit\nworked\n\n"
      "2. Quiet streets\n"
      "Item\tQS 1\nWhat we are going to\tClose the market lane at night\ndo\nWho leads\tEstates\n"
      "How we will know it\tFewer calls\nworked\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "RB 1");
  CHECK(plan.rows[0].action == "Fence the weir pool");
  CHECK(plan.rows[1].action == "Light the towpath between the two bridges");
  CHECK(plan.rows[1].lead == "Rangers");
  CHECK(plan.rows[1].section == "Safer river banks");
  CHECK(plan.rows[2].section == "Quiet streets");
  CHECK(plan.rows[2].lead == "Estates");
}

TEST_CASE("in record blocks a numbered line in heading type or in a ruled row of its own is a section") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "1. Safer river banks"}}).AsHeading()
      .Line({{44, "Item"}, {160, "RB 1"}}, true).RuledAbove()
      .Line({{44, "Planned work"}, {160, "Fence the weir pool"}}).RuledAbove()
      .Line({{44, "Who leads"}, {160, "K Hedley"}}).RuledAbove()
      .Line({{44, "Status"}, {160, "G"}}).RuledAbove()
      .Line({{40, "2. Quiet streets"}}).AsHeading().RuledAbove()
      .Line({{44, "Item"}, {160, "QS 1"}}, true).RuledAbove()
      .Line({{44, "Planned work"}, {160, "Close the market lane at night"}}).RuledAbove()
      .Line({{44, "Who leads"}, {160, "Estates"}}).RuledAbove()
      .Line({{44, "Status"}, {160, "A"}}).RuledAbove()
      .Line({{40, "3. Open parks"}}).RuledAbove()
      .Line({{44, "Item"}, {160, "OP 1"}}).RuledAbove()
      .Line({{44, "Planned work"}, {160, "Unlock the park gates at dawn"}}).RuledAbove()
      .Line({{44, "Who leads"}, {160, "Parks Team"}}).RuledAbove();
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "G");
  CHECK(plan.rows[1].section == "Quiet streets");
  CHECK(plan.rows[1].action == "Close the market lane at night");
  CHECK(plan.rows[1].progress == "A");
  CHECK(plan.rows[2].section == "Open parks");
}

TEST_CASE("in record blocks a numbered line that opens a page is a section though no blank line sets it apart") {
  // pdftotext writes a page's first line right after the form feed.
  RecoveredPlan plan = RecoverPlanText(
      "Weirford Partnership Plan 2026-27\n\n1. Safer river banks\nItem\n\nRB1\n\nPlanned work\n\n"
      "Fence the weir pool\n\nWho leads\n\nK Hedley\n\nStatus\n\nAmber\n\nItem\n\nRB2\n\nPlanned work\n\n"
      "Light the towpath\n\nWho leads\n\nRangers\n\nStatus\n\nGreen\n\n"
      "\f2. Quiet streets\nItem\n\nQS1\n\nPlanned work\n\nClose the market lane at night\n\n"
      "Who leads\n\nEstates\n\nStatus\n\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "RB2");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[1].section == "Safer river banks");
  CHECK(plan.rows[2].ref == "QS1");
  CHECK(plan.rows[2].section == "Quiet streets");
}

}  // namespace
}  // namespace planrows
