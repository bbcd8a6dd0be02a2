// Tables as pdftotext -layout writes them: cells at character columns,
// read as a positioned page (extractors/monospace_page.h).
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("aligned columns: a wrapped header stacks into names, wrapped cells join under them") {
  RecoveredPlan plan = RecoverPlanText(
      "                                  Lead           Target\n"
      "Ref    Action                     officer        date          Progress\n"
      "3.1    Audit the weekend duty     T Okonjo       May 2026      Amber\n"
      "       rota with the wards        and Harbour\n"
      "                                  Police\n"
      "3.2    Publish a leaflet for      Quality Sub-   July 2026\n"
      "       young carers               group\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "3.1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota with the wards");
  CHECK(plan.rows[0].lead == "T Okonjo and Harbour Police");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Quality Sub-group");  // A word the wrap split at its hyphen.
  CHECK(plan.rows[1].progress.empty());
}

TEST_CASE("aligned columns: a page sets its repeated header and cells anew") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                     Lead           Date\n"
      "3.1    Audit the weekend rota     T Okonjo       May 2026\n"
      "\f"
      "Ref  Action                Lead       Date\n"
      "3.2  Publish a leaflet     Comms      July 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Publish a leaflet");
  CHECK(plan.rows[1].lead == "Comms");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("aligned rows under section headings, their references wrapped in a narrow column") {
  RecoveredPlan plan = RecoverPlanText(
      "                                        Lead\n"
      "Ref.   Action                           officer           Timescale\n"
      "\n"
      "Theme 1 - Young carers\n"
      "\n"
      "YC     Open a drop-in for young         D Farrant         March 2027\n"
      "1      carers at the library\n"
      "\n"
      "YC     Run a survey of young carers     Carers Lead       June 2027\n"
      "2\n"
      "\n"
      "Theme 2 - Online safety\n"
      "\n"
      "OS     Train school staff               Schools Forum     May 2027\n"
      "1\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YC 1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].ref == "YC 2");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[2].ref == "OS 1");
  CHECK(plan.rows[2].section.find("Online safety") != std::string::npos);
}

TEST_CASE("laid-out rows without references are parted by blank lines") {
  RecoveredPlan plan = RecoverPlanText(
      "What we will do               Sign of success       Owner            When\n"
      "\n"
      "Open a respite hub for        Waiting list falls    Carers Lead      May 2027\n"
      "young carers in the north     below 20\n"
      "\n"
      "Train hub staff in safe       All staff trained     K Marsh and      June 2027\n"
      "recruitment                                         Hub Manager\n"
      "\n"
      "Review the respite offer      Survey of families    Hub Manager      July 2027\n"
      "with families\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a respite hub for young carers in the north");
  CHECK(plan.rows[1].lead == "K Marsh and Hub Manager");
  CHECK(plan.rows[2].timeframe == "July 2027");
}

TEST_CASE("laid-out references fused to their action, headings set right of cells, a repeat elsewhere") {
  RecoveredPlan plan = RecoverPlanText(
      "      Steps we will take                    Owner              By when\n"
      "h1 Open a respite hub for young carers      Carers Lead        May 2027\n"
      "   in the north of the county\n"
      "h2 Train hub staff in safe recruitment      K Marsh            June 2027\n"
      "   and induction\n"
      "\f"
      "   Steps we will take              Owner           By when\n"
      "h3 Review the respite offer with   Hub Manager     July 2027\n"
      "   families\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "H1");
  CHECK(plan.rows[0].action == "Open a respite hub for young carers in the north of the county");
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[2].ref == "H3");
  CHECK(plan.rows[2].action == "Review the respite offer with families");
  CHECK(plan.rows[2].lead == "Hub Manager");
  CHECK(plan.rows[2].timeframe == "July 2027");
}

TEST_CASE("two laid-out headings one space apart are parted where the cells below are") {
  RecoveredPlan plan = RecoverPlanText(
      "Code Goal               Activity                 Owner         Deadline\n"
      "C1     Fewer young      Run a hub for            K Marsh       May 2027\n"
      "       people miss      excluded pupils\n"
      "       school\n"
      "C2     More carers get  Publish a carers' guide  Carers Lead   June 2027\n"
      "       a break\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "C1");
  CHECK(plan.rows[0].outcome == "Fewer young people miss school");
  CHECK(plan.rows[0].action == "Run a hub for excluded pupils");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("a laid-out heading that runs into the next one is parted at the gutter under them") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref  Action to take               Who is responsible? By when        Status\n"
      "1    Open a youth hub in the      Hub Manager &         Ongoing      Green\n"
      "     north                        K Marsh\n"
      "2    Publish a carers' guide      Carers Lead           March 2027   Amber\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Hub Manager & K Marsh");
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].timeframe == "March 2027");
}

