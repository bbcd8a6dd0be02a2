// Headers on a line or a few, wrapped, over rows written a cell a line:
// what the rows under them tell about their columns.
#include "pipeline/recovery/wrapped_header_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("rows numbered 1 2 3 alone on their lines under a header that leaves their column unnamed") {
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Vale Children's Partnership Plan 2028-30\n"
      "\n"
      "What should change Steps we will take Owner Due date Status\n"
      "1\n"
      "Young carers are known to their school\n"
      "Map the young carers in each cluster\n"
      "Carers Hub\n"
      "31/01/2029\n"
      "Green\n"
      "2\n"
      "Fewer missed health checks for looked after children\n"
      "Book health checks before each review\n"
      "Designated Nurse\n"
      "30/06/2029\n"
      "Amber\n"
      "3\n"
      "Young carers are known to their school\n"
      "Train pastoral staff on hidden caring\n"
      "School Nurse Lead\n"
      "31/03/2030\n"
      "Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the young carers in each cluster");
  CHECK(plan.rows[0].lead == "Carers Hub");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "Designated Nurse");
  CHECK(plan.rows[1].timeframe == "30/06/2029");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].action == "Train pastoral staff on hidden caring");
}

TEST_CASE("rows numbered 1 2 3 anew under each theme's title, written once above its first row's number") {
  const std::string header =
      "Strategic aim Action ref Purpose Intervention Evidence we will use Led by / when Update\n";
  RecoveredPlan plan = RecoverPlanText(
      "Kelderby Children's Partnership Work Plan\n\n" + header +
      "Carers are seen and heard\n"
      "1\nYoung carers are known to their school\nMap the young carers in each cluster\n"
      "Audit shows 80% of carers known\nCarers Hub \u2013 March 2029\nOn track\n\n"
      "2\n\nTrain pastoral staff on hidden caring\nAt least 20 schools take part\nSchool Nurse Lead\n"
      "Started in May\n\n"
      "3\n\nPrint a card on help for carers\nCards in every surgery\nCarers Hub \u2013 July 2029\nDone\n\n"
      "Page 1\f" + header +
      "Safer streets at night\n"
      "1\nChildren out late are known to the night team\nRun a night bus for young people\n"
      "Survey shows fewer late journeys\nTransport Lead \u2013 June 2029\nNot started\n\n"
      "2\n\nLight the underpass by the station\nFewer incidents reported\nEstates Team \u2013 May 2029\n"
      "Done\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the young carers in each cluster");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].action == "Train pastoral staff on hidden caring");
  CHECK(plan.rows[1].lead == "School Nurse Lead");
  CHECK(plan.rows[1].progress == "Started in May");
  CHECK(plan.rows[3].ref == "1");
  CHECK(plan.rows[3].action == "Run a night bus for young people");
  CHECK(plan.rows[4].ref == "2");
  CHECK(plan.rows[4].progress == "Done");
}

