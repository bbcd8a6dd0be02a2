// Tables printed column by column, each block led by its heading.
#include "pipeline/recovery/column_block_reader.h"
#include "pipeline/recovery/wrapped_header_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("column blocks give rows by their references, page by page") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit of\nmissing episodes\n"
      "Lead\nAdmissions Team\nT Okonjo\nBy\nwhen\nMay 2026\nJune 2026\n"
      "\fRef\n5.3\nAction\nTrain the duty desk\nLead\nDuty Manager\nBy\nwhen\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "5.1");
  CHECK(plan.rows[0].action == "Agree a protocol for sharing school rolls");
  CHECK(plan.rows[0].lead == "Admissions Team");
  CHECK(plan.rows[1].action == "Run a summer audit of missing episodes");
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[2].ref == "5.3");
  CHECK(plan.rows[2].lead == "Duty Manager");
  CHECK(plan.rows[2].where.page == 2);
}

TEST_CASE("column blocks under headings no rule knows are read by the headings every page repeats") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\nPriority 1: Young carers\n\nCode\nhb1\nhb2\nPurpose\nYoung carers find help\nnear home\nYoung carers find help\nnear home\n"
      "Work planned\nOpen a drop-in at the\nharbour library each week\nPrint a guide to the night\nbus for care leavers\n"
      "Champion\nOona Barraclough\nTransport Desk\nTarget finish\nMay 2026\nJuly 2026\n"
      "\fHarbour Vale Partnership Plan 2026-27\n\nPriority 2: Records\n\nCode\nhb3\nPurpose\nRecords are complete\nWork planned\nRun a summer audit of missing\nepisode records\n"
      "Champion\nPiet Lanyon\nTarget finish\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].outcome == "Young carers find help near home");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library each week");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].action == "Print a guide to the night bus for care leavers");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
  CHECK(plan.rows[2].where.page == 2);
}

TEST_CASE("column blocks under repeated headings: a quarter over its position heads the column of progress") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\nFocus\nYoung carers\nWork planned\nOpen a drop-in at the\n"
      "harbour library each week\nPrint a guide to the night\nbus for care leavers\nChampion\nOona Barraclough\n"
      "Transport Desk\nBy\nwhen\nMay 2026\nJuly 2026\nQ2\nposition\nGreen\nAmber\n"
      "\fHarbour Vale Partnership Plan 2026-27\n\nFocus\nRecords\nWork planned\nRun a summer audit of missing\n"
      "episode records\nChampion\nPiet Lanyon\nBy\nwhen\nAugust 2026\nQ2\nposition\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Print a guide to the night bus for care leavers");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[2].timeframe == "August 2026");
  CHECK(plan.rows[2].progress == "Red");
}

TEST_CASE("a known heading that fills a line of five words opens a block of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Lead\nAdmissions Team\nT Okonjo\nBy\nwhen\nMay 2026\nJune 2026\n"
      "How we will know it\nhas made a difference\nFewer children miss school\nRolls match each term\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[1].lead == "T Okonjo");
}

TEST_CASE("a block with cells for half the rows or fewer is left out, with a warning") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nAgree a protocol\nRun a summer audit\nLead\nAdmissions Team\nT Okonjo\n"
      "Progress\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress.empty());
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[1].lead == "T Okonjo");
  bool warned = false;
  for (const std::string& warning : plan.warnings) warned |= warning.find("'Progress'") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("notes of progress end where a full line that ended mid-sentence is followed by a capital") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nAgree a protocol\nRun a summer audit\nLead\nAdmissions Team\nT Okonjo\n"
      "Progress\nSix of nine harbour\nwardens trained so far\nCompleted at the quay\nin the spring\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Six of nine harbour wardens trained so far");
  CHECK(plan.rows[1].progress == "Completed at the quay in the spring");
}

TEST_CASE("a block of names fewer than the rows is cut as it reads, not into a name per row") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\n5.3\nAction\nAgree a protocol\nRun a summer audit\nTrain the duty desk\n"
      "Lead\nHarbour Watch\nHead of Coastal Services & Ferry Safety\nUnit\nBy when\nMay 2026\nJune 2026\n"
      "July 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Watch");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[2].lead == "Head of Coastal Services & Ferry Safety Unit");
}

