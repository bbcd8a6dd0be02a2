// Tables run into one paragraph.
#include "pipeline/recovery/run_on_table_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a table run into a paragraph gives a row per reference, page numbers and repeats left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership Plan 2026 Theme 1 - Safer harbours Ref Action Lead\n"
      "By when Progress 1.1 Audit the weekend duty rota with the wards. T Okonjo May 2026 Amber 1.2\n"
      "Publish a leaflet for young carers. Comms Officer July 2026 Green Page 1 of 2 Fenland Harbour\n"
      "Safeguarding Children Partnership Plan 2026 Theme 2 - Young carers Ref Action Lead By when\n"
      "Progress 2.1 Train the duty desk on carers' needs. Duty Manager September 2026 On track\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota with the wards.");
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].ref == "2.1");
  CHECK(plan.rows[2].section == "Young carers");
  CHECK(plan.rows[2].progress == "On track");
}

TEST_CASE("a run-on header of names no rule knows is read at its capitals, the section titles before it left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27 1. Young carers Code Work planned Champion Target finish Position\n"
      "hb1 Open a drop-in at the harbour library each week Oona Barraclough May 2026 Amber hb2 Print a guide\n"
      "to the night bus for care leavers Transport Desk July 2026 Green 2. Records Code Work planned Champion\n"
      "Target finish Position hb3 Run a summer audit of missing episode records Piet Lanyon August 2026 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "HB1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library each week");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
  CHECK(plan.rows[2].section == "Records");
}

TEST_CASE("a run-on header whose reference column has a name no rule knows starts at that name") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackwater Fells Children's Partnership Plan 2028 Goal A - Safer lanes Entry Tasks and activities\n"
      "Responsible person(s) When will it be done? 1.1a Map the school crossings near the quarry Roads Team\n"
      "Jun-28 1.1b Brief taxi drivers on spotting exploitation P. Quarrie Sep-28 Goal B - Quiet homes Entry\n"
      "Tasks and activities Responsible person(s) When will it be done? 2.1a Visit families on the moor\n"
      "estate with health visitors Moor Health Team Dec-28\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].action == "Map the school crossings near the quarry");
  CHECK(plan.rows[0].lead == "Roads Team");
  CHECK(plan.rows[0].timeframe == "Jun-28");
  CHECK(plan.rows[1].lead == "P. Quarrie");
  CHECK(plan.rows[2].ref == "2.1a");
  CHECK(plan.rows[2].timeframe == "Dec-28");
}

TEST_CASE("a run-on reference column's name no rule knows is not run into the next name") {
  RecoveredPlan plan = RecoverPlanText(
      "Copperfield Dales Safeguarding Plan 2029 Goal A: Quiet lanes Line Steps we mean to take Who / when\n"
      "Progress made 1.1a Map the school crossings near the quarry Roads Team Jun-29 Started 1.1b Brief taxi\n"
      "drivers on spotting exploitation P. Quarrie Sep-29 Done Goal B: Calm homes Line Steps we mean to take\n"
      "Who / when Progress made 2.1a Visit families on the moor estate Moor Health Team Dec-29 Started\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].action == "Map the school crossings near the quarry");
  CHECK(plan.rows[2].ref == "2.1a");
  CHECK(plan.rows[2].lead == "Moor Health Team");
  CHECK(plan.rows[2].progress == "Started");
}

TEST_CASE("a run-on header of names no rule knows may have a name of five words") {
  RecoveredPlan plan = RecoverPlanText(
      "Tarn Hollow Partnership Plan 2029 Priority 1: Young carers Mark What we wish to see Work planned\n"
      "Champion Target finish TH1 Young carers are heard Open a drop-in at the tarn library Ida Whitlow\n"
      "May 2029 TH2 Carers get breaks Print a guide to the night bus Tarn Transport Desk July 2029\n"
      "Priority 2: Records Mark What we wish to see Work planned Champion Target finish TH3 Records\n"
      "are complete Run an audit of missing episode records Piet Lanyon August 2029\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "TH1");
  CHECK(plan.rows[0].timeframe == "May 2029");
  CHECK(plan.rows[2].ref == "TH3");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
}

TEST_CASE("a paragraph that names columns but has no references is left alone") {
  RecoveredPlan plan = RecoverPlanText(
      "The board asked each partner to report on the Action Lead By when Progress of every plan it owns, "
      "so that members can see at a glance where work has slipped and where it is on track this year.\n");
  CHECK(plan.rows.empty());
}

TEST_CASE("rows numbered 1, 2, 3 under each heading of a run-on table, a status letter before each number") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Safeguarding Partnership Plan 2027 Priority 1. Young carers What will we do? Owner\n"
      "Target date Current RAG 1 Open a drop-in for young carers at the library with 25 places D Farrant\n"
      "March 2027 A 2 Run a survey of young carers Carers Lead June 2027 G 1 Kelmarsh Vale Safeguarding\n"
      "Partnership Plan 2027 Priority 2. Online safety What will we do? Owner Target date Current RAG 1\n"
      "Train school staff on online grooming Schools Forum September 2027 R\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library with 25 places");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[0].progress == "A");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].progress == "G");
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].section.find("Online safety") != std::string::npos);
  CHECK(plan.rows[2].lead == "Schools Forum");
}

