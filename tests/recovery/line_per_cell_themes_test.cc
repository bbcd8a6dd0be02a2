// Tables written a cell a line, blank lines for empty cells, whose theme
// cell, merged down its rows, is written on its first row only.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("rows set apart by blank lines, a theme's cell on its first row only and a bullet before a reference") {
  RecoveredPlan plan = RecoverPlanText(
      "Strategic aim Goal Work to be undertaken Evidence we will use Person / agency responsible "
      "Target end date Commentary\n"
      "Safer journeys to school\n"
      "Children cross the ring road safely\n"
      "sj1 Paint a crossing outside each primary school\n"
      "- Quarterly count shows fewer near misses - Crossing used by 90% of pupils\n"
      "Highways Team and P. Carrow\n"
      "March 2029\n"
      "Green\n\n"
      "Children cross the ring road safely\n"
      "- sj2 Train crossing patrols - Survey parents on the routes\n"
      "Survey shows parents feel safer\n"
      "Road Safety Officer\n"
      "June 2029\n\n\n"
      "Parents know the safe routes\n"
      "sj3 Print a map of safe routes for every family\n"
      "Crossing used by 70% of pupils\n"
      "Family Hubs and R. Tamsin\n"
      "Ongoing\n"
      "Amber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SJ1");
  CHECK(plan.rows[0].action == "Paint a crossing outside each primary school");
  CHECK(plan.rows[0].lead == "Highways Team and P. Carrow");
  CHECK(plan.rows[0].timeframe == "March 2029");
  CHECK(plan.rows[1].ref == "SJ2");
  CHECK(plan.rows[1].lead == "Road Safety Officer");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].outcome == "Parents know the safe routes");
  CHECK(plan.rows[2].lead == "Family Hubs and R. Tamsin");
  CHECK(plan.rows[2].progress == "Amber");
}

TEST_CASE("bare row numbers after a theme's cell are no page numbers when rows take a line a column") {
  const std::string header = "Theme Ref Purpose Intervention Evidence we will use Led by / when Update\n";
  RecoveredPlan plan = RecoverPlanText(
      header + "Children and young people are helped in a crisis\n"
      "1\nTeenagers in crisis are seen within a day\nOpen a crisis line with the night team\n"
      "Calls answered within an hour\nR Dunmore \u2013 June 2029\nAmber\n\n"
      "2\n\nTrain school nurses in first response\nAt least 30 nurses trained\n"
      "School Nursing \u2013 September 2029\nGreen\n\n"
      "3\nParents know where to turn\nPublish a guide for parents\nGuide in every surgery\n"
      "Comms Team \u2013 December 2029\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Open a crisis line with the night team");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].action == "Train school nurses in first response");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].lead == "Comms Team");
  CHECK(plan.rows[2].progress == "Red");
}

TEST_CASE("a section heading goes on in a table whose rows give an outcome's cell before their reference") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Vale Children's Partnership\nDelivery Plan 2021-2022\n\n"
      "What will be different Actions Owner Target date\n\n"
      "1. Neglect is spotted early\n"
      "Families get help before problems grow\nNG 1 Launch a neglect screening tool for health visitors\n"
      "Amira Castellano\nJune 2021\n"
      "Families get help before problems grow\nNG 2 Train school staff on the graded care profile\n"
      "Schools Forum; Early Help Hub\nSeptember 2021\n\n"
      "2. Young carers are known\n"
      "Young carers are identified by every school\nYC 1 Add a young carers question to the school census\n"
      "Education Safeguarding Officer\nMarch 2022\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "NG 1");
  CHECK(plan.rows[0].outcome == "Families get help before problems grow");
  CHECK(plan.rows[0].lead == "Amira Castellano");
  CHECK(plan.rows[2].ref == "YC 1");
  CHECK(plan.rows[2].section == "Young carers are known");
  CHECK(plan.rows[2].timeframe == "March 2022");
}

TEST_CASE("a theme's title wrapped onto a line in lower case is the title's, not a cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Focus\nTask\nno. What we will do Who leads Due\n"
      "Theme One - Safer streets after\ndark for every young person\n"
      "1.1 Light the underpass by the bus station\nTransport Team\nMay 2024\n"
      "1.2 Open the youth hub on Friday nights\nYouth Service\nJuly 2024\n"
      "Theme Two - Children heard in\ntheir own reviews\n"
      "2.1 Give every child an advocate at review\nIndependent Reviewing Service\nOngoing\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[2].ref == "2.1");
  CHECK(plan.rows[2].action == "Give every child an advocate at review");
  CHECK(plan.rows[2].lead == "Independent Reviewing Service");
}

TEST_CASE("a theme's title under the header printed again heads the rows after it, not the row before") {
  const std::string header =
      "Theme Code Goal Intervention\nResponsible\nlead(s) Timeline\nEvidence\nwe will use\nCurrent\nposition\n";
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Partnership Plan 2029-30\n" + header +
      "Safer journeys\nto school\nSJ1 Children cross\nthe ring road\nsafely\nPaint a crossing outside each\n"
      "primary school\nHighways Team\nMarch 2029\nFewer near\nmisses\nAmber\n"
      "SJ2 Parents know\nthe safe routes\nPrint a map of safe routes\nRoad Safety Officer\nJune 2029\n"
      "Map in every\nsurgery\nGreen\n" +
      header +
      "Young people\nfeel safe\nin town\nYP1 Fewer thefts\nin the park\nLight the park paths\nParks Team\nMay 2030\n"
      "Thefts down\nby a half\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "SJ2");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].ref == "YP1");
  CHECK(plan.rows[2].lead == "Parks Team");
  CHECK(plan.rows[2].progress == "Red");
}

TEST_CASE("rows numbered 1 2 3 under a theme title wrapped over two lines keep their numbers apart") {
  // pdftotext -raw runs each row's number into its outcome's first line, and
  // the theme merged down the first rows wraps in its narrow column; the
  // steps column holds dated steps, not the action.
  RecoveredPlan plan = RecoverPlanText(
      "Ref Outcome sought What we are going to do Key steps Owner Due date Progress\n"
      "Young carers are\n"
      "seen early\n"
      "1 Young carers are known to their\n"
      "schools by the end of the year\n"
      "Run a census of young carers in every secondary school\n"
      "Draft by March 2026\n"
      "Sign-off by May 2026\n"
      "Carers Centre Summer term\n"
      "Amber\n"
      "2 Young carers get a break each\n"
      "month from their caring role\n"
      "Open a Saturday club for young carers\n"
      "Draft by June 2026\n"
      "Sign-off by August 2026\n"
      "Youth Service By end of Q3\n"
      "Green\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Run a census of young carers in every secondary school");
  CHECK(plan.rows[0].outcome == "Young carers are known to their schools by the end of the year");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].action == "Open a Saturday club for young carers");
  CHECK(plan.rows[1].lead == "Youth Service");
}

}  // namespace
}  // namespace planrows