TEST_CASE("a two-level header written row by row puts its second row in place of the group over it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nno\nPlan\nLead & Completion\nDate\nRAG\nDesired outcome Planned activity\n"
      "kv1 Young carers are\nknown early\nOpen a drop-in for young\ncarers at the library\nD Farrant\nMarch 2027\n"
      "Amber\n"
      "kv2 Carers are heard\nRun a survey of young\ncarers\nCarers Lead\nJune 2027\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "KV1");
  CHECK(plan.rows[0].outcome == "Young carers are known early");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("two extra columns under different names are no two-level header's group and its column") {
  RecoveredPlan plan = RecoverPlanText(
      "Fernby Safeguarding Partnership\n\n"
      "Objective Actions to deliver Milestones Owner Timescale Success measure Where are we now?\n"
      "ab1\nRefresh the neglect toolkit\nTwo drafts agreed\nHead of Early Help\nQ3 2021/22\n"
      "Audit finds the toolkit used\nCompleted\n"
      "ab2\nRun a multi-agency audit\nTerms agreed\nNamed Nurse\n31/03/2022\nAudit reported to the Board\n"
      "Not yet started\n"
      "ab3\nLaunch the screening tool\nPilot in one locality\nDesignated Nurse\nJune 2022\nTool used in most cases\n"
      "On track\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "AB1");
  CHECK(plan.rows[0].action == "Refresh the neglect toolkit");
  CHECK(plan.rows[0].lead == "Head of Early Help");
  CHECK(plan.rows[0].timeframe == "Q3 2021/22");
  CHECK(plan.rows[0].progress == "Completed");
  CHECK(plan.rows[1].lead == "Named Nurse");
  CHECK(plan.rows[1].progress == "Not yet started");
}

TEST_CASE("rows numbered 1 2 3 that run their number into their first cell's first line start at it") {
  RecoveredPlan plan = RecoverPlanText(
      "Orrin Bay Safeguarding Partnership\nWork Programme 2022-23\n"
      "Ref Outcome Action Lead Timescale Progress\n"
      "1 Families are safe at\nhome\nFit smoke alarms in every flat\nFire Officer\nMarch\n2023\n"
      "Alarms fitted in half\n"
      "2 Families know the risks\nRun a fire safety week\nFire Officer\nJune 2023\nWeek planned\n"
      "3 Streets are lit at night\nLight the park paths\nParks Manager\nMay 2023\nDone\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Fit smoke alarms in every flat");
  CHECK(plan.rows[0].lead == "Fire Officer");
  CHECK(plan.rows[0].timeframe == "March 2023");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].lead == "Parks Manager");
  CHECK(plan.rows[2].progress == "Done");
}

TEST_CASE("a header wrapped over two lines, a section heading under it, heads a table a wrapped line a line") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027/29\n"
      "Priority\nno. Outcome sought Task Sponsor Timeline Measure\n"
      "Objective A: Safer river paths\n"
      "RP1 Children cross the river\npaths safely\nLight the towpath between\nthe two locks\n"
      "J Okafor & T\nBrenner\nQ2\n2027/28\nFewer night-time\nincidents reported\n"
      "RP2 Children cross the river\npaths safely\nPut up new signs at\nthe weir steps\n"
      "Canal Trust\nQ3\n2027/28\nSigns in place\n"
      "Objective B: Young carers known early\n"
      "YC1 Young carers are known\nto their schools\nTrain school office staff\nto spot young carers\n"
      "Schools Forum\nQ1\n2028/29\nTwenty schools trained\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "RP1");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "J Okafor & T Brenner");
  CHECK(plan.rows[0].timeframe == "Q2 2027/28");
  CHECK(plan.rows[1].lead == "Canal Trust");
  CHECK(plan.rows[2].ref == "YC1");
  CHECK(plan.rows[2].section == "Young carers known early");
  CHECK(plan.rows[2].timeframe == "Q1 2028/29");
}

TEST_CASE("a wrapped header whose first line holds a name's end is no run-on paragraph when rows start lines") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Item\nno. Steps we plan Lead / date\nCurrent\nposition\n"
      "1. Young carers known early\n"
      "YC1 Open a drop-in for young carers at the\nlibrary on Saturdays\nCarers Lead\nMarch 2027\n40%\n"
      "YC2 Train school office staff to spot young\ncarers\nSchools Forum\nJune 2027\n"
      "2. Safer river paths\n"
      "RP1 Light the towpath between the two locks\nCanal Trust\nSeptember 2027\n80%\n"
      "RP2 Put up new signs at the weir steps\nDuty Manager\nMay 2028\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "YC1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library on Saturdays");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[0].progress == "40%");
  CHECK(plan.rows[1].action == "Train school office staff to spot young carers");
  CHECK(plan.rows[2].ref == "RP1");
  CHECK(plan.rows[2].section == "Safer river paths");
  CHECK(plan.rows[3].timeframe == "May 2028");
}

