// Tables run into one paragraph in shapes other than a reference column
// and a header of known names alone: a section's title before the header,
// section numbers that are no row references.
#include "pipeline/recovery/run_on_table_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a run-on header without references is read past a section's title that runs into it") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Objective A. Safer moorland paths Objective / outcome\n"
      "What we are going to do Lead officer / body Target month RAG status Walkers report risks early Map\n"
      "the stiles near the quarry with rangers R. Penhallow Apr-30 Green Publish a walkers' safety card\n"
      "Moor Rangers Jun-30 Amber Objective B. Quiet homes Objective / outcome What we are going to do Lead\n"
      "officer / body Target month RAG status Families get help sooner Visit families on the estate\n"
      "with health visitors Moor Health Team Sep-30 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].outcome == "Walkers report risks early");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry with rangers");
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[0].timeframe == "Apr-30");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].lead == "Moor Rangers");
  CHECK(plan.rows[2].lead == "Moor Health Team");
  CHECK(plan.rows[2].progress == "Red");
}

TEST_CASE("a status of work not yet due after a row's date ends that row, not starts the next") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Board Plan 2030 - 2032 1.\n"
      "Safer moorland paths Steps we will take Who / when Status at review\n"
      "Map the stiles near the quarry with rangers Moor Rangers \u2013 Apr-30 Done Publish a walkers' safety card\n"
      "for the summer Rhoswen Penhallow \u2013 Jun-30 Not due yet Visit families on the estate with health visitors\n"
      "Moor Health Team \u2013 Sep-30 At risk\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].timeframe == "Jun-30");
  CHECK(plan.rows[1].progress == "Not due yet");
  CHECK(plan.rows[2].action == "Visit families on the estate with health visitors");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on header starts after the plan's title and its years, where the title repeats before it") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Delivery Plan 2030/32 Action code Steps we will take Responsible partner When\n"
      "will it be done? Update at year end WM1 Map the stiles near the quarry Moor Rangers 30/04/2031 Underway\n"
      "WM2 Print a walkers' safety card Rhoswen Penhallow 30/06/2031 Slipping 1 Wyvern Moss Partnership \u2013\n"
      "Delivery Plan 2030/32 Action code Steps we will take Responsible partner When will it be done? Update at\n"
      "year end WM3 Visit families on the estate Moor Health Team 30/09/2031 Underway\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "WM1");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[1].lead == "Rhoswen Penhallow");
  CHECK(plan.rows[1].progress == "Slipping");
  CHECK(plan.rows[2].ref == "WM3");
  CHECK(plan.rows[2].timeframe == "30/09/2031");
}

