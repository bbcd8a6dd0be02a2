// Tables run into one paragraph: where a row's words are cut into cells.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a run-on status letter before a surname is the lead's initial") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027 - 2029 Priority 1 - Young carers Item What we will do Aim Success measure\n"
      "RAG Due Lead yc1 Open a drop-in for young carers at the library Carers are known early Forty carers come\n"
      "each month Drop-in open two days a week 31/03/2027 G Penhallow yc2 Run a survey of young carers with the\n"
      "schools Carers are heard Replies from half of the schools Survey closed 30/06/2027 Carers Lead yc3 Train the\n"
      "duty desk on carers needs Carers are seen quickly Every desk trained Training booked 30/09/2027 Duty Manager\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "G Penhallow");
  CHECK(plan.rows[0].timeframe == "31/03/2027");
}

TEST_CASE("a run-on status word after a date is the status though it reads as an open date") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027 - 2029 Priority 1 - Young carers Ref Action Lead When Status 1 Open a\n"
      "drop-in for young carers at the library Carers Lead February 2027 Ongoing 2 Run a survey of young carers\n"
      "with the schools Duty Manager Ongoing Ongoing 3 Train the duty desk on carers needs Carers Lead March\n"
      "2027 Completed 4 Map the carers register with the wards T Okonjo June 2027 Not started\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].timeframe == "February 2027");
  CHECK(plan.rows[0].progress == "Ongoing");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[1].progress == "Ongoing");
}

TEST_CASE("a run-on cell does not end two words into a sentence it opened") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027 - 2029 Objective A - Young carers Tasks and activities Measure of success\n"
      "Lead Deadline Open a drop-in for young carers at the library. The Carers Team will collect the evidence and\n"
      "present it each quarter Forty carers come each month D Farrant Jan-27 Run a survey of young carers with the\n"
      "schools Replies from half of the schools Carers Lead Mar-27 Train the duty desk on carers needs. The Business\n"
      "Unit will report on it to the Board Every desk trained Duty Manager Jun-27\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action ==
        "Open a drop-in for young carers at the library. The Carers Team will collect the evidence and present it "
        "each quarter");
  CHECK(plan.rows[0].lead == "D Farrant");
}

TEST_CASE("a run-on date of a quarter without a year goes on no list of undated actions") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027 - 2029 Strategic aim Line Key actions / steps Lead / date Status (RAG)\n"
      "Young carers are known 1.1.1 Audit the carers register with the wards Carers Lead - By end of Q1 Green 1.1.2\n"
      "\u2022 Map the carers register \u2022 Test the drop-in rota \u2022 Train the duty desk on carers needs By end\n"
      "of Q2 A\n"
      "1.1.3 Run a survey of young carers with the schools Duty Manager - By end of Q3 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].timeframe == "By end of Q2");
  CHECK(plan.rows[1].progress == "A");
}

TEST_CASE("a run-on action of two sentences stays whole in a row whose merged outcome was printed above") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Partnership Plan 2027 Theme 1 - Young carers Ref Outcome Action Lead By when 1.1 Carers\n"
      "are known early Audit the carers register with the wards T Okonjo May 2027 1.2 Publish a leaflet for\n"
      "young carers. The leaflet will go to every school in the county Comms Officer July 2027 1.3 Train the\n"
      "duty desk on carers' needs Duty Manager September 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Audit the carers register with the wards");
  CHECK(plan.rows[1].action == "Publish a leaflet for young carers. The leaflet will go to every school in the county");
  CHECK(plan.rows[1].lead == "Comms Officer");
}

TEST_CASE("a run-on role named by the first heading, which the references took, is the role another's words tell") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Board Priorities and Action Plan\n"
      "2027-2030 Objective A: A skilled and caring workforce Objective Actions to deliver\n"
      "What difference will it make? Who is accountable? Target date / milestone Update (Q2)\n"
      "1.1. Deliver induction packs using feedback from carers Managers can show the\n"
      "impact of training on casework Carers Adviser/Adult Social Care/CCG\n"
      "Ongoing 40% complete 1.2. Run a practice week jointly with\n"
      "the wards Staff apply learning from reviews in their practice L Penhallow By end of Q1 75% complete\n"
      "Objective B: Young carers are heard Objective Actions to deliver What difference will it make? Who\n"
      "is accountable? Target date / milestone Update (Q2) 2.1. Run a survey of young carers with the\n"
      "schools Carers say they are listened to by the professionals around them Carers Lead By end of Q2\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Deliver induction packs using feedback from carers");
  CHECK(plan.rows[0].outcome == "Managers can show the impact of training on casework");
  CHECK(plan.rows[1].action == "Run a practice week jointly with the wards");
  CHECK(plan.rows[2].outcome == "Carers say they are listened to by the professionals around them");
}