TEST_CASE("a two-level header over many lines, its group name alone on a line, is read and known again rewrapped") {
  const std::string header_page_one = "No.\nProgramme\nSponsor\nTimeline\nSuccess\nmeasure\nLatest\nposition\n"
                                      "Outcome sought Key tasks\n";
  const std::string header_page_two = "No.\nProgramme\nSponsor Timeline\nSuccess\nmeasure\nLatest\nposition\n"
                                      "Outcome\nsought Key tasks\n";
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Theme One - Safer river paths\n" + header_page_one +
      "RP1 Children cross the\nriver paths safely\nLight the towpath between\nthe two locks\n"
      "Canal Trust\nMarch\n2027\nFewer night-time\nincidents\nOn track\n"
      "RP2 Children cross the\nriver paths safely\nPut up new signs at the\nweir steps\n"
      "Duty Manager\nJune 2027\nSigns in place\n\f"
      "Theme Two - Young carers known early\n" + header_page_two +
      "YC1 Young carers are\nknown to schools\nTrain school office staff\nto spot young carers\n"
      "Schools Forum\nSeptember\n2027\nTwenty schools\ntrained\nDelayed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "RP1");
  CHECK(plan.rows[0].outcome == "Children cross the river paths safely");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].action == "Put up new signs at the weir steps");
  CHECK(plan.rows[2].ref == "YC1");
  CHECK(plan.rows[2].outcome == "Young carers are known to schools");
  CHECK(plan.rows[2].action == "Train school office staff to spot young carers");
  CHECK(plan.rows[2].lead == "Schools Forum");
}

TEST_CASE("a known name of a lead and a date over a lead and a date is the group of a two-level header") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Row Outcome sought Key tasks\nLead and date\nLatest position\nOwner Deadline\n"
      "RP1 Children cross the\nriver paths safely\nLight the towpath between\nthe two locks\n"
      "Canal Trust Mar-27 On track\n"
      "RP2 Children cross the\nriver paths safely\nPut up new signs at the\nweir steps\n"
      "Duty Manager Jun-27 Delayed\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) ==
        std::vector<std::string>{"Ref", "Outcome sought", "Key tasks", "Owner", "Deadline", "Latest position"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP1");
  CHECK(plan.rows[0].outcome == "Children cross the river paths safely");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].progress == "Delayed");
}

TEST_CASE("a wrapped header of names few rules know, a heading a line, is borne out by the references under it") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Tag\nOur intent\nOwned by whom\nFinish\ntarget\nProgress\nremark\nWhat should\nchange Tasks we will do\n"
      "Theme One - Safer river paths\n"
      "RP1 Children cross the\nriver paths safely\nLight the towpath between\nthe two locks\n"
      "Canal Trust By end of Q2 Green\n"
      "RP2 Fewer falls at the\nweir steps\nPut up new signs at the\nweir steps\n"
      "Duty Manager By end of Q3 Amber\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) == std::vector<std::string>{"Ref", "What should change", "Tasks we will do",
                                                             "Owned by whom", "Finish target", "Progress remark"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP1");
  CHECK(plan.rows[0].outcome == "Children cross the river paths safely");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].outcome == "Fewer falls at the weir steps");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("a wrapped header's first name no rule knows, right over a reference, is no group over its last line") {
  RecoveredPlan plan = RecoverPlanText(
      "Entry Steps agreed Task owner\nWhen is it\ndue? Progress remark\n"
      "1. Safer river paths\n"
      "1.1. Light the towpath between the two locks\nCanal Trust Mar-27 Lamps ordered\n"
      "1.2. Put up new signs at the weir steps\nDuty Manager Jun-27\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[0].progress == "Lamps ordered");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("a wrapped header goes on down to the references under it, past a name the line above ends on") {
  RecoveredPlan plan = RecoverPlanText(
      "1. Safer river paths\n"
      "Planned steps Task owner\nFinish\nmonth\nProgress\nremark\n"
      "rp1 Light the towpath between the two locks Canal Trust\nQ2 2027/28 G\n"
      "rp2 Put up new signs at the weir steps Duty Manager Q3 2027/28 A\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP1");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Q2 2027/28");
  CHECK(plan.rows[1].ref == "RP2");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("a person's name between a record's labels written a line each names no column") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Safeguarding Board Plan 2027-29\n1. Safer river paths\n"
      "Row\nHB 1\nWhat we will\nLight the towpath between the locks\ndo\n"
      "Led by whom\nD. Okafor, Canal Trust\nBy when\nQ3 2027/28\nProgress made\nGreen\n"
      "Row\nHB 2\nWhat we will\nPut up signs at the weir\ndo\n"
      "Led by whom\nP. Lanyon\nBy when\nQ1 2028/29\nProgress made\nAmber\n");
  for (const TableTrace& table : plan.tables) {
    for (const ColumnTrace& column : table.columns) {
      CHECK(column.heading.find("Okafor") == std::string::npos);
      CHECK(column.heading != "D.");
    }
  }
}

