// Tables as pdftotext -layout writes them, where a cell's line runs one
// space short of the next column's and the converter ran the two together.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("aligned columns: a cell run on one space into the next column's cell keeps its column apart") {
  // The lead column's cells start a character left of its heading, and two
  // outcome lines run into them with a single space between.
  RecoveredPlan plan = RecoverPlanText(
      "Ref   Action                          Outcome sought                 Lead / when         Status\n"
      "2.1   Launch a neglect screening      Families get help before      Early Help Hub       Green\n"
      "      tool for health visitors        problems grow for their child June 2021\n"
      "2.2   Train school staff on the       Staff spot neglect early in   Schools Forum        Amber\n"
      "      graded care profile             every primary school setting  September 2021\n"
      "2.3   Audit neglect cases each        Fewer cases drift without a   Amira Castellano     Red\n"
      "      quarter                         plan for the family being set March 2022\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].outcome == "Families get help before problems grow for their child");
  CHECK(plan.rows[0].lead == "Early Help Hub");
  CHECK(plan.rows[0].timeframe == "June 2021");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[2].lead == "Amira Castellano");
  CHECK(plan.rows[2].timeframe == "March 2022");
}

TEST_CASE("aligned columns: a status set a character left of its column after a full date cell is the status") {
  // "Ongoing" fills the narrow date column; the converter set the status
  // after it a space on, a character left of where the others start.
  RecoveredPlan plan = RecoverPlanText(
      "                                                                                   Status\n"
      "Key actions                        Milestones        Lead                 By       (RAG)\n"
      "\n"
      "1.1 Launch a neglect screening     Draft by          Early Help Hub       Oct-21   80%\n"
      "tool for health visitors           September 2021                                  done\n"
      "                                   Sign-off by\n"
      "                                   May 2022\n"
      "1.2 Train school staff on the      Draft by May      Schools Forum        Ongoing 55%\n"
      "graded care profile                2021                                            done\n"
      "                                   Sign-off by\n"
      "                                   July 2022\n"
      "1.3 Audit neglect cases            Draft by          Amira Castellano     May-22   60%\n"
      "                                   March 2022                                      done\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[1].progress == "55% done");
  CHECK(plan.rows[0].progress == "80% done");
}

TEST_CASE("aligned columns: a reference fused to its action one character left of the column stays a row's") {
  // The action column's wrapped lines start at its heading; a first line
  // starts a character left of it after its reference and a dash. No
  // other line's cell starts there, so the action column is not set apart.
  RecoveredPlan plan = RecoverPlanText(
      "Ref     What we will do                             How we will know              Lead officer /      Due by\n"
      "#                                                                                 body\n"
      "1. Neglect is spotted early\n"
      "NG 1 Launch a neglect screening tool for            Screening used in 80% of      Early Help Hub      June\n"
      "        health visitors                             visits                                            2021\n"
      "NG 2 - Train school staff on the graded             Staff survey: 70% confident   Schools Forum       July\n"
      "        care profile                                                                                  2021\n"
      "        - Map the graded care profile training\n"
      "NG 3 - Audit neglect cases each quarter             Audit shows fewer drift       Amira               March\n"
      "        - Publish the audit findings                cases                         Castellano          2022\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "NG 2");
  CHECK(plan.rows[1].lead == "Schools Forum");
  CHECK(plan.rows[1].timeframe == "July 2021");
  CHECK(plan.rows[2].ref == "NG 3");
  CHECK(plan.rows[2].lead == "Amira Castellano");
}

TEST_CASE("aligned columns: a row packed narrower, its lead starting left of the heading, keeps the header apart") {
  // The converter set row 1.2's lead cell ten characters left of its
  // heading, past the end of the action's heading: a cell of the lead
  // column, not words of the action's running across its edge.
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Action                         Lead officer          Date\n"
      "1.1    Audit the weekend duty rota    T Okonjo              May 2026\n"
      "       with the wards\n"
      "1.2    Publish a leaflet for    Comms Officer and           July 2026\n"
      "       young carers in the      Harbour Police\n"
      "       county\n"
      "1.3    Train the duty desk            Duty Manager          June 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Audit the weekend duty rota with the wards");
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[1].action == "Publish a leaflet for young carers in the county");
  CHECK(plan.rows[1].lead == "Comms Officer and Harbour Police");
  CHECK(plan.rows[2].lead == "Duty Manager");
}

TEST_CASE("aligned columns: two headings named as a lead and a date stay apart though lead cells cross the edge") {
  // The converter packed each row on its own: long lead cells run across
  // the left edge of "Expected by" on two lines, and each row's date starts
  // elsewhere, so no gutter shows the date column's edge.
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Tasks and activities                   Led by whom         Expected by    Progress made\n"
      "3.1    Refresh the young carers' pathway     Carers Support Network;      Jun-24      Green\n"
      "       with schools                          Virtual School Head\n"
      "3.2    Run a survey of foster carers         Fostering Service     Ongoing       Amber\n"
      "3.3    Pilot peer mentoring for care         Leaving Care Partnership   Mar-25          Red\n"
      "       leavers                               Board\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Support Network; Virtual School Head");
  CHECK(plan.rows[0].timeframe == "Jun-24");
  CHECK(plan.rows[2].lead == "Leaving Care Partnership Board");
  CHECK(plan.rows[2].timeframe == "Mar-25");
  CHECK(plan.rows[1].progress == "Amber");
}

TEST_CASE("aligned columns: a heading in lower case goes on the known heading left of it as one column") {
  // "Led by" and "when" of "Led by / when", the slash lost: the lead cells
  // run across the second's edge, and it names no column of its own.
  RecoveredPlan plan = RecoverPlanText(
      "Ref    Tasks and activities                   Led by       when\n"
      "3.1    Refresh the young carers' pathway     Carers Support Network Jun-24\n"
      "3.2    Run a survey of foster carers         Fostering Service Ongoing\n"
      "3.3    Pilot peer mentoring for care         Leaving Care Partnership Mar-25\n"
      "       leavers\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Support Network");
  CHECK(plan.rows[0].timeframe == "Jun-24");
  CHECK(plan.rows[2].lead == "Leaving Care Partnership");
}

}  // namespace
}  // namespace planrows
