// Tables whose references and actions pdftotext wrote apart from the
// other columns' cells.
#include "pipeline/recovery/left_half_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

bool Warned(const RecoveredPlan& plan, const std::string& part) {
  for (const std::string& warning : plan.warnings) {
    if (warning.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("left halves give rows of a reference and an action; the right-hand cells are left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Marsh End Partnership Plan 2026-27\n\nID\n\nTask\n\nPriority 1 - Young carers\nmc1\n"
      "Open a drop-in at the harbour\nlibrary each week\nmc2\nPrint a guide to the night bus\nfor care leavers\n"
      "Priority 2 - Records\nID\nTask\nmc3\nRun a summer audit of missing\nepisode records\n\n"
      "Accountable lead\n\nTarget\ndate\n\nOona Barraclough\nMay 2026\nTransport Desk\nJuly 2026\n"
      "Piet Lanyon\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "MC1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library each week");
  CHECK(plan.rows[1].action == "Print a guide to the night bus for care leavers");
  CHECK(plan.rows[2].ref == "MC3");
  CHECK(plan.rows[2].action == "Run a summer audit of missing episode records");
  for (const ActionRow& row : plan.rows) {
    CHECK(row.lead.empty());
    CHECK(row.timeframe.empty());
  }
  CHECK(Warned(plan, "written apart from their rows"));
}

TEST_CASE("references written one under another take the cells of the action next to them") {
  RecoveredPlan plan = RecoverPlanText(
      "ID\n\nTask\n\nmc1\nOpen a drop-in at the harbour\nlibrary each week.\nmc2\n\n"
      "Print a guide to the night bus.\nRun a summer audit of records.\nmc3\n\nAccountable lead\n\nTarget\ndate\n\n"
      "Oona Barraclough\nMay 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "MC1");
  CHECK(plan.rows[1].ref == "MC2");
  CHECK(plan.rows[1].action == "Print a guide to the night bus.");
  CHECK(plan.rows[2].ref == "MC3");
  CHECK(plan.rows[2].action == "Run a summer audit of records.");
}

TEST_CASE("references apart from their actions give no rows where no sharing of cells fits their count") {
  RecoveredPlan plan = RecoverPlanText(
      "ID\n\nTask\n\nmc1\nOpen a drop-in at the harbour library.\nPrint a guide to the night bus.\nmc2\nmc3\n"
      "Run a summer audit of records.\nTrain the duty desk.\nmc4\nLight the quay.\nmc5\nPaint the steps.\n\n"
      "Accountable lead\n\nTarget\ndate\n\nOona Barraclough\nMay 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "MC4");
  CHECK(plan.rows[1].ref == "MC5");
  CHECK(Warned(plan, "mc1, mc2, mc3"));
}

}  // namespace
}  // namespace planrows