TEST_CASE("a run-on table without references has a row per date, the status after it, the running header left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale LSCB Carers Plan 2027 Priority 1. Young carers Aim What we will do Who and by when\n"
      "Where are we now? Carers are known early Open a drop-in for young carers at the library D Farrant -\n"
      "31/03/2027 Delayed Carers are heard Run a survey of young carers Carers Lead - 30/06/2027 Carers\n"
      "get help at school Train school staff in spotting hidden carers Schools Forum - 30/09/2027 In progress\n"
      "1 Kelmarsh Vale LSCB \u2013 Carers Plan 2027 Carers get help at school Publish a carers' leaflet for\n"
      "schools Inclusion Lead - 31/12/2027\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "31/03/2027");
  CHECK(plan.rows[0].progress == "Delayed");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].progress == "In progress");
  CHECK(plan.rows[3].action == "Publish a carers' leaflet for schools");
  CHECK(plan.rows[3].timeframe == "31/12/2027");
}

TEST_CASE("a run-on header repeated before each section is read whole, names in sentence case cut at capitals") {
  // "Objective A" is no column, though "Objective" names one: it does not
  // come again before the next section's rows, the column names do.
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe Safeguarding Partnership Plan 2027 Objective A \u2013 Safer streets Ref no. Deliverables Expected\n"
      "result Led by By Progress to date 1.1a Map the late-night venues near the station Fewer children are\n"
      "found out late at night Street Team By end of Q1 G 1.1b Brief taxi firms on reporting worries Fewer\n"
      "children are found out late at night Licensing Desk By end of Q3 A Objective B \u2013 Healthy homes Ref no.\n"
      "Deliverables Expected result Led by By Progress to date 2.1a Visit every family on the damp housing\n"
      "list Homes are warm and dry Housing Officer By end of Q2 R\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].action == "Map the late-night venues near the station");
  CHECK(plan.rows[0].outcome == "Fewer children are found out late at night");
  CHECK(plan.rows[0].lead == "Street Team");
  CHECK(plan.rows[0].timeframe == "By end of Q1");
  CHECK(plan.rows[0].progress == "G");
  CHECK(plan.rows[2].action == "Visit every family on the damp housing list");
  CHECK(plan.rows[2].lead == "Housing Officer");
}

TEST_CASE("a run-on header is read from its first name where names no rule knows come before the known ones") {
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe LSCB Plan 2027 Priority 1. Safer streets Item no. Difference made Work to be done Led by\n"
      "Completion date Progress to date SS1 Children feel safe near the station Map the late-night venues\n"
      "Street Team By end of Q1 Green SS2 Brief taxi firms on reporting worries Licensing Desk Ongoing Amber\n"
      "Priority 2. Healthy homes Item no. Difference made Work to be done Led by Completion date Progress to\n"
      "date HH1 Homes are warm and dry Visit every family on the damp housing list Housing Officer By end of\n"
      "Q2 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SS1");
  CHECK(plan.rows[0].outcome == "Children feel safe near the station");
  CHECK(plan.rows[0].action == "Map the late-night venues");
  CHECK(plan.rows[0].lead == "Street Team");
  CHECK(plan.rows[0].timeframe == "By end of Q1");
  CHECK(plan.rows[2].outcome == "Homes are warm and dry");
  CHECK(plan.rows[2].progress == "Red");
}