TEST_CASE("headings known by their words, cut inside a word or going on in lower case, head their blocks") {
  RecoveredPlan plan = RecoverPlanText(
      "Objec\ntive\nqa1\nqa2\nWhat we\nwill do\nAgree a protocol for\nsharing school rolls\n"
      "Run a summer audit\nWho is\naccountable?\nAdmissions Team\nT Okonjo\nTarget\ndate\nMay 2026\nJune 2026\n"
      "Status\nupdate\n40% complete\n75%\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "QA1");
  CHECK(plan.rows[0].action == "Agree a protocol for sharing school rolls");
  CHECK(plan.rows[0].lead == "Admissions Team");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "40% complete");
  CHECK(plan.rows[1].ref == "QA2");
  CHECK(plan.rows[1].lead == "T Okonjo");
  CHECK(plan.rows[1].progress == "75%");
}

TEST_CASE("a heading cut inside a word before a bracket heads its block") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nqa1\nqa2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Accounta\nble pers\non(s)\nAdmissions Team\nT Okonjo\nDeadline\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Admissions Team");
  CHECK(plan.rows[1].lead == "T Okonjo");
  CHECK(plan.rows[1].timeframe == "June 2026");
}

TEST_CASE("a line of a cell that holds a heading word, or a bullet, heads no block") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\n\u2022 Pilot lead\nprofessional visits\nProgress will be\nchecked each term\n"
      "Lead\nAdmissions Team\nT Okonjo\nBy when\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Admissions Team");
  CHECK(plan.rows[1].timeframe == "June 2026");
  CHECK(plan.rows[1].action == "Progress will be checked each term");
}

TEST_CASE("one outcome printed for a page of rows is the first row's, merged over the rest") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nkc1\nkc2\nOutcome\nVisitors to the quay\nknow the tide times\nAction\nOpen a Saturday clinic\n"
      "Print the safety card\nLead\nMorwenna Pascoe\nHarbour Police\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].outcome == "Visitors to the quay know the tide times");
  CHECK(plan.rows[1].lead == "Harbour Police");
}

TEST_CASE("refs under a blank heading, and a heading no rule knows between known ones, head their blocks") {
  RecoveredPlan plan = RecoverPlanText(
      "Tidewater Partnership Plan 2026-27\n\nhw1\nhw2\nActions\nRun a summer audit of\nmissing episodes\n"
      "Train the duty desk\nWhere we hope to\nland\nFerry crossings are safe\nQuay patrols are seen\n"
      "Lead\nAdmissions Team\nT Okonjo\nBy\nwhen\nMay 2026\nJune 2026\n"
      "\fhw3\nhw4\nActions\nPrint the tide card\nOpen a Saturday clinic\nWhere we hope to\nland\n"
      "Visitors know the tides\nLead\nHarbour Police\nM Pascoe\nBy\nwhen\nJuly 2026\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "HW1");
  CHECK(plan.rows[0].action == "Run a summer audit of missing episodes");
  CHECK(plan.rows[1].action == "Train the duty desk");
  CHECK(plan.rows[1].lead == "T Okonjo");
  CHECK(plan.rows[3].ref == "HW4");
  CHECK(plan.rows[3].action == "Open a Saturday clinic");
  CHECK(plan.rows[3].timeframe == "August 2026");
}

TEST_CASE("bare numbers under a ref heading are the refs, not page numbers") {
  RecoveredPlan plan = RecoverPlanText(
      "Tidewater Plan 2026-27\n\nRef #\n1\n2\nDescription of\naction\nAgree a protocol for\nsharing school rolls\n"
      "Run a summer audit\nWho will\nlead?\nAdmissions Team\nT Okonjo\nCompletio\nn target\nMay-26\nJun-26\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "T Okonjo");
}

TEST_CASE("a page's block of short cells is cut at the width the column's blocks on other pages share") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n7.1\n7.2\nAction\nAgree a protocol\nRun a summer audit\nLead\nHarbour Master's Office\nFerry Office\n"
      "By\nwhen\nMay 2026\nJune 2026\n"
      "\fRef\n7.3\n7.4\nAction\nTrain the duty desk\nMap the night buses\nLead\nDock Nurse\nPartnership\n"
      "By\nwhen\nMay 2026\nJune 2026\n"
      "\fRef\n7.5\n7.6\nAction\nCheck the quay lights\nBrief the ferry crews\nLead\nDock Nurse\n"
      "Harbour Master's Office\nBy\nwhen\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 6);
  // Two pages' leads are 23 wide: "Partnership" would have fitted after "Dock Nurse".
  CHECK(plan.rows[2].lead == "Dock Nurse");
  CHECK(plan.rows[3].lead == "Partnership");
}

TEST_CASE("a line of names that ends on a semicolon goes on in the next line's cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\n5.3\nAction\nAgree a protocol\nRun a summer audit\nTrain the duty desk\n"
      "Lead\nQuay Office;\nHarbour Police\nT Okonjo\nDuty Manager\nBy\nwhen\nMay 2026\nJune 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Quay Office; Harbour Police");
  CHECK(plan.rows[1].lead == "T Okonjo");
}