TEST_CASE("a run-on target beside a lead-and-date column is a measure, not dates") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027-2029 Priority 1 - Young carers Line Goal Planned work Target Lead / date\n"
      "Current position ab1 Carers are known early Open a drop-in for young carers 80% of carers seen within a\n"
      "month D Farrant - Mar-27 On target ab2 Carers are heard Run a survey of young carers Replies from half of\n"
      "the schools Carers Lead - Jun-27 Achieved\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("run-on rows without references end where the cells after their dates end") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027 Priority 1: Young carers Why we are doing this Work to be undertaken\n"
      "Named officer Time scale KPI / measure Milestones Carers are known early Open a drop-in for young carers\n"
      "at the library D Farrant 31/03/2027 Forty carers come each month \u2022 Draft by May 2027 \u2022 Sign-off by\n"
      "July 2027 Carers are known early Run a survey of young carers Carers Lead 30/06/2027 Replies from half\n"
      "of the schools \u2022 Draft by June 2027 \u2022 Sign-off by August 2027 Carers are heard Train the duty desk\n"
      "on carers' needs Duty Manager 30/09/2027 Every desk trained \u2022 Draft by July 2027 \u2022 Sign-off by\n"
      "October 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "31/03/2027");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].timeframe == "30/06/2027");
  CHECK(plan.rows[2].action == "Train the duty desk on carers' needs");
  CHECK(plan.rows[2].lead == "Duty Manager");
}

TEST_CASE("a run-on row that prints no outcome of its own keeps its action and its milestones apart") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027/28 Objective A: Young carers Ref Change we want to see Tasks Staging posts\n"
      "Owner and deadline Update kv1 Carers are known early Open a drop-in for young carers \u2022 Draft by May\n"
      "2027 \u2022 Sign-off by July 2027 D Farrant - Mar-27 Green kv2 Run a survey of young carers in each ward\n"
      "\u2022 Draft by June 2027 \u2022 Sign-off by August 2027 Carers Lead - Jun-27 Amber kv3 Carers are heard\n"
      "Train the duty desk on carers' needs \u2022 Draft by July 2027 \u2022 Sign-off by October 2027 Duty Manager -\n"
      "Sep-27 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].action == "Run a survey of young carers in each ward");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].timeframe == "Jun-27");
  CHECK(plan.rows[2].action == "Train the duty desk on carers' needs");
}

TEST_CASE("a run-on measure that ends on a share stays out of the lead after it") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027/30 1. Young carers Key Desired impact What we are going to do Measures of\n"
      "impact Who / when RAG status 1 Carers are known early Open a drop-in for young carers at the library\n"
      "Carers survey: 60% confident Tide Office - Oct-27 Green 2 Carers are heard Run a survey of young carers\n"
      "in each ward Replies from half of the schools Carers Lead - Dec-27 Amber\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Tide Office");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("a run-on row without a lead keeps its date apart from the milestone date before it") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Plan 2027/28 Objective A: Young carers Ref Change we want to see Tasks Staging posts\n"
      "Owner and deadline Update kv1 Carers are known early Open a drop-in for young carers \u2022 Draft by May\n"
      "2027 \u2022 Sign-off by July 2027 Mar-27 Green kv2 Run a survey of young carers in each ward \u2022 Draft by\n"
      "June 2027 \u2022 Sign-off by August 2027 Carers Lead - Jun-27 Amber kv3 Carers are heard Train the duty\n"
      "desk on carers' needs \u2022 Draft by July 2027 \u2022 Sign-off by October 2027 Sep-27 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[2].timeframe == "Sep-27");
}

TEST_CASE("a run-on first name of an outcome is the column of the cell rows repeat, not the references'") {
  // No name heads the references; "Desired outcome" heads the outcome each row repeats.
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe Partnership Plan 2026 Desired outcome Action Lead By when Progress 1 Carers get a\n"
      "break each term Open a drop-in at the library D Farrant May 2026 Amber 2 Carers get a break\n"
      "each term Print a leaflet for families Comms Team July 2026 Green 3 Carers get a break each\n"
      "term Run a survey of young carers I Okafor June 2026 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].outcome == "Carers get a break each term");
  CHECK(plan.rows[0].action == "Open a drop-in at the library");
  CHECK(plan.rows[2].action == "Run a survey of young carers");
}

