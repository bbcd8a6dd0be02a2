// References in tables written one cell, or one wrapped cell line, per
// line: alone on their lines, wrapped in a narrow column, written one under
// another before their cells, opening a cell of bullets, or numbers that end
// a page.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

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

TEST_CASE("a status letter ending a row's last line right over the next reference is the row's status") {
  // Rows without a date end on their lead's line, the status letter run onto
  // it; a lead wrapped after an initial ("B" over "Bhatt") goes on.
  RecoveredPlan plan = RecoverPlanText(
      "Ref Outcome Action Lead and date Status\n"
      "2.1. Carers are known to schools\n"
      "Run a census of young carers in every school Carers Centre/P. Quayle G\n"
      "2.2. Carers get a break each month\n"
      "Open a Saturday club for young carers Youth Service/B\n"
      "Bhatt\n"
      "March 2027\n"
      "A\n"
      "2.3. Carers get a break each month\n"
      "Train school staff to spot young carers Schools Forum R\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Centre/P. Quayle");
  CHECK(plan.rows[0].progress == "G");
  CHECK(plan.rows[1].lead == "Youth Service/B Bhatt");
  CHECK(plan.rows[1].progress == "A");
  CHECK(plan.rows[2].lead == "Schools Forum");
  CHECK(plan.rows[2].progress == "R");
}

TEST_CASE("an action of one line and the first line of the impact beside it run onto one line are two cells") {
  // pdftotext -raw writes the action's only line and the first line of the
  // impact beside it as one; the impact's next line goes on in lower case.
  RecoveredPlan plan = RecoverPlanText(
      "Ref What we are going to do Desired impact Responsible person(s) Date for completion\n"
      "C1.1 Run a census of young carers in every school Carers are known to their\n"
      "school by the end of the year\n"
      "Carers Centre\n"
      "March 2027\n"
      "C1.2 Open a Saturday club for young carers. Families will help plan it Carers get a break\n"
      "each month\n"
      "Youth Service\n"
      "June 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Run a census of young carers in every school");
  CHECK(plan.rows[0].lead == "Carers Centre");
  CHECK(plan.rows[1].action == "Open a Saturday club for young carers. Families will help plan it");
  CHECK(plan.rows[1].lead == "Youth Service");
}

TEST_CASE("an outcome's heading over references beside the intended impact's heads the references") {
  // Both headings name the outcome: the first, over a reference run into each row's first cell, is theirs.
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Objective Intended impact What will we do? Lead Deadline\n"
      "RP1.1 Children cross the\nriver paths safely\nLight the towpath between the two locks\nCanal Trust\n"
      "May 2027\n"
      "RP1.2 Fewer falls at the weir\nPut up new signs at the weir steps\nDuty Manager\nJune 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP1.1");
  CHECK(plan.rows[0].outcome == "Children cross the river paths safely");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("two names of the outcome on a header's one line are no group over the names between them") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n\n"
      "Objective What we will do Intended impact Owner Target date Status update\n\n"
      "RP 1\nLight the towpath between the two locks\nChildren cross the river paths safely\nCanal Trust\n"
      "May 2027\nOn track\n"
      "RP 2\nPut up new signs at the weir steps\nFewer falls at the weir\nDuty Manager\nJune 2027\nCompleted\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[1].progress == "Completed");
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

TEST_CASE("references written one under another before their cells take those cells, blank lines no cells") {
  // pdftotext wrote 1.4 to 1.6 as one run and their actions after it.
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Partnership\nAction Plan 2031\nObjective A. Safer quays\nTasks and activities\nResponsibility\n"
      "Responsible\npartner\n1.1.\nPaint the quay edges white\nHarbour Trust\n1.2.\nChart the sandbanks\n"
      "Quay Team\n1.3.\nTrain the boat crews\nR. Penhallow\n1.4.\n1.5.\n\n1.6.\n\nLight the slipway for the\n"
      "night crews\nRing the ferry operators\nabout the tides\n\nStock the lifeboat kits\nwith flares\n");
  REQUIRE(plan.rows.size() == 6);
  CHECK(plan.rows[3].ref == "1.4");
  CHECK(plan.rows[3].action == "Light the slipway for the night crews");
  CHECK(plan.rows[4].ref == "1.5");
  CHECK(plan.rows[4].action == "Ring the ferry operators about the tides");
  CHECK(plan.rows[5].ref == "1.6");
  CHECK(plan.rows[5].action == "Stock the lifeboat kits with flares");
}

TEST_CASE("a reference a narrow column wraps, its letters over its number, is one reference") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Line Steps to take Lead Date due\n"
      "RP 1 Light the towpath between the two locks Canal Trust\nMarch 2027\n"
      "RP\n2\nPut up new signs at the weir steps Duty Manager\nJune 2027\n"
      "RP\n3\nMend the gates at the weir Canal Trust\nMay 2028\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "RP 1");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[1].ref == "RP 2");
  CHECK(plan.rows[1].action == "Put up new signs at the weir steps");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[2].ref == "RP 3");
  CHECK(plan.rows[2].lead == "Canal Trust");
}