TEST_CASE("a run-on row's bulleted steps stay one cell, apart from the action and from the lead after them") {
  // "Interim steps" tells the action by a word only: "Task" names it.
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Safeguarding Partnership Plan 2027 Priority 1. Young carers Ref Task Interim steps Owner\n"
      "Target date Progress 1.1 Open a drop-in for young carers at the library \u2022 Draft by March 2027 \u2022\n"
      "Sign-off by May 2027 D Farrant June 2027 Amber 1.2 Run a survey of young carers in every school\n"
      "\u2022 Draft by April 2027 \u2022 Sign-off by July 2027 Carers Lead September 2027 Green\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "June 2027");
  CHECK(plan.rows[1].action == "Run a survey of young carers in every school");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a run-on section heading whose label takes two words is left out of the row before it whole") {
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe LSCB Plan 2027 Strategic Theme One - Safer streets Ref Action Lead By when Progress SS1 Map\n"
      "the late-night venues near the station Street Team May 2027 Green SS2 Brief taxi firms on reporting\n"
      "worries Licensing Desk July 2027 Amber Strategic Theme Two - Healthy homes Ref Action Lead By when\n"
      "Progress HH1 Visit every family on the damp housing list Housing Officer June 2027 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[2].section == "Healthy homes");
}

TEST_CASE("a run-on table without references and notes after its dates has its rows cut where the notes end") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale LSCB Carers Plan 2027 Priority 1. Young carers Aim What we will do Who and by when\n"
      "Where are we now? How will we know? Carers are known early Open a drop-in for young carers at the\n"
      "library D Farrant - 31/03/2027 Room booked for the first session Forty carers come each month Carers\n"
      "are heard Run a survey of young carers Carers Lead - 30/06/2027 Survey sent to schools Replies from\n"
      "half of the schools\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].progress == "Room booked for the first session");
  CHECK(plan.rows[1].outcome == "Carers are heard");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("a run-on row's status and the measure after it, ending on a share, are cut apart") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Partnership Plan 2027 Theme 1 - Safer harbours Ref Action Lead By when Progress Success\n"
      "measure 1.1 Audit the weekend duty rota with the wards T Okonjo May 2027 Amber Missed shifts fall below\n"
      "10% 1.2 Publish a leaflet for young carers Comms Officer July 2027 Green More carers known to schools\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a run-on page number right before a row's reference is left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Partnership Plan 2027 Theme 1 - Safer harbours Ref Action Lead By when Progress 1.1\n"
      "Audit the weekend duty rota with the wards T Okonjo May 2027 Amber 1 1.2 Publish a leaflet for young\n"
      "carers Comms Officer July 2027 Green 2 1.3 Train the duty desk on carers' needs Duty Manager Ongoing G\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].timeframe == "Ongoing");
}

TEST_CASE("a run-on date is not cut in two for a column of no known role after it") {
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe LSCB Plan 2027 Theme 1 - Safer streets Ref Action Lead Due Target Progress SS1 Map the\n"
      "late-night venues near the station Street Team Q3 2027/28 Fewer children out late Amber SS2 Brief\n"
      "taxi firms on reporting worries Licensing Desk Autumn 2027 More reports from drivers Green\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "Q3 2027/28");
  CHECK(plan.rows[1].timeframe == "Autumn 2027");
}