TEST_CASE("run-on references printed with a colon start rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030 Ref Action Lead Target date Progress WM1: Map the stiles near the\n"
      "quarry Moor Rangers April 2031 Underway WM2: Print a walkers' safety card R Penhallow June 2031\n"
      "Slipping WM3: Visit families on the estate Moor Health Team September 2031 Underway\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "WM2");
  CHECK(plan.rows[1].action == "Print a walkers' safety card");
  CHECK(plan.rows[1].lead == "R Penhallow");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on table of section titles in a first column, dated milestones and bulleted actions") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Focus heading Task Aim Milestones Who is accountable?\n"
      "Timescale Priority 1 \u2013 Safer moorland paths Map the stiles near the quarry Walkers report risks early\n"
      "\u2022 Draft by April 2030 \u2022 Sign-off by June 2030 Rhoswen Penhallow Q1 2030/31 \u2022 Print a\n"
      "safety card \u2022 Train the rangers Walkers report risks early \u2022 Draft by May 2030 Moor Rangers\n"
      "Q2 2030/31 - 1 - Focus heading Task Aim Milestones Who is accountable? Timescale Priority 2 \u2013\n"
      "Quiet homes Visit families on the estate Families get help sooner \u2022 Draft by July 2030 Moor Health\n"
      "Team Q3 2030/31\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].section == "Safer moorland paths");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[0].outcome == "Walkers report risks early");
  CHECK(plan.rows[0].lead == "Rhoswen Penhallow");
  CHECK(plan.rows[0].timeframe == "Q1 2030/31");
  CHECK(plan.rows[1].action.find("Print a safety card") != std::string::npos);
  CHECK(plan.rows[1].lead == "Moor Rangers");
  CHECK(plan.rows[2].section == "Quiet homes");
  CHECK(plan.rows[2].action == "Visit families on the estate");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on header of few known names, repeated before each section, is borne out by the references") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Priority 1 \u2013 Safer moorland paths Planned steps\n"
      "Person / body accountable Time scale W1.1 \u2013 Map the stiles near the quarry with rangers R. Penhallow\n"
      "Q1 2030/31 W1.2 \u2013 Print a safety card for walkers Moor Rangers Ongoing Priority 2 \u2013 Quiet homes\n"
      "Planned steps Person / body accountable Time scale W2.1 \u2013 Visit families on the estate with health\n"
      "visitors Moor Health Team Q3 2030/31\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "W1.1");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry with rangers");
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[0].timeframe == "Q1 2030/31");
  CHECK(plan.rows[1].lead == "Moor Rangers");
  CHECK(plan.rows[2].ref == "W2.1");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on bullet written before a row's reference starts that row's list of actions") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Priority 1 \u2013 Safer moorland paths Ref Action Lead\n"
      "Timescale 1.1 Map the stiles near the quarry with rangers R. Penhallow Q1 2030/31 \u2022 1.2 Print a safety\n"
      "card for walkers \u2022 Train the rangers in first aid \u2022 Mend the fences Moor Rangers Ongoing 1.3 Visit\n"
      "families on the estate with health visitors Moor Health Team Q3 2030/31\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "Q1 2030/31");
  CHECK(plan.rows[1].ref == "1.2");
  CHECK(plan.rows[1].action.find("Print a safety card for walkers") == 0);
  CHECK(plan.rows[1].action.find("Mend the fences") != std::string::npos);
  CHECK(plan.rows[1].lead == "Moor Rangers");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on row ends after a mixed RAG rating or an underway status after its date") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Objective A. Safer moorland paths Objective / outcome\n"
      "What we are going to do Lead officer / body Target month RAG status Walkers report risks early Map\n"
      "the stiles near the quarry with rangers R. Penhallow Apr-30 AG Publish a walkers' safety card\n"
      "Moor Rangers Ongoing Underway Train the rangers in first aid Moor Health Team Sep-30 RA\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "AG");
  CHECK(plan.rows[1].action == "Publish a walkers' safety card");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[1].progress == "Underway");
  CHECK(plan.rows[2].action == "Train the rangers in first aid");
  CHECK(plan.rows[2].progress == "RA");
}

TEST_CASE("a run-on first column of section titles under a name no rule knows is kept out of the rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Field of work Item Desired outcome Action Lead Timescale\n"
      "Quieter moorland paths 1.1a Walkers report risks early Map the stiles near the quarry R. Penhallow\n"
      "Apr-30 1.1b Print a safety card for walkers Moor Rangers Jun-30 Field of work Item Desired outcome\n"
      "Action Lead Timescale Homes that feel safe 2.1a Families get help sooner Visit families on the\n"
      "estate Moor Health Team Sep-30\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].outcome == "Walkers report risks early");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[0].timeframe == "Apr-30");
  CHECK(plan.rows[1].lead == "Moor Rangers");
  CHECK(plan.rows[2].ref == "2.1a");
  CHECK(plan.rows[2].action == "Visit families on the estate");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on first column of section titles before rows numbered 1, 2, 3 under a reference name no rule knows") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Strand Line Action Lead Timescale Progress Quieter\n"
      "moorland paths 1 Map the stiles near the quarry R. Penhallow Apr-30 Begun 2 Print a safety card for\n"
      "walkers Moor Rangers Jun-30 Not begun - 1 - Strand Line Action Lead Timescale Progress Homes that\n"
      "feel safe 1 Visit families on the estate Moor Health Team Sep-30 Begun 2 Train the wardens Estate\n"
      "Office Oct-30 Not begun\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[1].timeframe == "Jun-30");
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].action == "Visit families on the estate");
  CHECK(plan.rows[3].lead == "Estate Office");
}

