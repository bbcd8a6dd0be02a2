// Record blocks whose labels a converter printed apart from their values.
#include "pipeline/recovery/detached_records.h"

#include <catch2/catch.hpp>

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("record labels printed as a block take the values printed after it in order of kind") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltmarsh Quay Partnership Plan 2027-28\n\n"
      "Priority 1: Harbour safety\n"
      "Ref\nSQ1\nWhat we are going to\nOpen a drop-in at the harbour library\ndo\n"
      "Lead officer\nO Pendleton\nTarget date\nMay 2027\n"
      "Ref\nWhat we are going to\ndo\nLead officer\nTarget date\n\n"
      "SQ2\nPrint a guide to the night ferry for new\ncrew and their families\nHarbour Watch\nJune 2027\n\n"
      "Ref\nWhat we are going to\ndo\nLead officer\nTarget date\n\n"
      "SQ3\nAudit the quay lighting logs\nAugust 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SQ1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].lead == "O Pendleton");
  CHECK(plan.rows[1].ref == "SQ2");
  CHECK(plan.rows[1].action == "Print a guide to the night ferry for new crew and their families");
  CHECK(plan.rows[1].lead == "Harbour Watch");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[2].ref == "SQ3");
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe == "August 2027");
}

TEST_CASE("two record blocks printed before their values share them out in turn") {
  RecoveredPlan plan = RecoverPlanText(
      "Fernholt Board Workplan 2027\n\n"
      "Ref\nFH1\nKey task\nRecruit two more volunteer drivers\nResponsible officer\nI Quennell\nDeadline\nMarch 2027\n"
      "Ref\nKey task\nResponsible officer\nDeadline\n\nFH2\n\n"
      "Ref\nKey task\nResponsible officer\nDeadline\n\nFH3\n\n"
      "Repaint the shelter at the bus depot\nDepot Team\nApril 2027\n\n"
      "Survey riders on the late service\nT Abara\nJuly 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "FH2");
  CHECK(plan.rows[1].action == "Repaint the shelter at the bus depot");
  CHECK(plan.rows[1].timeframe == "April 2027");
  CHECK(plan.rows[2].ref == "FH3");
  CHECK(plan.rows[2].action == "Survey riders on the late service");
  CHECK(plan.rows[2].lead == "T Abara");
}

TEST_CASE("a table header printed as a block on each page is no record block") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Moorgate Plan 2027\n\n"
      "Ref\nAction\nLead officer\nDeadline\n\nM1\nM2\n\nAgree the winter rota\nRun a carers' forum\n\n"
      "Ref\nAction\nLead officer\nDeadline\n\nM3\n\nOpen the night shelter\n");
  REQUIRE(document.ok());
  std::vector<PlanLine> lines = PlanLine::Flatten(*document);
  std::shared_ptr<const RecoveryRules> rules = SharedTestRules();
  CHECK(DetachedRecords(*rules).Attach(lines).size() == lines.size());
}

}  // namespace
}  // namespace planrows
