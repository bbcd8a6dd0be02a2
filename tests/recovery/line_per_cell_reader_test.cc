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
      "Our pledge Responsible lead(s) Time scale\n"
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

TEST_CASE("a month after an article inside a line of a cell a line is a word of its text") {
  RecoveredPlan plan = RecoverPlanText(
      "Agreed actions Responsible lead(s) Date due Commentary\n\n"
      "Open a drop-in clinic at the harbour for young carers\nHarbour Practice Lead\nQ3 2027/28\n\n"
      "Train ferry staff to spot children travelling alone\nP Quayle\nQ1 2028/29\n"
      "Tabled at the March Forum for comment\n"
      "Map the youth clubs of the three islands\nIsland Youth Forum\nOngoing\nSurvey sent to every club\n\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].timeframe == "Q1 2028/29");
  CHECK(plan.rows[1].progress == "Tabled at the March Forum for comment");
  CHECK(plan.rows[2].action == "Map the youth clubs of the three islands");
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

TEST_CASE("a word that could end a date but opens a phrase in lower case opens the next cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Outcome Action Lead Due date Measure Progress\n"
      "1.1 Care leavers have a\nhome to go to\nAgree a housing protocol with\nthe district councils\n"
      "Housing Options March 2029 Monthly returns show fewer\nmoves\nAmber\n"
      "1.2 Care leavers have a\nhome to go to\nOpen a weekly drop-in for care\nleavers at the youth centre\n"
      "R. Amblin June 2029 Quarterly survey of care\nleavers\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Housing Options");
  CHECK(plan.rows[0].timeframe == "March 2029");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].timeframe == "June 2029");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a date wrapped over three lines takes back its first word from the lead's line") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Progress\n"
      "6.1 Audit the weekend rota for the\nharbour wards\nT Okonjo By\nend of\nQ3\nRota in use on\nboth wards\n"
      "6.2 Publish a leaflet on the new front door\nComms Team\nJuly 2026\nOn track\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "By end of Q3");
  CHECK(plan.rows[0].progress == "Rota in use on both wards");
}

TEST_CASE("a milestone wrapped after the word before its date keeps that word, not the row's lead") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Milestones Lead By when\n"
      "6.1 Audit the weekend rota for the harbour wards Draft by June 2026\nSign-off by\nJuly 2026\n"
      "T Okonjo 31/08/2026\n"
      "6.2 Publish a leaflet on the new front door\nDraft by May\n2026\nSign-off by June\n2026\n"
      "Comms Team 31/07/2026\n"
      "6.3 Train the duty team in the new rota Draft by May 2026\nSign-off by\nJune 2026\n"
      "Duty Manager 30/09/2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "31/08/2026");
  CHECK(plan.rows[2].action == "Train the duty team in the new rota");
  CHECK(plan.rows[2].lead == "Duty Manager");
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

TEST_CASE("a lead run onto a prose cell that ends on a body named after an article is cut off it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Task Lead Deadline\n"
      "RP1 Light the towpath and report the works to the Council Canal Trust Wardens March 2027\n"
      "RP2 Put up new signs at the weir steps in each ward Duty Manager June 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the towpath and report the works to the Council");
  CHECK(plan.rows[0].lead == "Canal Trust Wardens");
  CHECK(plan.rows[0].timeframe == "March 2027");
}

TEST_CASE("a lead's first line run onto an action's last line starts the lead's cell, which wraps on") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Safeguarding Board\nAction Plan 2027 - 2029\nPriority 1: Safer quays\nDelivery\n"
      "Owner / deadline Impact measure\nWhat difference will it make? Activity / intervention\n"
      "HQ1 Children who fish off the quay are\nseen by a warden each evening\n"
      "Promote quay safety talks in schools across all partner agencies Harbour Users Forum and HSB\n"
      "Business Unit\nQ4 2027/28\nFewer falls from the\nquay each summer\n"
      "HQ2 Children who fish off the quay are\nseen by a warden each evening\n"
      "Deliver buoyancy aids to clubs with schools and sailing settings Harbour Master\n30/11/2027\n"
      "All clubs hold aids by\nthe spring\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Promote quay safety talks in schools across all partner agencies");
  CHECK(plan.rows[0].lead == "Harbour Users Forum and HSB Business Unit");
  CHECK(plan.rows[0].timeframe == "Q4 2027/28");
  CHECK(plan.rows[1].lead == "Harbour Master");
}