TEST_CASE("a run-on first column of labelled section titles keeps the label out of the header before it") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Field of work Item Our pledge Lead Timescale Key Area\n"
      "One - Quieter moorland paths 1.1a Map the stiles near the quarry R. Penhallow Apr-30 1.1b Print a\n"
      "safety card for walkers Moor Rangers Jun-30 Field of work Item Our pledge Lead Timescale Key Area Two\n"
      "- Homes that feel safe 2.1a Visit families on the estate Moor Health Team Sep-30\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1a");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry");
  CHECK(plan.rows[0].timeframe == "Apr-30");
  CHECK(plan.rows[1].timeframe == "Jun-30");
  CHECK(plan.rows[2].action == "Visit families on the estate");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on header without references ends before a section's label that follows it") {
  // "Objective", an outcome's name, starts the section "Objective A:", no column.
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030 What we are going to do Lead officer / body Target month RAG status\n"
      "Objective A: Safer moorland paths Map the stiles near the quarry with rangers R. Penhallow Apr-30 Green\n"
      "Publish a walkers' safety card Moor Rangers Jun-30 Amber Objective B: Quiet homes Visit families on the\n"
      "estate with health visitors Moor Health Team Sep-30 Red\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Map the stiles near the quarry with rangers");
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[1].timeframe == "Jun-30");
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on title ending in its years before a first column of titles is left out whole after each page") {
  // The title's last words ("Plan 2031-2032") come again with the names on
  // some pages and alone on others; they are no column's name.
  RecoveredPlan plan = RecoverPlanText(
      "Harrowdene Vale Youth Partnership Delivery Plan 2031-2032 Our focus Item no. Purpose Steps to take Led by\n"
      "Target completion Latest update Safer river paths 1.1.1 Walkers report risks early Map the stiles near\n"
      "the weir with rangers R. Penhallow March 2031 Green 1.1.2 Print a safety card for walkers Moor Rangers\n"
      "June 2031 Amber Page 1 Harrowdene Vale Youth Partnership Delivery Plan 2031-2032 1.1.3 Train the\n"
      "wardens in first aid Estate Office July 2031 Red Our focus Item no. Purpose Steps to take Led by Target\n"
      "completion Latest update Quiet homes 2.1.1 Families get help sooner Visit families on the estate Moor\n"
      "Health Team September 2031 Green Page 2 Harrowdene Vale Youth Partnership Delivery Plan 2031-2032 Our\n"
      "focus Item no. Purpose Steps to take Led by Target completion Latest update Quiet homes 2.1.2 Open a\n"
      "drop-in at the library Library Service October 2031 Amber\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[1].lead == "Moor Rangers");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[2].lead == "Estate Office");
  CHECK(plan.rows[2].timeframe == "July 2031");
  CHECK(plan.rows[2].progress == "Red");
  CHECK(plan.rows[3].lead == "Moor Health Team");
  CHECK(plan.rows[3].progress == "Green");
  CHECK(plan.rows[4].action == "Open a drop-in at the library");
  CHECK(plan.rows[4].progress == "Amber");
}