TEST_CASE("a first row's reference cut over two lines right under a wrapped header names no column") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "ID Steps to take Lead By when\nProgress /\nRAG\n"
      "RP\n1\nLight the towpath between the two locks\nCanal Trust 31/03/2027 Green\n"
      "RP\n2\nPut up new signs at the weir steps\nDuty Manager 30/06/2027 Amber\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]).back() == "Progress / RAG");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP 1");
  CHECK(plan.rows[1].ref == "RP 2");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("references cut over two lines under a header that leaves their column unnamed start the rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Steps to take Success measure\nLead\nofficer\nBy when\nStatus\n"
      "RP\n1\nLight the towpath between\nthe two locks\nFewer falls\nreported\nCanal Trust\nMarch 2027\nGreen\n"
      "RP\n2\nPut up new signs at the\nweir steps\nSigns in place\nDuty Manager\nJune 2027\nRED\n"
      "RP\n3\nMend the gates at the weir\nGates shut\nCanal Trust\nMay 2028\nAmber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "RP 1");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[1].ref == "RP 2");
  // A status in capitals over the next row's number is no reference's capitals.
  CHECK(plan.rows[1].progress == "RED");
  CHECK(plan.rows[2].ref == "RP 3");
  CHECK(plan.rows[2].timeframe == "May 2028");
}

TEST_CASE("a lettered reference a narrow column cuts after its dot is one reference with the number under it") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Line Steps to take Lead Date due\n"
      "RP1.\n1\nLight the towpath between the two locks Canal Trust\nMarch 2027\n"
      "RP1.\n2\nPut up new signs at the weir steps Duty Manager\nJune 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "RP1.1");
  CHECK(plan.rows[0].action == "Light the towpath between the two locks");
  CHECK(plan.rows[1].ref == "RP1.2");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

TEST_CASE("rows numbered 1 2 3 under a section's title, dated by quarters, the count going on past a page") {
  RecoveredPlan plan = RecoverPlanText(
      "Orrin Bay Safeguarding Partnership\nDelivery Plan 2022/23\n\n"
      "Ref Desired outcome Actions to deliver Lead person / agency When\n\n"
      "1. Support at the first sign of need\n"
      "1\nFamilies reach help without a referral\nOpen a family hub in each district\nC. Marsh, Schools Forum\n"
      "Q4 2022/23\n"
      "2\nFamilies reach help without a referral\nTrain hub staff in the family plan\nHub Manager\nQ1 2023/24\n"
      "3\n\n- 1 -\fRef Desired outcome Actions to deliver Lead person / agency When\n"
      "Fewer families are referred twice\nAudit the hub's closed cases\nQuality Lead\nQ2 2023/24\n"
      "4\nFewer families are referred twice\nPublish the audit\nHub Manager\nOngoing\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].lead == "C. Marsh, Schools Forum");
  CHECK(plan.rows[0].timeframe == "Q4 2022/23");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[2].ref == "3");  // Its number ends page 1, its cells start page 2.
  CHECK(plan.rows[2].action == "Audit the hub's closed cases");
  CHECK(plan.rows[2].lead == "Quality Lead");
  CHECK(plan.rows[3].ref == "4");
  CHECK(plan.rows[3].timeframe == "Ongoing");
}

TEST_CASE("a reference column's name wrapped onto a line of its own heads rows numbered 1 2 3") {
  // "Item" over "no.", then the other names on one line, right over rows that run their number into
  // their first cell.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Item\nno.\nPlanned work Expected result Delivery lead Timeline\n"
      "1 Map the crossing points\nFewer near misses\nRoad Safety Team\nQ2 2029/30\n"
      "2 Run cycle training\nMore pupils cycle\nActive Travel Officer\nQ4 2029/30\n"
      "3 Review the school run\nSafer mornings\nHighways Team\nQ1 2030/31\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the crossing points");
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[1].action == "Run cycle training");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].timeframe == "Q4 2029/30");
}

TEST_CASE("an outcome of one line and the first line of the action it leads with a reference are two cells") {
  // pdftotext -raw runs an outcome of one line onto the action's first line, the action's reference between.
  RecoveredPlan plan = RecoverPlanText(
      "Aim Action Lead & Completion Date Evidence of impact\n"
      "Priority 1 - Young carers\n"
      "Young carers are known to schools YC1. Run a census of young carers in every\n"
      "school and share it with the heads\n"
      "Carers Centre; P. Quayle\n"
      "By end of Q2\n"
      "Census returned by all schools\n"
      "Young carers get a break from caring\n"
      "each month\n"
      "YC2. Open a Saturday club for young carers\n"
      "Youth Service\n"
      "By end of Q4\n"
      "Club attended by forty carers\n"
      "Young carers get a break from caring\n"
      "each month\n"
      "YC3. Fund respite places with the hospice\n"
      "Hospice Trust; B. Bhatt\n"
      "March 2028\n"
      "Places taken up\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YC1");
  CHECK(plan.rows[0].outcome == "Young carers are known to schools");
  CHECK(plan.rows[0].action == "Run a census of young carers in every school and share it with the heads");
  CHECK(plan.rows[0].lead == "Carers Centre; P. Quayle");
  CHECK(plan.rows[1].ref == "YC2");
  CHECK(plan.rows[1].outcome == "Young carers get a break from caring each month");
  CHECK(plan.rows[2].timeframe == "March 2028");
}

}  // namespace
}  // namespace planrows