TEST_CASE("aligned columns: the plan's title right over the header is no line of it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ferncliffe Children's Safeguarding Partnership\n"
      "Yearly Work Plan 2027-2029\n"
      "       Steps we will take                         Owner and deadline         Progress note\n"
      "\n"
      "Objective A: Young carers\n"
      "1.1a   Open a drop-in for young carers at the     Carers Lead                Done\n"
      "       central library                            March 2027\n"
      "1.1b   Run a survey of young carers in schools    D Farrant; Schools Team    Amber\n"
      "                                                  June 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the central library");
  CHECK(plan.rows[1].lead == "D Farrant; Schools Team");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[1].progress == "Amber");
}

TEST_CASE("aligned columns: cells set left of a bold heading, past the end of the heading before, are its") {
  // pdftotext spaces bold headings wider: "Steps we take" stands five
  // characters right of the cells under it.
  RecoveredPlan plan = RecoverPlanText(
      "Code    Aim for families            Steps we take             Owner          Due\n"
      "4.1     Carers find help       Strengthen the drop-in    T Okonjo       May 2026\n"
      "        near home              sessions at the library\n"
      "4.2     Carers find help       Publishing a night bus    Comms Team     July 2026\n"
      "        near home              guide for carers\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].outcome == "Carers find help near home");
  CHECK(plan.rows[0].action == "Strengthen the drop-in sessions at the library");
  CHECK(plan.rows[1].lead == "Comms Team");
}

TEST_CASE("aligned columns: a wrapped reference's capitals run into the next cell one space after them") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref   Outcome               Action                         Lead\n"
      "\n"
      "CW Young carers are     Open a drop-in at the library  D Farrant\n"
      "1     heard in school\n"
      "CW    Carers get a      Print a leaflet for families   Comms Team\n"
      "2     break each term\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "CW 1");
  CHECK(plan.rows[0].outcome == "Young carers are heard in school");
  CHECK(plan.rows[1].ref == "CW 2");
  CHECK(plan.rows[1].lead == "Comms Team");
}

TEST_CASE("laid-out rows without references or blank lines start where their cells start afresh together") {
  RecoveredPlan plan = RecoverPlanText(
      "Outcome                  What we will do               Owner            When\n"
      "Carers feel heard        Open a respite hub for        Carers Lead      May 2027\n"
      "in every review          young carers in the north\n"
      "                         Publish the hub's timetable\n"
      "Carers feel heard        Train hub staff in safe       K Marsh and      June 2027\n"
      "                         recruitment                   Hub Manager\n");
  REQUIRE(plan.rows.size() == 2);
  // Items of one cell, no other cell beside them, stay in their row.
  CHECK(plan.rows[0].action.find("Publish the hub") != std::string::npos);
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[1].action == "Train hub staff in safe recruitment");
  CHECK(plan.rows[1].lead == "K Marsh and Hub Manager");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("laid-out rows start where a whole date and a whole status are followed by new ones") {
  RecoveredPlan plan = RecoverPlanText(
      "Outcome                  What we will do               Owner            When           Progress\n"
      "Carers feel heard        Open a respite hub for        Carers Lead      May 2027       Green\n"
      "in every review          young carers in the north\n"
      "                         Train hub staff in safe       K Marsh and      By end         approx.\n"
      "                         recruitment and induction     Hub Manager      of Q3          60%\n"
      "                         of new starters               Team\n"
      "                         Publish the hub timetable     Comms Desk       By end         approx.\n"
      "                                                                        of Q4          10%\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "K Marsh and Hub Manager Team");
  CHECK(plan.rows[1].timeframe == "By end of Q3");
  CHECK(plan.rows[2].action == "Publish the hub timetable");
  CHECK(plan.rows[2].progress == "approx. 10%");
}

TEST_CASE("laid-out rows of one line each start where a line brings a date of its own under a whole one") {
  RecoveredPlan plan = RecoverPlanText(
      "Theme                What we will do                     Who leads              Due           Status\n"
      "Young carers         Open a respite hub                  Carers Lead            Q1 2027/28    50%\n"
      "                     Train hub staff in safe recruitment K Marsh                Q2 2027/28\n"
      "                     Publish the hub timetable           Comms Desk             Q1            approx. 10%\n"
      "                     in each locality                    and Hub Manager        2028/29\n"
      "                     Survey carers on the hub            Carers Forum           Q3\n"
      "                                                                                2028/29\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Open a respite hub");
  CHECK(plan.rows[0].timeframe == "Q1 2027/28");
  CHECK(plan.rows[1].action == "Train hub staff in safe recruitment");
  CHECK(plan.rows[1].lead == "K Marsh");
  // A date wrapped in its cell leaves its year, and no new row, to the line below.
  CHECK(plan.rows[2].action == "Publish the hub timetable in each locality");
  CHECK(plan.rows[2].lead == "Comms Desk and Hub Manager");
  CHECK(plan.rows[2].timeframe == "Q1 2028/29");
  CHECK(plan.rows[3].action == "Survey carers on the hub");
  CHECK(plan.rows[3].timeframe == "Q3 2028/29");
}

TEST_CASE("a laid-out header of three headings reads when one is known and the words of the others tell theirs") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Work Plan 2027\n"
      "      Harbour activity                       Lead officer / target date     RAG status\n"
      "                                             Carers Lead\n"
      "H1    Open a respite hub in the north                                       Green\n"
      "                                             May-27\n"
      "      Train hub staff in safe recruitment    K Marsh\n"
      "H2                                                                          Amber\n"
      "      and induction                          Jul-27\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "H1");
  CHECK(plan.rows[0].action == "Open a respite hub in the north");
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[0].timeframe == "May-27");
  CHECK(plan.rows[1].action == "Train hub staff in safe recruitment and induction");
  CHECK(plan.rows[1].progress == "Amber");
}