TEST_CASE("a run-on outcome that each row it spans repeats is one cell, however the action after it reads") {
  // The outcome's column has a name no rule knows; the second row's action
  // runs on past a sentence's end, the third's has nothing to tell it by.
  RecoveredPlan plan = RecoverPlanText(
      "Ostley Fen Children's Partnership Plan 2029 Priority 1: Safe at home No. What we hope to see Action\n"
      "Owner Due OF1 Families in temporary homes are visited each month Brief the housing officers on the\n"
      "visiting rota Housing Desk By end of Q2 OF2 Families in temporary homes are visited each month Train\n"
      "the duty team on the new referral form. Leaders will check the first ten referrals together K Marsh\n"
      "By end of Q3 OF3 Families in temporary homes are visited each month Visits logged weekly Fen Health\n"
      "Team By end of Q4 Priority 2: Safe online No. What we hope to see Action Owner Due OF4 Parents know\n"
      "where to get help online Run two evenings for parents at the library Digital Lead By end of Q4\n");
  REQUIRE(plan.rows.size() == 4);
  for (size_t k = 0; k < 3; ++k) CHECK(plan.rows[k].outcome == "Families in temporary homes are visited each month");
  CHECK(plan.rows[0].action == "Brief the housing officers on the visiting rota");
  CHECK(plan.rows[1].action ==
        "Train the duty team on the new referral form. Leaders will check the first ten referrals together");
  CHECK(plan.rows[1].lead == "K Marsh");
  CHECK(plan.rows[2].action == "Visits logged weekly");
  CHECK(plan.rows[2].lead == "Fen Health Team");
}