TEST_CASE("a wrapped header headed by a mark, \"#\", reads its first column as the references") {
  RecoveredPlan plan = RecoverPlanText(
      "# Desired outcome What will we do? Who\n"
      "Completion\n"
      "by\n"
      "Priority 1. Safer towpaths\n"
      "1.1a Boats moor safely at the\n"
      "locks\n"
      "Refresh the towpath lights by the locks T Brenner & Canal Trust\n"
      "Q3 2026/27\n"
      "1.1b Review the mooring rules with the boat clubs Quay Warden Q4 2026/27\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].action == "Refresh the towpath lights by the locks");
  CHECK(plan.rows[0].lead == "T Brenner & Canal Trust");
  CHECK(plan.rows[0].timeframe == "Q3 2026/27");
  CHECK(plan.rows[1].lead == "Quay Warden");
}

TEST_CASE("a spaced table's column of owners and deadlines gives each row its lead and its date") {
  RecoveredPlan plan = RecoverPlanText(
      "Pillar Agreed action What success looks like Owner and deadline RAG\n"
      "Safer harbours\n"
      "hv1: Light the ferry steps before the winter\n"
      "Fewer falls on the steps\n"
      "Harbour Master March 2027\n"
      "G\n"
      "\n"
      "hv2: Train the lifeguards in first aid\n"
      "Every lifeguard holds a first aid card\n"
      "P Treloar June 2027\n"
      "A\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Harbour Master");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].lead == "P Treloar");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("a blank line for an empty cell ends no table written a cell a line though it ends a paragraph") {
  // The lines down to the blank one also read as a table run into a
  // paragraph, of two rows; a cell a line, the table goes on past it.
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Fell Wardens Plan on a Page 2031-32\n\n"
      "Desired impact Description of action Lead officer / body When will it be done? How we will know it worked\n"
      "Walkers find their way on the fell\nHF 1 Rebuild the stile at the top gate of the fell\n"
      "Rangers Team\nQ1 2031/32\n Fewer complaints about the stile  Walkers survey: 80% happy\n"
      "Walkers find their way on the fell\nHF 2 Clear the ditch along the lower lane after the storms\n"
      "Parish Volunteers\nQ2 2031/32\nDitch runs clear after heavy rain\nVisitors rest in the dry\n"
      "HF 3 Repaint the shelter by the tarn before the winter\nJ. Arkwright\n\nShelter used all winter\n"
      "Visitors rest in the dry\nHF 4 Mend the boardwalk over the bog with new timber\nFell Trust\n"
      "Q4 2031/32\n Boardwalk open again by spring  Count of walkers up by a tenth\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Rangers Team");
  CHECK(plan.rows[1].lead == "Parish Volunteers");
  CHECK(plan.rows[2].lead == "J. Arkwright");
  CHECK(plan.rows[3].lead == "Fell Trust");
  CHECK(plan.rows[3].timeframe == "Q4 2031/32");
}

}  // namespace
TEST_CASE("a header of known names on one line set apart heads rows a cell a line") {
  // A converter set a blank line under the header, but the rows' cells run
  // on a line each: no paragraph header, whose rows would be cut a cell a
  // paragraph.
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Vale Children's Partnership\nDelivery Plan 2021-2022\n\n"
      "Outcome Actions Owner Target date\n\n"
      "1. Neglect is spotted early\n"
      "Families get help before problems grow\nNG 1 Launch a neglect screening tool for health visitors\n"
      "Amira Castellano\nJune 2021\n"
      "Families get help before problems grow\nNG 2 Train school staff on the graded care profile\n"
      "Schools Forum; Early Help Hub\nSeptember 2021\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "NG 1");
  CHECK(plan.rows[0].outcome == "Families get help before problems grow");
  CHECK(plan.rows[0].lead == "Amira Castellano");
  CHECK(plan.rows[1].lead == "Schools Forum; Early Help Hub");
  CHECK(plan.rows[1].timeframe == "September 2021");
}

TEST_CASE("a header of known names on one line set apart heads cells set apart as paragraphs") {
  RecoveredPlan plan = RecoverPlanText(
      "Marrowby Safeguarding Board\nBusiness Plan 2030\n\nRef Action Lead Target date\n\n"
      "MB1\n\nRun a winter campaign on\nsafe sleeping\n\nHealth Visiting Service\n\nJanuary 2030\n\n"
      "MB2\n\nAudit the use of chronologies\n\nQuality Assurance Group\n\nMarch 2030\n\n"
      "MB3\n\nPublish a new escalation\npolicy for schools\n\nEducation Safeguarding Team\n\nJuly 2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Run a winter campaign on safe sleeping");
  CHECK(plan.rows[0].lead == "Health Visiting Service");
  CHECK(plan.rows[2].ref == "MB3");
  CHECK(plan.rows[2].timeframe == "July 2030");
}

TEST_CASE("a row a page breaks after its first cells takes its last cells after the repeated header") {
  // Rows a line a cell, an empty one a blank line; the blank lines of the
  // broken row's empty cells end the page, and go with its footer.
  const std::string header = "Code Work to be undertaken Outcome for children Named officer By Current position\n";
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Plan 2026\n\n" + header + "\nTheme One - Safer harbours\n"
      "DA 1\nStand up a weekend duty rota\nFewer missed shifts\nT Okonjo\nMay 2026\n70%\n"
      "DA 2\nPublish a leaflet\n\nComms Officer\nBy end of Q4\nA\n"
      "DA 3\nTrain the duty team\n\n\nPage 1\fHarbour Plan 2026\n\n" + header +
      "Harbour Trust & Duty Manager\nBy end of Q4\nAmber\n"
      "DA 4\nRun a survey of carers\nCarers are heard\nDuty Manager\nJune 2026\nGreen\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[2].ref == "DA 3");
  CHECK(plan.rows[2].lead == "Harbour Trust & Duty Manager");
  CHECK(plan.rows[2].timeframe == "By end of Q4");
  CHECK(plan.rows[2].progress == "Amber");
  CHECK(plan.rows[3].lead == "Duty Manager");
}

}  // namespace planrows