TEST_CASE("a quarter's position after a group name no rule knows names the progress column") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Focus area Line Steps to take Ownership Q2 position\nResponsible lead(s) Date due\n"
      "KM 1 Map the crossing points near each school Road Safety Team March 2030 A\n"
      "KM 2 Run cycle training for pupils Active Travel Officer May 2030 G\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "March 2030");
  CHECK(plan.rows[0].progress == "A");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].progress == "G");
}

TEST_CASE("a header line whose capitalised runs each tell a column by their words heads rows without references") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Planned activity Who will lead? Target month Status at review\n"
      "Map the crossing points near each school and share the map with\n"
      "parents\n"
      "Road Safety Team\n"
      "Q2 2029/30 Map drafted; sharing in June\n"
      "Run cycle training for pupils in each cluster Active Travel Officer\n"
      "Q4 2029/30 Two sessions held\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Map the crossing points near each school and share the map with parents");
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "Q2 2029/30");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].progress == "Two sessions held");
}

TEST_CASE("a long known name alone on its line after a heading wrapped in lower case goes on with the header") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "What we are going to do Action owner Date for\n"
      "completion\n"
      "How we will know it worked\n"
      "1 Map the crossing points near each school and share the map with\n"
      "parents\n"
      "Road Safety Team By end of Q2 Fewer near misses reported by\n"
      "schools\n"
      "2 Run cycle training for pupils in each cluster\n"
      "Active Travel Officer Ongoing Three in four pupils pass the course\n"
      "3 Paint safe routes on the pavements by the station\n"
      "Highways Team By end of Q4 Routes used by more pupils\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the crossing points near each school and share the map with parents");
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].timeframe == "By end of Q4");
}

TEST_CASE("a group name that tells a lead over an owner and a date names no column of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "No. Task Desired outcome\n"
      "Accountability Where\nare we\nnow?\n"
      "Owner When\n"
      "Theme One - Safer roads\n"
      "1.1 Map the crossing points near\neach school\nFewer near\nmisses\nRoad Safety\nTeam\nBy end\nof Q2\n10%\n"
      "1.2 Run cycle training for pupils\nMore pupils\ncycle to school\nActive Travel Officer\nOngoing\n50%\n"
      "complete\n"
      "1.3 Paint safe routes on the\npavements\nRoutes used by\nmore pupils\nHighways Team By end\nof Q4\n25%\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[0].progress == "10%");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].lead == "Highways Team");
  CHECK(plan.rows[2].timeframe == "By end of Q4");
}

TEST_CASE("a first row's theme wrapped right under the header is no heading, and the first heading no group") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Area of focus Outcome required Planned work Sponsor\nTarget\ncompletion Status (RAG)\n"
      "Safer journeys to school\nand back home\n"
      "Fewer near misses near schools\nMap the crossing points near each school\nRoad Safety Team\n"
      "31/03/2030 Green\n"
      "More pupils cycle to school\nRun cycle training for pupils\nActive Travel Officer\n31/05/2030 Amber\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) == std::vector<std::string>{"Area of focus", "Outcome required", "Planned work",
                                                             "Sponsor", "Target completion", "Status (RAG)"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[1].progress == "Amber");
}

}  // namespace
}  // namespace planrows
