// Record blocks as pdftotext -raw writes them: labels a space alone sets
// before their values, learnt from the line starts each record repeats, or
// wrapped alike in every record with nothing setting them apart.
#include "pipeline/recovery/record_blocks.h"

#include <catch2/catch.hpp>

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("record blocks whose labels a space alone sets before their values (pdftotext -raw) are read") {
  RecoveredPlan plan = RecoverPlanText(
      "Lowmarsh Partnership Plan 2026-27\n\n"
      "Objective lm1\nTask Open a drop-in at the harbour library\nUpdate the ferry timetable\n"
      "Owner Oona Barraclough\nDeadline May 2026\nSuccess measure Fewer missed crossings\n"
      "Objective lm2\nTask Print a guide to the night bus\nOwner\nDeadline June 2026\n"
      "Success measure Guide in every shelter\n"
      "Objective lm3\nTask Audit the ferry crossing logs\nOwner Piet Lanyon\nDeadline August 2026\n"
      "Success measure Audit reported\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "lm1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library Update the ferry timetable");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[2].ref == "lm3");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("record blocks whose labels wrap alike in every record with nothing setting them apart are read") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltmere Partnership Plan 2027-28\n\n"
      "Desired\noutcome\nFewer children wait for a school place\nSteps we will\ntake\nMap the waiting lists\n"
      "Accountable\nofficer\nAdmissions Manager\nDeadline Q2 2027/28\nRAG status G\n"
      "Desired\noutcome\nFewer children wait for a school place\nSteps we will\ntake\nOpen a second intake\n"
      "Accountable\nofficer\nR. Penhale\nDeadline Q4 2027/28\nRAG status A\n"
      "Desired\noutcome\nCarers know where to ask\nSteps we will\ntake\nPrint a carers' card\n"
      "Accountable\nofficer\nCarers Lead\nDeadline Q1 2028/29\nRAG status R\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Map the waiting lists");
  CHECK(plan.rows[0].lead == "Admissions Manager");
  CHECK(plan.rows[1].outcome == "Fewer children wait for a school place");
  CHECK(plan.rows[1].timeframe == "Q4 2027/28");
  CHECK(plan.rows[2].lead == "Carers Lead");
  CHECK(plan.rows[2].progress == "R");
}

TEST_CASE("record blocks whose spaced label tells its column by its words alone are read (pdftotext -raw)") {
  RecoveredPlan plan = RecoverPlanText(
      "Lowmarsh Partnership Plan 2026-27\n\n"
      "Objective lm1\nHarbour task Open a drop-in at the harbour library\nOwner Oona Barraclough\n"
      "Deadline May 2026\n"
      "Objective lm2\nHarbour task Print a guide to the night bus\nand the ferry\nOwner\nDeadline June 2026\n"
      "Objective lm3\nHarbour task Audit the ferry crossing logs\nOwner Piet Lanyon\nDeadline August 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "lm1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].action == "Print a guide to the night bus and the ferry");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("in record blocks a spaced label runs on over the small words every record prints after it") {
  // "Lead person" names the lead, but each record's label goes on: "/ team" is no part of the lead.
  RecoveredPlan plan = RecoverPlanText(
      "Millbrook Allotments Plan 2026\n\n"
      "Ref. 1.1.\nKey actions Dig a new pond for the wildlife area\nLead person / team J Oakes\nBy when May 2026\n"
      "Ref. 1.2.\nKey actions Fit water butts to every shed\nLead person / team Allotment Committee\n"
      "By when June 2026\n"
      "Ref. 1.3.\nKey actions Open the plots to the primary school\nLead person / team S Varga\nBy when July 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Dig a new pond for the wildlife area");
  CHECK(plan.rows[0].lead == "J Oakes");
  CHECK(plan.rows[1].lead == "Allotment Committee");
  CHECK(plan.rows[2].timeframe == "July 2026");
}

TEST_CASE("record blocks of spaced labels no rule knows are learnt from the line starts each record repeats") {
  // "Actions" is a column's full name, but the label each record repeats is "Actions for the crew".
  RecoveredPlan plan = RecoverPlanText(
      "Porthkennack Lifeboat Plan 2026-27\n\n"
      "Actions for the crew Repaint the lifeboat station\nWhy it matters Launches stay safe in winter\n"
      "Crew contact M Pascoe\nFinish by September 2026\n"
      "Actions for the crew\nTrain two new coxswains before the summer\nWhy it matters Launches stay safe in winter\n"
      "Crew contact T Hosking\nFinish by 31/03/2027\n"
      "Actions for the crew Record every launch in the log\nWhy it matters The station can show its work\n"
      "Crew contact R Nance\nFinish by 30/06/2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Repaint the lifeboat station");
  CHECK(plan.rows[0].lead == "M Pascoe");
  CHECK(plan.rows[0].timeframe == "September 2026");
  CHECK(plan.rows[1].action == "Train two new coxswains before the summer");
  CHECK(plan.rows[1].timeframe == "31/03/2027");
  CHECK(plan.rows[2].action == "Record every launch in the log");
}

TEST_CASE("a table whose cells repeat down its rows is not read as records of labels learnt from them") {
  // One goal over several actions, and a lead named again, begin lines of nearly every row, as labels would:
  // read as records their rows lose their actions and refs, so the table's reading is kept.
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Water Safety Board Work Programme 2026-27\n\n"
      "Priority no. Goal Actions we will take Led by Time scale Progress to date\n\n"
      "W1\nFewer children drown in open water\nRun swimming lessons at every primary school\n"
      "Leisure Trust, K Ashworth\nQ2 2026/27\nOn track\n"
      "W2\nFewer children drown in open water\nPut throw lines beside the quarry lakes\n"
      "Leisure Trust, M Hale\nQ3 2026/27\nOn track\n"
      "W3\nFewer children drown in open water\nTrain summer lifeguards for the river beaches\n"
      "Leisure Trust, P Greaves\nQ4 2026/27\nAchieved\n"
      "W4\nFewer children drown in open water\nMap the unsafe banks with the angling clubs\n"
      "Leisure Trust, D Kerr\nQ1 2027/28\nOn track\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "W1");
  CHECK(plan.rows[0].action == "Run swimming lessons at every primary school");
  CHECK(plan.rows[1].lead == "Leisure Trust, M Hale");
  CHECK(plan.rows[3].ref == "W4");
  CHECK(plan.rows[3].timeframe == "Q1 2027/28");
}

}  // namespace
}  // namespace planrows
