// Tables written one cell, or one wrapped cell line, per line under a
// header of names set apart by single spaces.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("one cell per line under a spaced header gives a row per reference") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Progress\n"
      "4.1\nStand up a weekend duty rota for the harbour wards\nT Okonjo\nMay 2026\nAmber\n"
      "4.2\nPublish a leaflet on the new front door\nComms Officer\nJuly 2026\nNot started\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "4.1");
  CHECK(plan.rows[0].action == "Stand up a weekend duty rota for the harbour wards");
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[0].where.line == 2);
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].progress == "Not started");
}

TEST_CASE("each blank line in a row is one empty cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Outcome Lead By when Progress\n"
      "4.1\nStand up a weekend duty rota for the harbour wards\n\n\nMay 2026\nAmber\n"
      "4.2\nPublish a leaflet on the new front door\nFamilies know where to go\nComms Officer\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[1].progress.empty());
}

TEST_CASE("a reference in front of the first cell's text in rows of a line a named cell is a column of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Planned work Responsible lead(s) Time scale\n"
      "hb1 \u2013 Open a drop-in clinic at the harbour for young carers\nHarbour Practice Lead\nQ3 2027/28\n"
      "hb2 \u2013 Train ferry staff to spot children travelling alone\nP Quayle\nQ1 2028/29\n"
      "hb3 \u2013 Map the youth clubs of the three islands\nIsland Youth Forum\nOngoing\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "HB1");
  CHECK(plan.rows[0].action == "Open a drop-in clinic at the harbour for young carers");
  CHECK(plan.rows[0].lead == "Harbour Practice Lead");
  CHECK(plan.rows[0].timeframe == "Q3 2027/28");
  CHECK(plan.rows[1].lead == "P Quayle");
  CHECK(plan.rows[1].timeframe == "Q1 2028/29");
  CHECK(plan.rows[2].timeframe == "Ongoing");
}

TEST_CASE("rows a cell longer than a header naming no reference column put the reference in front") {
  RecoveredPlan plan = RecoverPlanText(
      "Desired outcome Agreed actions Responsible officer Target date Status\n"
      "mh1\nTeenagers in crisis are seen within a day\nOpen a crisis line with the night team\nR Dunmore\n"
      "Jun-27\nAmber\n"
      "mh2\n\nTrain school nurses in first response\nSchool Nursing\nSep-27\nGreen\n"
      "mh3\nParents know where to turn\nPublish a guide for parents\nComms Team\nDec-27\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "MH1");
  CHECK(plan.rows[0].outcome == "Teenagers in crisis are seen within a day");
  CHECK(plan.rows[0].action == "Open a crisis line with the night team");
  CHECK(plan.rows[0].lead == "R Dunmore");
  CHECK(plan.rows[1].ref == "MH2");
  CHECK(plan.rows[1].action == "Train school nurses in first response");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a header of three names few rules know is read when its rows hold a reference more") {
  RecoveredPlan plan = RecoverPlanText(
      "Planned piece of work Who / when Progress made\n\n"
      "2.1.\nOpen a crisis line with the night team\nR Dunmore – Jun-27\n4 calls a week\n"
      "2.2.\nTrain school nurses in first response\nSchool Nursing – Sep-27\nNot started\n"
      "2.3.\nPublish a guide for parents\nComms Team – Dec-27\nOn track\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "2.1");
  CHECK(plan.rows[0].action == "Open a crisis line with the night team");
  CHECK(plan.rows[0].lead == "R Dunmore");
  CHECK(plan.rows[0].timeframe == "Jun-27");
  CHECK(plan.rows[2].progress == "On track");
}

TEST_CASE("a header whose reference column is named '#' reads that column even taken for a Markdown heading") {
  RecoveredPlan plan = RecoverPlanText(
      "# Planned activity Outcome sought Lead officer Timescale Progress\n"
      "kw1\nOpen a drop-in for young carers at the library\nCarers are known early\nD Farrant\nMar-27\nAmber\n"
      "kw2\nRun a survey of young carers\nCarers are heard\nCarers Lead\nJun-27\n\f"
      "# Planned activity Outcome sought Lead officer Timescale Progress\n"
      "Green\nkw3\nTrain school staff in spotting hidden carers\nStaff spot carers\nSchools Forum\nSep-27\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "KW1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].ref == "KW3");
  CHECK(plan.rows[2].timeframe == "Sep-27");
}

TEST_CASE("wrapped cell lines are joined into their cells by where the lines break") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Objective Action Lead agency\nBy when\n"
      "7.1 Carers under twelve are\nknown to their school\n"
      "Map the routes by which\nyoung carers reach the\nduty team\nHead of Inclusion /\nHarbour Police\nMarch\n2027\n"
      "7.2 Fewer repeat referrals\nAudit closed cases\nDuty Manager\nJune 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "7.1");
  CHECK(plan.rows[0].outcome == "Carers under twelve are known to their school");
  CHECK(plan.rows[0].action == "Map the routes by which young carers reach the duty team");
  CHECK(plan.rows[0].lead == "Head of Inclusion / Harbour Police");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].action == "Audit closed cases");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("cells run into one line around a date are cut apart at the date") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when RAG Measure\n"
      "6.1 Audit the weekend rota\nHead of Quality June 2026 Amber Fewer missed\nshifts each month\n"
      "6.2 Publish a leaflet\nComms Officer July 2026 Green Leaflets in every\nlibrary\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Audit the weekend rota");
  CHECK(plan.rows[0].lead == "Head of Quality");
  CHECK(plan.rows[0].timeframe == "June 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a page break repeats the header and a footer; both are left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when\n4.1\nStand up a weekend duty rota\nT Okonjo\nMay 2026\n\nPage 1 of 2\f"
      "Ref Action Lead By when\n4.2\nPublish a leaflet\nComms Officer\nJuly 2026\n\nPage 2 of 2\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].ref == "4.2");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("a running header on each text page is left out of the rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Plan 2026-27\nRef Action Lead By when\n4.1\nStand up a weekend duty rota\nT Okonjo\n"
      "May 2026\n- 1 -\fFenland Harbour Plan 2026-27\n4.2\nPublish a leaflet\nComms Officer\nJuly 2026\n- 2 -\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].ref == "4.2");
  CHECK(plan.rows[1].action == "Publish a leaflet");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("a section heading between rows heads the rows after it") {
  RecoveredPlan plan = RecoverPlanText(
      "No. Action Owner When\n"
      "Theme 1: Safer harbours\n1.1\nStand up a weekend duty rota\nT Okonjo\nMay 2026\n"
      "Theme 2: Young carers\n2.1\nPublish a leaflet for carers\nComms Officer\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].section == "Safer harbours");
  CHECK(plan.rows[1].section == "Young carers");
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].lead == "Comms Officer");
}

