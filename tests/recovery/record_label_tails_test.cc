// Record labels that a narrow label column wrapped, in converter text: their
// tails are the labels', a value's own wrapped lines stay its.
#include <catch2/catch.hpp>

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a record label's wrapped tail under the line of its value is the label's not the value's") {
  RecoveredPlan plan = RecoverPlanText(
      "Ferncombe Partnership Plan 2026-27\n\n"
      "Ref\n\nfc1\n\nPlanned activity\n\nOpen a drop-in at the harbour library\n\n"
      "Responsible officer(s) Oona Barraclough\nand partners\nTarget date\n\nMay 2026\n\n"
      "Ref\n\nfc2\n\nPlanned activity\n\nPrint a guide to the night bus\n\n"
      "Responsible officer(s)\nand partners\nTarget date\n\nJune 2026\n\n"
      "Ref\n\nfc3\n\nPlanned activity\n\nAudit the ferry crossing logs\n\n"
      "Responsible officer(s) Harbour Board and Piet Lanyon\nand partners\nTarget date\n\nAugust 2026\n\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "fc1");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[2].lead == "Harbour Board and Piet Lanyon");
}

TEST_CASE("a record label wrapped over three lines is read whole") {
  RecoveredPlan plan = RecoverPlanText(
      "Ferncombe Partnership Plan 2026-27\n\n"
      "Ref\n\nfc1\n\nPlanned activity\n\nOpen a drop-in at the harbour library\n\n"
      "Responsible\nofficer(s) and\npartners\n\nOona Barraclough\n\nTarget date\n\nMay 2026\n\n"
      "Ref\n\nfc2\n\nPlanned activity\n\nPrint a guide to the night bus\n\n"
      "Responsible\nofficer(s) and\npartners\n\nHarbour Board\n\nTarget date\n\nJune 2026\n\n"
      "Ref\n\nfc3\n\nPlanned activity\n\nAudit the ferry crossing logs\n\n"
      "Responsible\nofficer(s) and\npartners\n\nPiet Lanyon\n\nTarget date\n\nAugust 2026\n\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].lead == "Harbour Board");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
}

TEST_CASE("a value's wrapped line in lower case stays the value's where the lines above it differ") {
  RecoveredPlan plan = RecoverPlanText(
      "Ferncombe Partnership Plan 2026-27\n\n"
      "Ref\n\nfc1\n\nPlanned activity\n\nOpen a drop-in at the harbour library\n\n"
      "Responsible officer(s)\n\nOona Barraclough\nand partners\n\nTarget date\n\nMay 2026\n\n"
      "Ref\n\nfc2\n\nPlanned activity\n\nPrint a guide to the night bus\n\n"
      "Responsible officer(s)\n\nHarbour Board\nand partners\n\nTarget date\n\nJune 2026\n\n"
      "Ref\n\nfc3\n\nPlanned activity\n\nAudit the ferry crossing logs\n\n"
      "Responsible officer(s)\n\nPiet Lanyon\nand partners\n\nTarget date\n\nAugust 2026\n\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Oona Barraclough and partners");
  CHECK(plan.rows[2].lead == "Piet Lanyon and partners");
}

}  // namespace
}  // namespace planrows
