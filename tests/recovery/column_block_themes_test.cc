// Tables printed column by column whose first column holds a theme printed
// once over its page's rows, with the rows' references under it.
#include "pipeline/recovery/column_block_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("column blocks: the references under a first column's theme without a label are its rows' references") {
  // The reference column has a blank heading: its refs print in the theme's block, under the theme.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership Plan 2030-31\n\nStrategic aim\nYoung carers are\nheard early\nqa1\nqa2\n"
      "Intervention\nOpen a drop-in at the\nharbour library\nPrint a guide to the\nnight bus\n"
      "Delivery lead\nOona Barraclough\nTransport Desk\nTarget\ncompletion\nMay 2030\nJuly 2030\n"
      "\fQuayside Partnership Plan 2030-31\n\nStrategic aim\nSafer records\nqb1\nqb2\n"
      "Intervention\nRun a summer audit of\nmissing episodes\nCheck the records\n"
      "Delivery lead\nPiet Lanyon\nRecords Team\nTarget\ncompletion\nAugust 2030\nMay 2031\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "QA1");
  CHECK(plan.rows[1].ref == "QA2");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[2].ref == "QB1");
  CHECK(plan.rows[3].timeframe == "May 2031");
}

TEST_CASE("column blocks: a reference column's heading that reads as a reference ('No.') heads its block") {
  // "Strategic theme", which no rule names, has the headings read as the lines each page repeats.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership Plan 2030-31\n\nStrategic\ntheme\nYoung carers are heard\nNo.\n1\n2\n"
      "Action\nOpen a drop-in at the\nharbour library\nPrint a guide to the\nnight bus\n"
      "Owner\nOona Barraclough\nTransport Desk\nDeadline\nMay 2030\nJuly 2030\n"
      "\fQuayside Partnership Plan 2030-31\n\nStrategic\ntheme\nSafer records for all\nNo.\n1\n2\n"
      "Action\nRun a summer audit of\nmissing episodes\nCheck the records\n"
      "Owner\nPiet Lanyon\nRecords Team\nDeadline\nAugust 2030\nMay 2031\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].action == "Run a summer audit of missing episodes");
  CHECK(plan.rows[3].ref == "2");
}

TEST_CASE("column blocks: a theme whose label the column wrapped ('Strategic' over 'Theme One -') is a theme") {
  // Each page repeats the headings, "Strategic theme" (which no rule names) broken mid-word; a theme prints
  // on its first page only. Read as a column of names, the theme would be cut a line a row.
  std::string page1 =
      "Quayside Partnership Board Delivery Plan 2030 - 2033\n\nStrateg\nic\ntheme\n"
      "Strategic\nTheme One -\nYoung carers\nare heard\nearly\nTask\nqa1 – Open a drop-in at\n"
      "the harbour library\nqa2 – Print a guide to\nthe night bus\nqa3 – Run a summer audit\nof missing episodes\n"
      "Who is accountable?\nOona Barraclough\nTransport Desk\nPiet Lanyon\nDeadline\nMay 2030\nJuly 2030\n"
      "Evidenc\ne of\nsuccess\nFewer missed visits\nMore calls answered\nA guide printed\n"
      "Position at last\nreview\nAmber\nRed\n";
  std::string page2 =
      "\fQuayside Partnership Board Delivery Plan 2030 - 2033\n\nStrateg\nic\ntheme\nTask\n"
      "qa4 – Check the records\nqa5 – Map the night routes\nWho is accountable?\nRecords Team\nHarbour Police\n"
      "Deadline\nAugust 2030\nMay 2031\nEvidenc\ne of\nsuccess\nRecords checked\nRoutes mapped\n"
      "Position at last\nreview\nGreen\nAmber\n";
  std::string page3 =
      "\fQuayside Partnership Board Delivery Plan 2030 - 2033\n\nStrateg\nic\ntheme\n"
      "Strategic\nTheme Two -\nSafer streets\nTask\nsa1 – Light the quay\nsteps\nsa2 – Walk the estate\n"
      "with the wardens\nWho is accountable?\nLifeguard Service\nMorwenna Pascoe\nDeadline\nJune 2031\nOngoing\n"
      "Evidenc\ne of\nsuccess\nSteps lit\nWalks held\nPosition at last\nreview\nRed\nGreen\n";
  RecoveredPlan plan = RecoverPlanText(page1 + page2 + page3);
  REQUIRE(plan.rows.size() == 7);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
  CHECK(plan.rows[4].lead == "Harbour Police");
  CHECK(plan.rows[4].timeframe == "May 2031");
  CHECK(plan.rows[5].lead == "Lifeguard Service");
  CHECK(plan.rows[6].progress == "Green");
}

}  // namespace
}  // namespace planrows
