// Tables written one cell, or one wrapped cell line, per line under a
// header of names set apart by single spaces.
#include "pipeline/recovery/line_per_cell_reader.h"

#include <catch2/catch.hpp>

#include "extractors/text_extractor.h"
#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan RecoverText(const std::string& text) {
  Result<DocumentText> document = TextExtractor().Extract("plan.txt", text);
  REQUIRE(document.ok());
  return PlanRecoverer(SharedTestRules()).Recover(*document);
}

TEST_CASE("one cell per line under a spaced header gives a row per reference") {
  RecoveredPlan plan = RecoverText(
      "Ref Action Lead By when Progress\n"
      "4.1\nStand up a weekend duty rota for the harbour wards\nT Okonjo\nMay 2026\nAmber\n"
      "4.2\nPublish a leaflet on the new front door\nComms Officer\nJuly 2026\nNot started\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "4.1");
  CHECK(plan.rows[0].action == "Stand up a weekend duty rota for the harbour wards");
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[0].where.line == 2);
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].progress == "Not started");
}

TEST_CASE("a blank line in a row is its empty cell") {
  RecoveredPlan plan = RecoverText(
      "Ref Action Lead By when Progress\n"
      "4.1\nStand up a weekend duty rota\n\nMay 2026\nAmber\n"
      "4.2\nPublish a leaflet on the new front door\nComms Officer\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[1].progress.empty());
}

TEST_CASE("wrapped cell lines are joined into their cells by where the lines break") {
  RecoveredPlan plan = RecoverText(
      "Ref Objective Action Lead agency\nBy when\n"
      "7.1 Carers under twelve are\nknown to their school\n"
      "Map the routes by which\nyoung carers reach the\nduty team\nHead of Inclusion /\nHarbour Police\nMarch\n2027\n"
      "7.2 Fewer repeat referrals\nAudit closed cases\nDuty Manager\nJune 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "7.1");
  CHECK(plan.rows[0].outcome == "Carers under twelve are known to their school");
  CHECK(plan.rows[0].action == "Map the routes by which young carers reach the duty team");
  CHECK(plan.rows[0].lead == "Head of Inclusion / Harbour Police");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].action == "Audit closed cases");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("a page break repeats the header and a footer; both are left out") {
  RecoveredPlan plan = RecoverText(
      "Ref Action Lead By when\n4.1\nStand up a weekend duty rota\nT Okonjo\nMay 2026\n\nPage 1 of 2\f"
      "Ref Action Lead By when\n4.2\nPublish a leaflet\nComms Officer\nJuly 2026\n\nPage 2 of 2\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].ref == "4.2");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

}  // namespace
}  // namespace planrows