TEST_CASE("without references, rows are told apart by what their cells say") {
  RecoveredPlan plan = RecoverPlanText(
      "Action Lead When Progress\n"
      "Stand up a weekend duty rota for the harbour wards\nT Okonjo\nMay 2026\nAmber\n"
      "Publish a leaflet on the new front door\nComms Officer\nJuly 2026\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].action == "Publish a leaflet on the new front door");
  CHECK(plan.rows[1].lead == "Comms Officer");
}

TEST_CASE("a two-level header written row by row puts its second row in place of the group over it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nno\nPlan\nLead & Completion\nDate\nRAG\nDesired outcome Planned activity\n"
      "kv1 Young carers are\nknown early\nOpen a drop-in for young\ncarers at the library\nD Farrant\nMarch 2027\nAmber\n"
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
  std::vector<std::string> headings;
  for (const ColumnTrace& column : plan.tables[0].columns) headings.push_back(column.heading);
  CHECK(headings == std::vector<std::string>{"Ref", "Outcome sought", "Key tasks", "Owner", "Deadline",
                                             "Latest position"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP1");
  CHECK(plan.rows[0].outcome == "Children cross the river paths safely");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].progress == "Delayed");
}

TEST_CASE("a lead run onto the end of a prose cell's last line is cut off it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Objective Task Lead Deadline Progress\n"
      "RP1 Children cross the\nriver paths safely\nLight the towpath between the two locks T Brenner and Canal\n"
      "Trust\nMarch 2027\nOn track\n"
      "RP2 Children cross the\nriver paths safely\nPut up new signs at the weir steps in each ward Duty Manager\n"
      "June 2027\nDelayed\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "T Brenner and Canal Trust");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].action == "Put up new signs at the weir steps in each ward");
  CHECK(plan.rows[1].lead == "Duty Manager");
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
  std::vector<std::string> headings;
  for (const ColumnTrace& column : plan.tables[0].columns) headings.push_back(column.heading);
  CHECK(headings == std::vector<std::string>{"Ref", "What should change", "Tasks we will do", "Owned by whom",
                                             "Finish target", "Progress remark"});
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

TEST_CASE("a reference alone on its line, in rows of as many cells as the header names, is the first name's") {
  RecoveredPlan plan = RecoverPlanText(
      "Task code Desired outcome Planned step Owned by whom Finish by\n\n"
      "Theme A: Safer river paths\n"
      "1.1.\nChildren cross the river paths safely\nLight the towpath between the two locks\nCanal Trust\n"
      "March 2027\n"
      "1.2.\nChildren cross the river paths safely\nPut up new signs at the weir steps\n\nJune 2027\n"
      "1.3.\nFewer falls at the weir\nFence the weir steps\nDuty Manager\nMay 2028\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].outcome == "Children cross the river paths safely");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[1].action == "Put up new signs at the weir steps");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("a reference whose prefix stands apart from its number starts a row under a header rules hardly know") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Aims of this work What we will be doing Lead officer / target date Progress remark\n"
      "RP 1 Children cross the\nriver paths safely\n"
      "• Light the towpath between the two locks\n• Mend the gates at the weir steps\n"
      "Canal Trust\n31/05/2027\nGREEN\n"
      "RP 2 Fewer falls at the weir\n• Put up new signs at the weir steps\n• Paint the edge of each step white\n"
      "Duty Manager\n30/09/2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP 1");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[1].ref == "RP 2");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("a cell of bullets whose first item starts with the row's reference gives the reference its cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Key tasks Lead officer Deadline\n"
      "hv1 Stand up a weekend duty rota for the harbour wards\nT Okonjo\nMay 2026\n"
      "* hv2 Publish a leaflet on the new front door * Print a guide to the night bus\nComms Officer\nJuly 2026\n"
      "hv3 Audit the ferry crossing logs\nP Annery\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "HV2");  // References read in a column are printed in capitals.
  CHECK(plan.rows[1].action == "* Publish a leaflet on the new front door * Print a guide to the night bus");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[2].ref == "HV3");
}

}  // namespace
}  // namespace planrows