TEST_CASE("a run-on target told as dates by its words beside a lead-and-date column is no date column") {
  RecoveredPlan plan = RecoverPlanText(
      "Marlow Dene Partnership Plan 2031 Ref Action Responsibility and timescale Target Progress 1 Open a\n"
      "drop-in at the library D Farrant \u2013 May 2031 Quarterly counts show more carers seen Amber 2 Print a\n"
      "leaflet for families Comms Team \u2013 July 2031 At least 10 schools take part Green 3 Run a survey of\n"
      "young carers I Okafor \u2013 June 2031 Quarterly returns show a rise Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "May 2031");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a run-on lead of names a slash alone joins keeps its slashes and leaves a share to the target") {
  // "Date due" names the dates, so "Target" holds what is aimed at; a share ("below 70%") is no part of a lead.
  RecoveredPlan plan = RecoverPlanText(
      "Ringmoor Carers Board Plan 2027 Code Key steps Target Person / agency responsible Date due Latest update\n"
      "CR1 Map the towpath lights with the canal trust Falls below 70% Canal Trust / N Kinsella / P Ingleby Jan-27\n"
      "Green CR2 Audit the lock gates each winter \u2022 Fewer call-outs \u2022 Report received by the Board Harbour\n"
      "Police / T Okonjo Mar-27 Red CR3 Paint the weir steps Steps repainted Parish Council Jun-27 Amber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Canal Trust / N Kinsella / P Ingleby");
  CHECK(plan.rows[0].timeframe == "Jan-27");
  CHECK(plan.rows[1].lead == "Harbour Police / T Okonjo");
  CHECK(plan.rows[2].lead == "Parish Council");
}

TEST_CASE("a run-on outcome printed once over its rows heads a column of its own, the references' heading blank") {
  // "Intended impact" could name the references' column; the rows that open
  // with an outcome before their action show it is a column of its own.
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Mere Children's Partnership Plan 2031 Intended impact Work we will do Responsible lead\n"
      "Target date HM1 Young people leaving care have a safe place to live Agree a protocol with the\n"
      "housing team N Abara March 2031 HM2 Publish a guide for foster carers Fostering Lead June 2031 HM3\n"
      "Schools spot early signs of neglect Train designated leads in every school Education Safeguarding\n"
      "Team May 2031 HM4 Audit referrals from schools twice a year P Lindqvist July 2031\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "HM1");
  CHECK(plan.rows[0].outcome == "Young people leaving care have a safe place to live");
  CHECK(plan.rows[0].action == "Agree a protocol with the housing team");
  CHECK(plan.rows[0].lead == "N Abara");
  CHECK(plan.rows[1].action == "Publish a guide for foster carers");
  CHECK(plan.rows[2].outcome == "Schools spot early signs of neglect");
  CHECK(plan.rows[2].action == "Train designated leads in every school");
  CHECK(plan.rows[3].action == "Audit referrals from schools twice a year");
}

TEST_CASE("a run-on share that opens a measure's words is not cut off from them as a status") {
  // The second row's progress is blank; its measure opens on a share that
  // would read as a status alone, but the words after it go on from it.
  RecoveredPlan plan = RecoverPlanText(
      "Brockwell Fen Partnership Plan 2031-33 1. Safer streets Change we want Steps we will take Lead By\n"
      "Progress Success measure Fewer children hurt on the roads Paint the crossings near every school\n"
      "Highways Team Mar-32 Green Crossings painted by spring Families feel safe in parks Light the park paths\n"
      "Parks Team Jun-32 60% of paths lit by summer Cyclists are seen at night Hand out lights at the school\n"
      "gates Road Safety Team Sep-32 Amber Lights given to 500 pupils\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].action == "Light the park paths");
  CHECK(plan.rows[1].progress.empty());
  REQUIRE(plan.rows[1].extra.size() == 1);
  CHECK(plan.rows[1].extra[0].second == "60% of paths lit by summer");
  CHECK(plan.rows[2].progress == "Amber");
}

}  // namespace
}  // namespace planrows
