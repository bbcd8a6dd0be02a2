// Tables whose cells Word centred in their rows, as pdftotext -layout
// writes them: no blank line between rows, each reference in the middle
// of its row (pipeline/recovery/centred_rows.h).
#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("centred cells: a row starts as far above its reference as it ends below it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                             Lead             Date\n"
      "       Set up a carers' forum with the\n"
      "                                          P Marchetti /\n"
      "4.1    youth service and the colleges                      June 2027\n"
      "                                          Carers Lead\n"
      "       in each district\n"
      "4.2    Print a leaflet for parents        Comms Team       May 2027\n"
      "       Train the duty desk in the new\n"
      "4.3                                       R Osei           July 2027\n"
      "       referral route\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "4.1");
  CHECK(plan.rows[0].action == "Set up a carers' forum with the youth service and the colleges in each district");
  CHECK(plan.rows[0].lead == "P Marchetti / Carers Lead");
  CHECK(plan.rows[0].timeframe == "June 2027");
  CHECK(plan.rows[1].action == "Print a leaflet for parents");
  CHECK(plan.rows[2].ref == "4.3");
  CHECK(plan.rows[2].action == "Train the duty desk in the new referral route");
  CHECK(plan.rows[2].lead == "R Osei");
}

TEST_CASE("centred cells: a reference wrapped in a narrow column numbers the row around it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                             Lead             Date\n"
      "       Run a survey of young carers in\n"
      "CW     every secondary school and share\n"
      "                                          D Farrant        March 2027\n"
      "1      the findings with the heads'\n"
      "       forum\n"
      "CW     Hold a young carers' week with\n"
      "                                          Schools Forum    June 2027\n"
      "2      the libraries\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "CW 1");
  CHECK(plan.rows[0].action ==
        "Run a survey of young carers in every secondary school and share the findings with the heads' forum");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].ref == "CW 2");
  CHECK(plan.rows[1].action == "Hold a young carers' week with the libraries");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("centred cells: a number alone in the middle of a row is its reference, not a page number") {
  RecoveredPlan plan = RecoverPlanText(
      "No.    Action                             Lead             Date\n"
      "       Review the transport policy\n"
      "1                                         Travel Team      May 2027\n"
      "       with the parents' forum\n"
      "       Hold a carers' week at the\n"
      "       libraries and leisure centres      P Marchetti /    Autumn\n"
      "2\n"
      "       with the schools forum             Youth Council    2027\n"
      "       and the youth council\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Review the transport policy with the parents' forum");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].action ==
        "Hold a carers' week at the libraries and leisure centres with the schools forum and the youth council");
  CHECK(plan.rows[1].lead == "P Marchetti / Youth Council");
}

TEST_CASE("centred cells: a lead beside a row's later items belongs to the whole row") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                             Lead             Date\n"
      "       - Open a drop-in for carers\n"
      "       - Print a leaflet for parents      Comms Team and\n"
      "4.1                                                        May 2027\n"
      "       - Launch a night bus guide         Carers Lead\n"
      "       - Run a survey of carers\n"
      "4.2    Hold a carers' week                R Osei           June 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "4.1");
  CHECK(plan.rows[0].lead == "Comms Team and Carers Lead");
  CHECK(plan.rows[0].timeframe == "May 2027");
  CHECK(plan.rows[1].lead == "R Osei");
}

TEST_CASE("centred cells: a theme column left of the references is beside the rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Theme            Ref    Action                             Lead             Date\n"
      "Young carers            Set up a carers' forum with the\n"
      "                 YC1                                       Carers Lead      June 2027\n"
      "are seen                youth service\n"
      "and heard\n"
      "                        Print a leaflet for parents        P Marchetti /\n"
      "                 YC2                                                        May 2027\n"
      "                        in every district                  Comms Team\n"
      "                        Train the duty desk in the new\n"
      "for them         YC3                                       R Osei           July 2027\n"
      "                        referral route\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YC1");
  CHECK(plan.rows[0].action == "Set up a carers' forum with the youth service");
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[1].ref == "YC2");
  CHECK(plan.rows[1].action == "Print a leaflet for parents in every district");
  CHECK(plan.rows[1].lead == "P Marchetti / Comms Team");
  CHECK(plan.rows[1].timeframe == "May 2027");
  CHECK(plan.rows[2].ref == "YC3");
  CHECK(plan.rows[2].action == "Train the duty desk in the new referral route");
}

TEST_CASE("centred cells: the last row of a page, split by the break, is set at its top") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                             Lead             Date\n"
      "       Set up a carers' forum with the\n"
      "4.1    youth service and the colleges     P Marchetti      June 2027\n"
      "       in each district\n"
      "       Train the duty desk in the new\n"
      "4.2                                       R Osei           July 2027\n"
      "       referral route\n"
      "4.3    Print a leaflet for parents        Comms Team /     May 2027\n"
      "       and carers in every district       Carers Lead\n"
      "3\n"
      "\f       and library\n"
      "       Hold a carers' week at the\n"
      "4.4                                       Youth Council    Autumn 2027\n"
      "       town libraries\n"
      "       Run a survey of young carers\n"
      "4.5                                       D Farrant        March 2028\n"
      "       in every school\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].action == "Set up a carers' forum with the youth service and the colleges in each district");
  CHECK(plan.rows[1].action == "Train the duty desk in the new referral route");
  CHECK(plan.rows[2].ref == "4.3");
  CHECK(plan.rows[2].action == "Print a leaflet for parents and carers in every district and library");
  CHECK(plan.rows[2].lead == "Comms Team / Carers Lead");
  CHECK(plan.rows[3].action == "Hold a carers' week at the town libraries");
  CHECK(plan.rows[3].lead == "Youth Council");
  CHECK(plan.rows[4].action == "Run a survey of young carers in every school");
}