TEST_CASE("a run-on header of names no rule knows may have a name of six words") {
  RecoveredPlan plan = RecoverPlanText(
      "Quarry Beck Children's Partnership Plan 2030 Theme 1 - Safe travel Key Change we are after Work to do\n"
      "Who / when What will tell us it worked QB1 Children cross the bypass safely Paint a crossing by the\n"
      "school gates Roads Team \u2013 Mar-30 Fewer near misses reported QB2 Children ride the buses safely Brief\n"
      "drivers on lone children Bus Desk \u2013 Jun-30 Drivers say they know what to do Theme 2 - Safe homes Key\n"
      "Change we are after Work to do Who / when What will tell us it worked QB3 Homes have working alarms\n"
      "Fit alarms in the flats by the mill Fire Service \u2013 Sep-30 Every flat has an alarm\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].outcome == "Children cross the bypass safely");
  CHECK(plan.rows[0].action == "Paint a crossing by the school gates");
  CHECK(plan.rows[0].lead == "Roads Team");
  CHECK(plan.rows[1].timeframe == "Jun-30");
  CHECK(plan.rows[2].lead == "Fire Service");
  CHECK(plan.rows[2].section == "Safe homes");
}

TEST_CASE("a run-on row's last bulleted step stays with the steps, however like a name it reads") {
  // "Publish crossing standards R Tamsin; ..." alone reads as a list of names.
  RecoveredPlan plan = RecoverPlanText(
      "Mossley Cross Safeguarding Partnership Plan 2032 Priority 1: Safe at school Ref Action Lead By when MC1\n"
      "\u2022 Map the routes pupils walk home \u2022 Brief the crossing patrols \u2022 Publish crossing standards R\n"
      "Tamsin; Schools Safety Officer By end of Q2 MC2 \u2022 Audit the lunchtime rota \u2022 Share the rota with\n"
      "governors Pupil Services By end of Q3 Priority 2: Safe online Ref Action Lead By when MC3 Run two\n"
      "evenings for parents Digital Lead By end of Q4\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Map the routes pupils walk home Brief the crossing patrols Publish crossing standards");
  CHECK(plan.rows[0].lead == "R Tamsin; Schools Safety Officer");
  CHECK(plan.rows[1].lead == "Pupil Services");
}

TEST_CASE("a run-on running header that shortens the title to initials is left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Pennock Dale Children's Safeguarding Partnership Delivery Plan 2034 - 2035 Priority 1: Safe at home Ref\n"
      "Action Lead By when PD1 Visit families in temporary homes each month Housing Desk By end of Q2 PD2\n"
      "Train the duty team on the new referral form K Marsh By end of Q3 - 1 - PDCSP Delivery Plan 2034 - 2035\n"
      "PD3 Check the first ten referrals with the team Duty Manager By end of Q4 PD4 Run two evenings for\n"
      "parents at the library Digital Lead By end of Q1\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].lead == "K Marsh");
  CHECK(plan.rows[1].timeframe == "By end of Q3");
  CHECK(plan.rows[2].action == "Check the first ten referrals with the team");
}

TEST_CASE("a run-on running header with a word broken at its hyphen over a line end is left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Pennock Dale Children's Partnership Board Three-Year Delivery Plan 2034 - 2035 Priority 1: Safe at home\n"
      "Ref Action Lead By when PD1 Visit families in temporary homes each month Housing Desk By end of Q2 - 1 -\n"
      "Pennock Dale Children's Partnership Board Three-Year Delivery Plan 2034 - 2035 PD2 Train the duty team\n"
      "on the new referral form K Marsh By end of Q3 - 2 - Pennock Dale Children's Partnership Board Three-\n"
      "Year Delivery Plan 2034 - 2035 PD3 Check the first ten referrals with the team Duty Manager PD4 Run two\n"
      "evenings for parents at the library Digital Lead By end of Q1\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].lead == "K Marsh");
  CHECK(plan.rows[1].timeframe == "By end of Q3");
  CHECK(plan.rows[2].lead == "Duty Manager");
}

TEST_CASE("a run-on running header is the title alone, not the column names each page prints under it") {
  RecoveredPlan plan = RecoverPlanText(
      "Quarrendon Children's Board Work Plan 2031-32 Item Desired result What we will do Lead Due Theme One -\n"
      "Safe at home QB1 Families in temporary homes are visited Visit each family monthly Housing Desk May 2031\n"
      "QB2 Young carers are known to schools Write to every school Carers Lead June 2031 - 1 - Quarrendon\n"
      "Children's Board Work Plan 2031-32 Item Desired result What we will do Lead Due Theme Two - Safe online\n"
      "QB3 Parents know the apps children use Run two evenings at the library Digital Lead July 2031\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[2].ref == "QB3");
  CHECK(plan.rows[2].action == "Run two evenings at the library");
  CHECK(plan.rows[2].section == "Safe online");
}

TEST_CASE("a run-on row with a date and no lead keeps the action's last word, which names no one") {
  RecoveredPlan plan = RecoverPlanText(
      "Tarnby Fold Partnership Plan 2036 Objective A: Safe streets Row Steps we will take Who / when Progress made\n"
      "1.1a Walk the estate with the youth workers ahead of the next inspection Ongoing Done 1.1b Brief the taxi\n"
      "firms on lone children R Tamsin; Licensing Desk Q2 2036/37 Met Objective B: Safe homes Row Steps we will\n"
      "take Who / when Progress made 2.1a Fit alarms in the flats by the mill Fire Service Q3 2036/37 Met\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Walk the estate with the youth workers ahead of the next inspection");
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[1].lead == "R Tamsin; Licensing Desk");
}

TEST_CASE("a run-on outcome under a name no rule knows is cut from the action where no row repeats it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ostley Fen Children's Partnership Plan 2029 Priority 1: Safe at home No. What we hope to see Action\n"
      "Owner Due OF1 Families in temporary homes are visited each month Brief the housing officers on the\n"
      "visiting rota Housing Desk By end of Q2 Priority 2: Safe online No. What we hope to see Action Owner\n"
      "Due OF2 Parents know where to get help online Run two evenings for parents at the library Digital\n"
      "Lead By end of Q4\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].outcome == "Families in temporary homes are visited each month");
  CHECK(plan.rows[0].action == "Brief the housing officers on the visiting rota");
  CHECK(plan.rows[1].outcome == "Parents know where to get help online");
  CHECK(plan.rows[1].action == "Run two evenings for parents at the library");
  CHECK(plan.rows[1].lead == "Digital Lead");
}

TEST_CASE("a run-on first name no rule knows is the column of the cell rows repeat, not the references'") {
  // The references stand under a blank heading; "Rationale" heads the
  // outcome each row repeats.
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe Partnership Plan 2026 Rationale Action Lead By when Progress 1.1 Carers get a\n"
      "break each term Open a drop-in at the library D Farrant May 2026 Amber 1.2 Carers get a break\n"
      "each term Print a leaflet for families Comms Team July 2026 Green 1.3 Carers get a break each\n"
      "term Run a survey of young carers I Okafor June 2026 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].outcome == "Carers get a break each term");
  CHECK(plan.rows[0].action == "Open a drop-in at the library");
  CHECK(plan.rows[2].action == "Run a survey of young carers");
  CHECK(plan.rows[2].lead == "I Okafor");
}

}  // namespace
}  // namespace planrows