TEST_CASE("a run-on outcome repeated before each row's bulleted actions leaves the first bullet to the actions") {
  // Both rows' action lists start with a bullet after the outcome they
  // share: the bullet is no part of the outcome, and the dated milestones
  // after the actions are a list of their own.
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Safeguarding Partnership Plan 2030 Focus area Item Outcome sought Key actions\n"
      "Milestones Led by Date due Priority 1 - Safer moorland paths 1.1a Walkers can report risks\n"
      "on the moor early \u2022 Map the stiles near the quarry \u2022 Print a safety card \u2022 Train the\n"
      "rangers \u2022 Draft by April 2030 \u2022 Sign-off by June 2030 Moor Rangers By end of Q2 1.1b\n"
      "Walkers can report risks on the moor early \u2022 Mend the fences \u2022 Count the walkers \u2022 Draft\n"
      "by May 2030 \u2022 Sign-off by July 2030 R Penhallow; Estate Office By end of Q3 1.1c Walkers\n"
      "can report risks on the moor early Walk the paths with the wardens \u2022 Draft by May 2030 \u2022\n"
      "Sign-off by August 2030 Moor Health Team By end of Q4 Focus area Item Outcome sought Key\n"
      "actions Milestones Led by Date due Priority 2 - Quiet homes 2.1a Families get help sooner\n"
      "Visit families on the estate \u2022 Draft by June 2030 \u2022 Sign-off by July 2030 Housing Team By\n"
      "end of Q1\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].outcome == "Walkers can report risks on the moor early");
  CHECK(plan.rows[0].action == "Map the stiles near the quarry Print a safety card Train the rangers");
  CHECK(plan.rows[0].lead == "Moor Rangers");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[1].action == "Mend the fences Count the walkers");
  CHECK(plan.rows[1].lead == "R Penhallow; Estate Office");
  CHECK(plan.rows[2].action == "Walk the paths with the wardens");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on paragraph whose line starts with a column named '#' goes on past it") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Annual Work Plan 2030-2031 Strategic Theme One - Helping carers with complex needs Ref\n"
      "# Description of action Action owner When will it be done? 1.1a Map the stiles near the quarry R. Penhallow Q3\n"
      "2030/31 1.1b Print a walkers' safety card Moor Rangers End of April 2031 Strategic Theme Two - Quiet homes Ref\n"
      "# Description of action Action owner When will it be done? 2.1a Visit families on the estate Moor Health Team\n"
      "September 2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[0].timeframe == "Q3 2030/31");
  CHECK(plan.rows[2].ref == "2.1a");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("a run-on header without references, of names asking what should happen and by when") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Safeguarding Partnership Business Plan 2026/28\n"
      "1. Safer harbours What we want to happen Tasks and activities Who will lead? Expected by\n"
      "RAG status Boats are moored safely Map the moorings with the harbour club P Lanyon Q1\n"
      "2026/27 A Train the lock keepers Canal Trust Q2 2026/27 G Walkers feel safe on the towpath\n"
      "Light the canal towpath Ramblers Q3 2026/27 R\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].outcome == "Boats are moored safely");
  CHECK(plan.rows[0].action == "Map the moorings with the harbour club");
  CHECK(plan.rows[0].lead == "P Lanyon");
  CHECK(plan.rows[0].timeframe == "Q1 2026/27");
  CHECK(plan.rows[1].lead == "Canal Trust");
  CHECK(plan.rows[2].outcome == "Walkers feel safe on the towpath");
  CHECK(plan.rows[2].progress == "R");
}

TEST_CASE("a run-on running header of the board's initials is left out where the title runs into a numbered section") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor LSCB Delivery Plan 2026/28 1. Safer harbours Action no What will we do? Who is\n"
      "accountable? Target date / milestone Status update hb1 Map the moorings with the harbour\n"
      "club Canal Trust March 2027 Completed hb2 Train the lock keepers Canal Trust\n"
      "June 2027 Delayed - 1 - FLSCB Delivery Plan 2026/28 2. Night travel Action no What will we\n"
      "do? Who is accountable? Target date / milestone Status update nt1 Launch a night bus\n"
      "Transport Desk July 2027 Not yet started nt2 Print a guide to the night bus O Barraclough\n"
      "August 2027 Completed - 2 - FLSCB Delivery Plan 2026/28\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].lead == "Canal Trust");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[1].progress == "Delayed");
  CHECK(plan.rows[3].lead == "O Barraclough");
  CHECK(plan.rows[3].progress == "Completed");
}

TEST_CASE("a run-on table without references under a header of three names repeated before each section") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Partnership Plan 2027-2029 Priority 1 - Young carers Actions we will take Lead / date\n"
      "Current position Open a drop-in for young carers at the library D Farrant \u2013 Mar-27 On target Run a\n"
      "survey of young carers Carers Lead \u2013 Jun-27 Achieved - 1 - Priority 2 - Carers at school Actions we\n"
      "will take Lead / date Current position Train school staff in spotting hidden carers Schools Forum \u2013\n"
      "Sep-27 On target Publish a carers' leaflet for schools Inclusion Lead \u2013 Dec-27 Not started - 2 -\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[0].progress == "On target");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[2].action == "Train school staff in spotting hidden carers");
  CHECK(plan.rows[3].timeframe == "Dec-27");
  CHECK(plan.rows[3].progress == "Not started");
}