TEST_CASE("cells set at the top of their rows are read as before") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                             Lead             Date\n"
      "4.1    Set up a carers' forum with the    P Marchetti      June 2027\n"
      "       youth service\n"
      "4.2    Print a leaflet for parents        Comms Team /     May 2027\n"
      "       and carers in every district       Carers Lead\n"
      "       and library\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Set up a carers' forum with the youth service");
  CHECK(plan.rows[1].action == "Print a leaflet for parents and carers in every district and library");
  CHECK(plan.rows[1].lead == "Comms Team / Carers Lead");
}

TEST_CASE("a scanned header over unheaded references, right over the first row, heads the table") {
  // OCR leaves a gap over each row; the header's names stand right of the
  // references, as a centred row's upper lines would.
  PageBuilder pages;
  pages.Page()
      .Line({{411, "Ownership"}}, true)
      .Line({{411, "Person"}, {440, "agency"}, {512, "Target end"}}, true)
      .Line({{59, "Planned work"}, {283, "Expected result"}, {411, "responsible"}, {512, "date"}})
      .Line({{48, "1"}, {59, "Map the moorings"}, {283, "Boats are moored"}, {411, "Canal Trust"}, {512, "Q3"}})
      .Line({{59, "with the harbour club"}, {283, "safely"}, {512, "2027/28"}})
      .Line({{48, "2"}, {59, "Train the lock keepers"}, {283, "Locks open on time"}, {411, "Lock Keepers"},
             {512, "Q1 2027/28"}}, true)
      .Line({{48, "3"}, {59, "Paint the lock gates"}, {283, "Gates last longer"}, {411, "Canal Trust"},
             {512, "Q4 2027/28"}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the moorings with the harbour club");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Q3 2027/28");
}

TEST_CASE("top-aligned cells: lines under a row whose reference did not read are that row's") {
  // OCR read "ng1" as "ngl"; the lines under it and over "ng2" would be
  // the top of a centred row, and their count below "ng2" happens to fit.
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                             Lead             Date\n"
      "ngl    Open the harbour youth club        Youth Service    May 2027\n"
      "       Staff it from the colleges\n"
      "       Print a leaflet for parents\n"
      "       Run a summer survey\n"
      "ng2    Train the duty desk in the new     R Osei           July 2027\n"
      "       referral route so that learning\n"
      "       reaches the night staff\n"
      "ng3    Hold a young carers' week with     Schools Forum    June 2027\n"
      "       the libraries                      and Carers Lead\n"
      "ng4    Map the routes of children who     Police Lead      March 2028\n"
      "       go missing from school             and YOT\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action ==
        "Open the harbour youth club Staff it from the colleges Print a leaflet for parents Run a summer survey");
  CHECK(plan.rows[1].action ==
        "Train the duty desk in the new referral route so that learning reaches the night staff");
  CHECK(plan.rows[2].lead == "Schools Forum and Carers Lead");
  CHECK(plan.rows[3].action == "Map the routes of children who go missing from school");
}

TEST_CASE("centred cells: a header whose first heading stands in the reference column is no row over the block") {
  // "Ref #" over the references, "Aim" and "Tasks" on the header's last line, the first row centred under it.
  RecoveredPlan plan = RecoverPlanText(
      "            The work\n"
      "Ref #                                               Lead / date          Measure of impact\n"
      "            Aim           Tasks and activities\n"
      "                          Open a drop-in at the     K Marsh\n"
      "1                                                                        Survey: 60% confident\n"
      "                          harbour library           May 2031\n"
      "            Fewer carers  Print a guide to the      Transport Desk\n"
      "2           feel alone    night bus for carers                           Audit of 20 cases\n"
      "                          and their families        June 2031\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].lead == "K Marsh");
  CHECK(plan.rows[1].action == "Print a guide to the night bus for carers and their families");
}

TEST_CASE("centred cells: with no references each row's date in its middle tells where the row lies") {
  RecoveredPlan plan = RecoverPlanText(
      "Steps to take                               Owner                 Due          Evidence\n"
      "* Map the crossing points                   Road Safety Team,                  Crossing survey done\n"
      "                                                                  May 2029\n"
      "* Train the crossing patrols                Highways Desk                      Patrols in post\n"
      "Run cycle training for pupils in each\n"
      "                                            Active Travel Officer  June 2029    Two hundred pupils trained\n"
      "cluster, with the school nurses\n"
      "Paint the school zig-zags                   Highways Team         July 2029    All gates painted\n"
      "                                            Parking Team,                      Fewer fines issued\n"
      "Patrol the school gates at home time                              August 2029\n"
      "                                            Police Cadets                      Fewer complaints\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Road Safety Team, Highways Desk");
  CHECK(plan.rows[0].timeframe == "May 2029");
  CHECK(plan.rows[1].action == "Run cycle training for pupils in each cluster, with the school nurses");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[2].lead == "Highways Team");
  CHECK(plan.rows[3].action == "Patrol the school gates at home time");
  CHECK(plan.rows[3].lead == "Parking Team, Police Cadets");
}

}  // namespace
}  // namespace planrows