TEST_CASE("laid-out rows of one line each start under a whole month and year of two digits") {
  RecoveredPlan plan = RecoverPlanText(
      "Steps to take                                Champion               Target       Latest update\n"
      "\n"
      "Open a respite hub in the north              Carers Lead            Mar-27       Achieved\n"
      "Train hub staff in safe recruitment          K Marsh and Hub Team   Sep-27       Partially\n"
      "                                                                                 achieved\n"
      "Publish the hub timetable                    Comms Desk             Jan-28       Behind\n"
      "                                                                                 schedule\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a respite hub in the north");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[1].lead == "K Marsh and Hub Team");
  CHECK(plan.rows[1].progress == "Partially achieved");
  CHECK(plan.rows[2].timeframe == "Jan-28");
  CHECK(plan.rows[2].progress == "Behind schedule");
}

TEST_CASE("laid-out rows: a date range wrapped after its first date stays in the row whose cells go on") {
  RecoveredPlan plan = RecoverPlanText(
      "Theme                What we will do                     Who leads              Due           Status\n"
      "Young carers         Open a respite hub for              Carers Lead,           April 2027    50%\n"
      "                     young carers                        Hub Manager            March 2028\n"
      "                     Survey carers on the hub            Carers Forum           May 2028\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a respite hub for young carers");
  CHECK(plan.rows[0].lead == "Carers Lead, Hub Manager");
  CHECK(plan.rows[1].action == "Survey carers on the hub");
}

TEST_CASE("laid-out rows: a header repeated right under a row's last line leaves that line in the row") {
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership\n"
      "\n"
      "Delivery Plan 2030 - 2031\n"
      "Area              Aim                             Work                                         "
      "    Owner and date                   Status (RAG)\n"
      "Strand 1 -        Carers are heard in every       1.1. Open a drop-in at the harbour           "
      "    Oona Barraclough                 Drop-in open\n"
      "Young carers      review                          library each week                            "
      "    Jan-27                           twice a week\n"
      "                                                  1.2. Print a guide to the night bus          "
      "    Transport Desk/Rota\n"
      "                                                  for care leavers. A task and finish group    "
      "    Desk\n"
      "                                                  will lead this, drawing on what the          "
      "    Ongoing\n"
      "                                                  families have told us\n"
      "Area              Aim                             Work                                         "
      "    Owner and date                   Status (RAG)\n"
      "Strand 2 -        Records are complete            2.1. Run a summer audit of missing           "
      "    Piet Lanyon                      Audit begun\n"
      "Safer records                                     episode records                              "
      "    Aug-27\n"
      "                                                  2.2. Check the records                       "
      "    Records Team                     Not begun\n"
      "                                                                                               "
      "    Sep-27\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].action.find("what the families have told us") != std::string::npos);
  CHECK(plan.rows[2].ref == "2.1");
  CHECK(plan.rows[2].action == "Run a summer audit of missing episode records");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
}