TEST_CASE("a line of names that starts on a separator goes on from the line above") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n6.1\n6.2\n6.3\nAction\nAgree a protocol\nRun a summer audit\nTrain the duty desk\n"
      "Lead\nMarta Quayle\nHarbour Safety Panel\n/ Lock Keepers Service\nDock Nurse\n"
      "By\nwhen\nMay 2026\nJune 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Marta Quayle");
  CHECK(plan.rows[1].lead == "Harbour Safety Panel / Lock Keepers Service");
  CHECK(plan.rows[2].lead == "Dock Nurse");
}

TEST_CASE("a lead of slashed names wider than its column and broken inside a word is joined back") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n6.1\n6.2\nAction\nAgree a protocol\nRun a summer audit\n"
      "Lead\nMarta Quayle\nTide Office/Harbou\nr/Ferry Police\nBy\nwhen\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Marta Quayle");
  CHECK(plan.rows[1].lead == "Tide Office/Harbour/Ferry Police");
}

TEST_CASE("a post that ends on Partner ends a name wrapped before it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n6.1\n6.2\nAction\nAgree a protocol\nRun a summer audit\nLead\nMarta Quayle /\nHarbour Business\n"
      "Partner / Ivo Penhale\nCoastguard Service /\nFerry Crossing\nService\nBy\nwhen\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Marta Quayle / Harbour Business Partner / Ivo Penhale");
  CHECK(plan.rows[1].lead == "Coastguard Service / Ferry Crossing Service");
}

TEST_CASE("a body that ends on Authority or Cluster ends a name wrapped before it") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n6.1\n6.2\n6.3\nAction\nAgree a protocol\nRun a summer audit\nTrain the duty desk\nLead\n"
      "Ferry Wardens\nHarbour Schools & Local\nAuthority\nBy\nwhen\nMay 2026\nJune 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Ferry Wardens");
  CHECK(plan.rows[2].lead == "Harbour Schools & Local Authority");
  plan = RecoverPlanText(
      "Ref\n6.1\n6.2\n6.3\nAction\nAgree a protocol\nRun a summer audit\nTrain the duty desk\nLead\n"
      "Ferry Wardens\nHarbour Schools\nCluster / I Penhale\nBy\nwhen\nMay 2026\nJune 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[2].lead == "Harbour Schools Cluster / I Penhale");
}

TEST_CASE("a title that reads as a column heading, a section heading under it, starts no column blocks") {
  // "Task Plan 2031/32" tells the action column by a word, which the
  // heading "Our tasks" must then have.
  RecoveredPlan plan = RecoverPlanText(
      "Fellgate LSCB\nTask Plan 2031/32\n\nPriority 1. Safer rivers\n\nRow ref\nFG 1\nFG 2\nOur tasks\n"
      "Fence the weir path by the\nprimary school\nBrief canoe clubs on lone children\nLead and date\n"
      "Rivers Team \u2013 Q1 2031/32\nOskar Penhale \u2013 June 2031\nProgress\nStarted\nNot started\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Fence the weir path by the primary school");
  CHECK(plan.rows[0].lead == "Rivers Team");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[1].progress == "Not started");
}