TEST_CASE("a run-on header whose last name wraps onto the next line is read whole, not as three names") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Carers Partnership Plan 2027-2029 Priority Actions we will take Lead / date Target Current\n"
      "position Priority 1 - Young carers Open a drop-in for young carers D Farrant \u2013 Mar-27 Forty carers\n"
      "come each month On target Run a survey of young carers Carers Lead \u2013 Jun-27 Replies from half of\n"
      "the schools Achieved Priority Actions we will take Lead / date Target Current position Priority 2 -\n"
      "Carers at school Train school staff Schools Forum \u2013 Sep-27 Every school trained On target\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].progress == "Achieved");
  CHECK(plan.rows[2].timeframe == "Sep-27");
  // A header of three names here, "Target" left over, would have its rows left out with a warning.
  CHECK(plan.warnings.empty());
}

TEST_CASE("a run-on row without a lead ends at its month, a row's date by April in its text does not") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030-2032 Steps we will take Responsible partner Due date Commentary Map\n"
      "the stiles near the quarry Moor Rangers May 2031 On target Walk the moorland paths with the parish\n"
      "volunteers June 2031 Behind schedule Print a safety card by April 2031 for every walker R. Penhallow\n"
      "July 2031 Carried forward Visit families on the estate Moor Health Team September 2031\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].progress == "On target");
  CHECK(plan.rows[1].action == "Walk the moorland paths with the parish volunteers");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[1].progress == "Behind schedule");
  CHECK(plan.rows[2].action == "Print a safety card by April 2031 for every walker");
  CHECK(plan.rows[2].progress == "Carried forward");
  CHECK(plan.rows[3].lead == "Moor Health Team");
}

TEST_CASE("a run-on header without references ends before a first row that opens with a bullet") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyvern Moss Partnership Plan 2030-2032 Theme One - Safer paths Actions we will take Lead / date Current\n"
      "position \u2022 Map the stiles near the quarry \u2022 Walk the paths with rangers R. Penhallow \u2013\n"
      "May-31 On target Print a walkers' safety card Moor Rangers \u2013 Jun-31 Achieved Theme Two - Quiet homes\n"
      "Actions we will take Lead / date Current position Visit families on the estate Moor Health Team \u2013\n"
      "Sep-31 Achieved\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action.find("Map the stiles near the quarry") != std::string::npos);
  CHECK(plan.rows[0].action.find("Walk the paths with rangers") != std::string::npos);
  CHECK(plan.rows[0].lead == "R. Penhallow");
  CHECK(plan.rows[2].action == "Visit families on the estate");
  CHECK(plan.rows[2].lead == "Moor Health Team");
}

TEST_CASE("column blocks whose last heading on a page is marked are no run-on paragraph") {
  // "Ref #" ends its line: the names stand on lines of their own, over the next page's references.
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Board Business Plan 2031-2034\n\nObjective A: Quiet harbour\n\nRef #\nA1\nA2\nSteps we\nwill take\n"
      "Light the harbour steps\nbefore the winter\nPaint the quay edges\nwhite\nAction\nowner\nHarbour Trust and\n"
      "Ferry Company\nTarget month\nOct-32\nMonthly\n\n1\n\fRef #\nA3\nA4\nSteps we\nwill take\n"
      "Mend the lifebuoy posts\nMap the moorings\nAction\nowner\nCoastguard\nBoat Club\nTarget month\nQuarterly\n"
      "May-33\n\n2\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "A1");
  CHECK(plan.rows[0].action == "Light the harbour steps before the winter");
  CHECK(plan.rows[1].timeframe == "Monthly");
  CHECK(plan.rows[2].ref == "A3");
  CHECK(plan.rows[3].action == "Map the moorings");
}

}  // namespace
}  // namespace planrows