TEST_CASE("aligned columns: a page with no header repeated places its cells where its own rows start them") {
  // The converter laid out the second page narrower: every column after
  // the second starts further left than the header placed it.
  RecoveredPlan plan = RecoverPlanText(
      "Ref   Action                      Lead              Due           RAG\n"
      "4.1   Open a forum for carers     K Allworth        May 2027      Green\n"
      "4.2   Run a survey of carers      Carers Lead       June 2027     Amber\n"
      "\f"
      "4.3   Train designated leads  Schools Forum  March 2027  Red\n"
      "4.4   Audit referral quality  L Penhallow    April 2027  Green\n"
      "      across the districts\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[2].action == "Train designated leads");
  CHECK(plan.rows[2].lead == "Schools Forum");
  CHECK(plan.rows[2].timeframe == "March 2027");
  CHECK(plan.rows[2].progress == "Red");
  CHECK(plan.rows[3].action == "Audit referral quality across the districts");
  CHECK(plan.rows[3].lead == "L Penhallow");
  CHECK(plan.rows[3].timeframe == "April 2027");
}

TEST_CASE("aligned columns: the same whole date under a one-line row starts a row of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Outcome                  Action                        Lead          Due\n"
      "Carers feel heard        Open a forum for carers       K Allworth    Ongoing\n"
      "Schools act early        Train designated leads        L Penhallow   Ongoing\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a forum for carers");
  CHECK(plan.rows[0].lead == "K Allworth");
  CHECK(plan.rows[1].action == "Train designated leads");
  CHECK(plan.rows[1].timeframe == "Ongoing");
}

TEST_CASE("aligned columns: a page on which one column's cells start at two places is still read by its rows") {
  // The converter set the milestones further left where a row leaves its aim empty.
  RecoveredPlan plan = RecoverPlanText(
      "Ref   Action                      Aim               Milestones         Lead           RAG\n"
      "4.1   Open a forum for carers     Carers heard      Draft by May       K Allworth     Green\n"
      "4.2   Run a survey of carers and  Carers counted    Draft by June      Carers Lead    Amber\n"
      "\f"
      "     the families they support\n"
      "4.3  Train designated leads   Staff spot harm  Draft by March  Schools Forum  Red\n"
      "4.4  Audit referral quality   Fewer repeats    Draft by April  L Penhallow    Green\n"
      "4.5  Map the youth clubs               Draft by July           Youth Service  Amber\n"
      "4.6  Light the quay path               Draft by August         Highways       Green\n");
  REQUIRE(plan.rows.size() == 6);
  CHECK(plan.rows[1].action == "Run a survey of carers and the families they support");
  CHECK(plan.rows[2].lead == "Schools Forum");
  CHECK(plan.rows[4].ref == "4.5");
  CHECK(plan.rows[4].lead == "Youth Service");
  CHECK(plan.rows[5].progress == "Green");
}

TEST_CASE("aligned columns: a header printed again in place over one row is read as it was first") {
  // One space parts two headings: the rows under the first print tell the
  // columns apart, the one row under the repeat too few.
  RecoveredPlan plan = RecoverPlanText(
      "       What we will do               Who leads Finish        RAG\n"
      "                                               by\n"
      "K1     Light the canal towpath       Canal     30/05/2031    Green\n"
      "                                     Trust\n"
      "K2     Train the lock keepers        Harbour   30/06/2031    Amber\n"
      "                                     Master\n"
      "K3     Paint the lock gates          Lock      31/08/2031    Green\n"
      "                                     Keepers\n"
      "       What we will do               Who leads Finish        RAG\n"
      "                                                 by\n"
      "L1     Map the moorings with the     Boat      31/07/2031    Slipping\n"
      "       harbour volunteers            Club\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[3].ref == "L1");
  CHECK(plan.rows[3].lead == "Boat Club");
  CHECK(plan.rows[3].timeframe == "31/07/2031");
  CHECK(plan.rows[3].progress == "Slipping");
}

}  // namespace
}  // namespace planrows