TEST_CASE("a lead block's name wrapped before its last word and a separator goes on over the wrap") {
  // "Service;" and "Forum;" end the names above them, the separator after them.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n7.1\n7.2\n7.3\nAction\nWalk the school routes with\npupils each term\nBrief the taxi firms on lone\n"
      "children\nAudit the lunchtime rota\nLead\nRoad Safety Education\nService; R Tamsin\nPupil Transport Desk\n"
      "Governing Body; Parent\nForum; School Nurse\nBy when\nMay 2033\nJune 2033\nJuly 2033\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Road Safety Education Service; R Tamsin");
  CHECK(plan.rows[1].lead == "Pupil Transport Desk");
  CHECK(plan.rows[2].lead == "Governing Body; Parent Forum; School Nurse");
}

TEST_CASE("a title over a block of references, one under another, is no header of rows") {
  // Column blocks start with the references' block; a title's capitalised
  // words over it ("Action Plan") would make names of a header.
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Harbour Vale Safeguarding Children Partnership\nAction Plan 2026/29\n\nObjective A - Young carers\n\n"
      "HV 1\nHV 2\nSteps we will take\nOpen a drop-in at the\nharbour library\nRun a summer audit\n");
  REQUIRE(document.ok());
  std::vector<PlanLine> lines = PlanLine::Flatten(*document);
  size_t end = 0;
  CHECK(WrappedHeaderReader(*SharedTestRules()).Read(lines, 0, &end).empty());
  CHECK(WrappedHeaderReader(*SharedTestRules()).Read(lines, 1, &end).empty());
}

TEST_CASE("a first column with no cells on a later page (a theme printed once) still gives that page's rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Key area\nQuayside\nsafety\nRef.\nq1.\nq2.\nKey tasks\nAgree a ferry safety\nprotocol\n"
      "Run a summer audit of\nharbour patrols\nLead person\nH Treloar\nO Annery\nDeadline\nMay 2026\nJune 2026\n"
      "\fKey area\nRef.\nq3.\nq4.\nKey tasks\nTrain the duty desk\nPrint a night bus guide\n"
      "Lead person\nP Pascoe\nT Okonjo\nDeadline\nJuly 2026\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[2].action == "Train the duty desk");
  CHECK(plan.rows[3].lead == "T Okonjo");
}

TEST_CASE("column blocks: a first column of themes, each a section's label and title over its rows, is one cell") {
  // Cut a line a cell, the theme's first line would start a row that ends the table.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership Plan 2030-31\n\n"
      "Focus\nStrand B \u2013\nYoung carers\nare heard\nearly\nAction\n1 Open a drop-in at the\nharbour library\n"
      "2 Print a guide to the\nnight bus\n3 Train the duty desk\nLead\nOona Barraclough\nTransport Desk\nDuty Manager\n"
      "Due\nMay 2030\nJuly 2030\nJune 2030\n"
      "\fQuayside Partnership Plan 2030-31\n\n"
      "Focus\nStrand C \u2013\nSafer records\nfor all\nAction\n1 Run a summer audit of\nmissing episodes\n"
      "2 Check the records\nLead\nPiet Lanyon\nRecords Team\nDue\nAugust 2030\nMay 2031\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[3].action == "Run a summer audit of missing episodes");
  CHECK(plan.rows[4].lead == "Records Team");
  CHECK(plan.rows[4].timeframe == "May 2031");
}

