// Tables written one cell a line under a header: where the header stands
// apart from a title over it, and rows set apart by blank lines.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a header on a line of its own over cells a line each is read by them where no paragraph tells rows") {
  // The run-on reader finds no rows in these lines; it no longer keeps the
  // line-per-cell reader from them.
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership \u2013 Business Plan 2027-2029\n\nHarbour Vale Partnership\nBusiness Plan 2027-2029\n\n"
      "Objective area Change we want to see Workplan activity Action owner Due date Current status (RAG) "
      "Measures of impact\n"
      "Safer harbour paths\n"
      "Harbour staff and lifeguards check the ferry steps at every tide\n"
      "\uf0b7 SS 1 Light the ferry steps \uf0b7 Paint the step edges \uf0b7 Mend the handrail\n"
      "P Treloar\nMay 2027\napprox. 35%\nWalkers on the wall\n\n"
      "Harbour staff and lifeguards check the ferry steps at every tide\n"
      "SS 2 Fit rails on the harbour wall\nHarbour Master\nOngoing\n15%\nRails checked each quarter\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "SS 1");
  CHECK(plan.rows[0].lead == "P Treloar");
  CHECK(plan.rows[0].timeframe == "May 2027");
  CHECK(plan.rows[1].lead == "Harbour Master");
  CHECK(plan.rows[1].progress == "15%");
}

TEST_CASE("a header under a title is read a line a cell though a paragraph run from the title cannot part its rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Fernholt Children's Partnership Board\nTwo-Year Plan 2027-28\nTheme One - Safer lanes at night\n"
      "What we plan to do Owner and deadline Success criteria Progress made\n"
      "fh1: Light the towpath between the two locks so that walkers can see the edge. The Canal Trust will report\n"
      "back to the Board each quarter\nCanal Trust; Parish\nCouncil; R Marsh\nBy end of Q2\nFewer falls reported\n"
      "by walkers\nfh2: Put up new signs at the weir steps\nDuty Manager\nBy end of Q3\nSigns checked each\nmonth\n"
      "Survey done in May\nfh3: Open the boathouse for youth clubs on two evenings a week with the youth service and\n"
      "the rowing club\nYouth Service\nBy end of Q4\nTwo clubs meet there\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Canal Trust; Parish Council; R Marsh");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[1].progress == "Survey done in May");
  CHECK(plan.rows[2].action == "Open the boathouse for youth clubs on two evenings a week with the youth service and "
                               "the rowing club");
  CHECK(plan.rows[2].lead == "Youth Service");
}

TEST_CASE("rows a line a cell under headings set apart by blank lines take as many lines each") {
  const std::string header =
      "Row Change we want to see Steps we will take Performance indicator Who / when Status at review\n";
  RecoveredPlan plan = RecoverPlanText(
      header + "\nPriority 1 - Harbour safety\n"
      "hs1\nFewer falls on the quay\nLight the north quay steps\nAudit of 12 logs shows the steps lit\n"
      "Harbour Master - Mar-27\nDone\n"
      "hs2\nFewer falls on the quay\nFence the slipway at low tide\nSurvey: 55% of families feel safe\n"
      "Estates Team - Jun-27\nMet\n\n"
      "Priority 2 - Young carers\n"
      "yc1\nCarers are known to schools\nOpen a drop-in at the library\nAudit of 10 cases shows the drop-in used\n"
      "T Hosking - May-27\n\n\nPage 1 of 2\f" +
      header +
      "yc2\nCarers are known to schools\nRun a survey of young carers\nSurvey: 40% of carers confident\nP Annery\n"
      "Started\n"
      "yc3\nCarers are heard\nTrain the duty desk\nException report to the Board\nMar-27\nUnderway\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[3].lead == "P Annery");
  CHECK(plan.rows[3].progress == "Started");
  CHECK(plan.rows[4].lead.empty());
  CHECK(plan.rows[4].timeframe == "Mar-27");
  CHECK(plan.rows[4].progress == "Underway");
}

TEST_CASE("a cell a line: the plan's title with its years over the header heads no table") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Safeguarding Partnership\n"
      "Board Priorities and Action Plan 2030-2032\n"
      "\n"
      "Ref. What will we do? Accountable lead Completion by Position at last review\n"
      "\n"
      "Priority 1 \u2013 Carers are heard\n"
      "1.1a\nOpen a drop-in for young carers at the library\nP Rutherford\nJuly 2031\nGreen\n"
      "1.2a\nRun a survey of young carers in schools\n\nOngoing\nA\n"
      "1.2b\nPrint a guide to the night bus\nG Bramwell\nMarch 2031\nAmber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].lead == "P Rutherford");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].progress == "Amber");
}

}  // namespace
}  // namespace planrows