TEST_CASE("column blocks: a theme printed over its page's references in one block heads the rows as their section") {
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership Plan 2030-31\n\nOur focus\nStrand 1 - Young carers\nare heard early\n1.1.\n1.2.\n"
      "Goal\nYoung carers find help\nnear home\nAction\nOpen a drop-in at the\nharbour library\nPrint a guide to the\n"
      "night bus\nLead\nOona Barraclough\nTransport Desk\nDue\nMay 2030\nJuly 2030\n"
      "\fQuayside Partnership Plan 2030-31\n\nOur focus\n1.3.\nGoal\nRecords are complete\nAction\n"
      "Run a summer audit of\nmissing episodes\nLead\nPiet Lanyon\nDue\nAugust 2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].section == "Young carers are heard early");
  CHECK(plan.rows[1].ref == "1.2");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[2].ref == "1.3");
}

TEST_CASE("column blocks under repeated headings: a heading's tail in lower case that a cell's line repeats") {
  // "Focus", which no rule knows, has the headings read as the lines each page repeats.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership Plan 2030-31\n\n"
      "Focus\nYoung carers\nare heard\nAction\n1 Name the officer\nresponsible\n2 Print a guide to the\nnight bus\n"
      "Who is\nresponsible?\nOona Barraclough\nTransport Desk\nDue\nMay 2030\nJuly 2030\n"
      "\fQuayside Partnership Plan 2030-31\n\n"
      "Focus\nSafer records\nAction\n1 Run a summer audit of\nmissing episodes\n2 Check the records\n"
      "Who is\nresponsible?\nPiet Lanyon\nRecords Team\nDue\nAugust 2030\nMay 2031\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Name the officer responsible");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[2].lead == "Piet Lanyon");
  CHECK(plan.rows[3].timeframe == "May 2031");
}

TEST_CASE("column blocks whose first heading no rule knows tops each page and one column has no cells on the first") {
  // "Focus area" heads each page, where it would read as a running header;
  // on the first page "Champion", without cells, stands right over "Target finish".
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Partnership Plan 2030\n\n"
      "Focus\narea\nHarbour safety\nPlanned\nsteps\nOpen a drop-in at the\nharbour library each week\n"
      "Champion\nTarget\nfinish\nMay 2030\nCheck\nnote\nOn track\n"
      "\fFocus\narea\nNight travel\nPlanned\nsteps\nPrint a guide to the night\nbus for care leavers\n"
      "Run a summer audit of missing\nepisode records\nChampion\nOona Barraclough\nPiet Lanyon\n"
      "Target\nfinish\nJuly 2030\nAugust 2030\nCheck\nnote\nOn track\nDelayed\n"
      "\fFocus\narea\nPlanned\nsteps\nTrain the duty desk\nChampion\nDuty Manager\nTarget\nfinish\n"
      "September 2030\nCheck\nnote\nNot started\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library each week");
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "May 2030");
  CHECK(plan.rows[1].lead == "Oona Barraclough");
  CHECK(plan.rows[2].timeframe == "August 2030");
  CHECK(plan.rows[3].lead == "Duty Manager");
  CHECK(plan.rows[3].where.page == 3);
}

TEST_CASE("a heading wrapped before a separator ('Lead officer' over '/ body') is one heading, not a cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Lead officer\n/ body\nAdmissions Team\nT Okonjo\nBy\nwhen\nMay 2026\nJune 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Admissions Team");
  CHECK(plan.rows[1].lead == "T Okonjo");
}

TEST_CASE("a heading wrapped after a joining word on its first line heads its block from that line") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nPilot the ferry rota\nAudit the quay gates\nLead\nMorwenna Pascoe\n"
      "Piet Lanyon\nBy when\nMay 2026\nJune 2026\nOutputs and\nevidence of\nimpact\n"
      "Fewer late ferries\nNo gate left open\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].lead == "Piet Lanyon");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].timeframe == "June 2026");
  REQUIRE(plan.rows[1].extra.size() == 1);
  CHECK(plan.rows[1].extra[0].second == "No gate left open");
}

TEST_CASE("a short aside in brackets under a heading is the heading's, not a cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nPilot the ferry rota\nAudit the quay gates\nLead\nMorwenna Pascoe\n"
      "Piet Lanyon\nBy when\nMay 2026\nJune 2026\nUpdate\n(Q2)\nAmber\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].progress == "Green");
}

}  // namespace
}  // namespace planrows
