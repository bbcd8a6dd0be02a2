// Tables printed column by column: how a page's rows are counted and
// each block's cells given to them, with or without references.
#include "pipeline/recovery/column_block_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("without references, a page's rows are the cells its action block reads as") {
  RecoveredPlan plan = RecoverPlanText(
      "Action\nReview the harbour night patrol\nrota in line with the new\nguidance\n"
      "Co-produce tide tables for young\ncarers in line with the new\nguidance\n"
      "Map the ferry safety toolkit\nusing feedback from families\n"
      "Lead\nH Treloar\nO Annery\nP Pascoe\nProgress\nRed\nStarted in May\nGreen\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Review the harbour night patrol rota in line with the new guidance");
  CHECK(plan.rows[2].action == "Map the ferry safety toolkit using feedback from families");
  CHECK(plan.rows[2].lead == "P Pascoe");
}

TEST_CASE("a block one cell short of the rows fills the first and last rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\n5.3\nAction\nAgree a protocol\nRun a summer audit\nTrain the duty desk\n"
      "Lead\nAdmissions Team\nT Okonjo\nDuty Manager\nProgress\nGreen\nAmber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].progress == "Amber");
}

TEST_CASE("a block of dates, a date a line, gives a cell to each row") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nkc1\nkc2\nkc3\nAction\nWalk the estate with\nthe wardens\nOpen a Saturday clinic\nPrint the tide-pool\n"
      "safety card\n"
      "Lead\nMorwenna Pascoe\nHarbour Police\nLifeguard Service\nDeadline\nMay 2026\nOngoing\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("without references, a block of dates with more lines than the actions read as counts the rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Coastal Watch Partnership Plan 2026-27\n\nAction\nWalk the estate with\nthe wardens\nOpen a Saturday\n"
      "clinic at the quay\n"
      "Print the tide-pool\nsafety card\nLead\nMorwenna Pascoe\nHarbour Police\nLifeguard Service\n"
      "Deadline\nMay 2026\nOngoing\nAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Open a Saturday clinic at the quay");
  CHECK(plan.rows[2].lead == "Lifeguard Service");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("without references, a lead-and-date block counts the rows by the dates its cells end on") {
  RecoveredPlan plan = RecoverPlanText(
      "Coastal Watch Partnership Plan 2026-27\n\nAction\nWalk the estate at night\nwith the harbour wardens\n"
      "* Open a Saturday clinic\nat the quay\n* Print the tide-pool\nsafety card\n* Paint the quay\nrailings\n"
      "* Mend the nets\nLead and timescale\nMorwenna Pascoe -\nMay 2026\nHarbour Police - Ongoing\n"
      "Lifeguard Service -\nJune 2026\nProgress\nGreen\n");
  // The last two rows' lists run on together as one; the dates tell that there are three rows.
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action.find("Print the tide-pool safety card") != std::string::npos);
  CHECK(plan.rows[1].action.find("Paint") == std::string::npos);
  CHECK(plan.rows[1].lead == "Harbour Police");
  CHECK(plan.rows[2].lead == "Lifeguard Service");
  CHECK(plan.rows[2].timeframe == "June 2026");
}

TEST_CASE("a block of dates, a date a line, joins a date its column wrapped into one cell") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nkc1\nkc2\nkc3\nAction\nWalk the estate with\nthe wardens\nOpen a Saturday clinic\nPrint the tide-pool\n"
      "safety card\nLead\nMorwenna Pascoe\nHarbour Police\nLifeguard Service\nDeadline\nJune 2027 - March\n2028\n"
      "Ongoing\nFrom October\n2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "June 2027 - March 2028");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].timeframe == "From October 2027");
}

TEST_CASE("a block of dates a line, as many lines as rows, gives each row a line, a year alone too") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nkc1\nkc2\nkc3\nAction\nWalk the estate with\nthe wardens\nOpen a Saturday clinic\nPrint the tide-pool\n"
      "safety card\nLead\nMorwenna Pascoe\nHarbour Police\nLifeguard Service\nDeadline\nOngoing\n2027/28\n"
      "May 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[1].timeframe == "2027/28");
  CHECK(plan.rows[2].timeframe == "May 2027");
}

TEST_CASE("a block of leads with dates joins a date wrapped before its year") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\nAction\nPilot the ferry rota\nAudit the quay gates\nLead / target date\n"
      "Harbour Board Panel - Jul\n2027 and then annually\nTide Office - 31/10/2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Harbour Board Panel");
  CHECK(plan.rows[0].timeframe == "Jul 2027 and then annually");
  CHECK(plan.rows[1].lead == "Tide Office");
}

TEST_CASE("column blocks: a column of dates under a heading no rule knows is the timeframe, not one of targets") {
  // "Target" names dates by its words; its cells, measures a list of a row, read as none.
  RecoveredPlan plan = RecoverPlanText(
      "Coastal Watch Partnership Plan 2027\n\nRef\nkc1\nkc2\nkc3\nAction\nWalk the estate with\nthe wardens\n"
      "Open a Saturday clinic\nPrint the tide-pool\nsafety card\nLead\nMorwenna Pascoe\nHarbour Police\n"
      "Lifeguard Service\nFinish\n31/05/2027\nOngoing\n30/09/2027\nTarget\n* Fewer strandings\nat low tide\n"
      "* Two wardens\ntrained\n\fRef\nkc4\nAction\nMend the quay ladder\nLead\nHarbour Police\nFinish\n"
      "31/10/2027\nTarget\n* No falls\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].timeframe == "31/05/2027");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[2].timeframe == "30/09/2027");
}

TEST_CASE("column blocks without a ref column: a ref its narrow column wrapped over the action still starts a row") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Partnership Plan 2030\n\n"
      "Action\n4.1: Launch the\nharbour scorecard\n4.2: Review\nthe tide\nregister\n4.3:\nStrengthen\n"
      "the night\nbus guide\nLead\nOona Barraclough\nFerry Desk\nTide Office\nBy when\nOct-30\nJun-30\nFeb-30\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Review the tide register");
  CHECK(plan.rows[2].ref == "4.3");
  CHECK(plan.rows[2].action == "Strengthen the night bus guide");
  CHECK(plan.rows[2].lead == "Tide Office");
  CHECK(plan.rows[2].timeframe == "Feb-30");
}

TEST_CASE("column blocks without a ref column: a ref wrapped with a short verb over the action still starts a row") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Partnership Plan 2030\n\n"
      "Action\nSF 1 \u2013 Launch the\nharbour scorecard\nSF 2 \u2013 Map\nthe tide\nregister\nSF 3 \u2013 Strengthen\n"
      "the night\nbus guide\nLead\nOona Barraclough\nFerry Desk\nTide Office\nBy when\nOct-30\nJun-30\nFeb-30\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "SF 2");
  CHECK(plan.rows[1].action == "Map the tide register");
  CHECK(plan.rows[1].lead == "Ferry Desk");
  CHECK(plan.rows[2].action == "Strengthen the night bus guide");
}

TEST_CASE("column blocks without a ref column: an action led by its ref stays one cell however many lines it wraps") {
  std::string long_action = "4.1: Map\n";
  for (int k = 0; k < 18; ++k) long_action += "the quay\n";
  RecoveredPlan plan = RecoverPlanText("Saltings Ferry Partnership Plan 2030\n\nAction\n" + long_action +
                                       "4.2: Review the tide\nregister\nLead\nOona Barraclough\nFerry Desk\n"
                                       "By when\nOct-30\nJun-30\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "4.1");
  CHECK(plan.rows[1].ref == "4.2");
  CHECK(plan.rows[1].lead == "Ferry Desk");
}

TEST_CASE("column blocks without a ref column: each action that starts with its ref starts a row, its list and all") {
  // The first action's list of short items would read as rows of their own.
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Partnership Plan 2030\n\n"
      "Focus\narea\nCarers\nPurpose\nCarers are heard in\nthe ferry review\nCarers are heard in\nthe ferry review\n"
      "Carers are heard in\nthe ferry review\nWork planned\n\u25aa sf1 Launch the\nharbour scorecard\n"
      "\u25aa Develop joint ferry\ncase audits\n\u25aa Monitor take-up of the\nnight bus guide\n\u25aa Test the night\n"
      "bus guide\n\u25aa sf2 Develop the tide\nregister\n\u25aa Launch the ferry\nfunding agreement\n"
      "sf3 Roll out the annual\nreport and report findings\nto the Board. A task and\nfinish group will lead\nthis\n"
      "Champion\nOona Barraclough\nHarbour Board/Ferry\nPartners/Tide and\nData Group\nFire and Rescue\nService\n"
      "Target\nfinish\nOct-30\nJun-30\nFeb-30\nCurrent\nposition\nBehind schedule\nG\nPilot running in two\nharbours\n"
      "\fFocus\narea\nRecords\nPurpose\nRecords are complete\nRecords are complete\nWork planned\n"
      "sf4 Check the ferry rota\nsf5 Audit the night crossings\nChampion\nRecords Team\nFerry Desk\nTarget\nfinish\n"
      "May-31\nJun-31\nCurrent\nposition\nAmber\nGreen\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].ref == "sf1");
  CHECK(plan.rows[0].action.find("Launch the harbour scorecard") == 0);
  CHECK(plan.rows[1].ref == "sf2");
  CHECK(plan.rows[1].timeframe == "Jun-30");
  CHECK(plan.rows[2].ref == "sf3");
  CHECK(plan.rows[2].progress == "Pilot running in two harbours");
  CHECK(plan.rows[4].ref == "sf5");
}

TEST_CASE("column blocks: actions that start with their refs count the rows, not a block of milestones a line each") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Partnership Plan 2030\n\n"
      "Theme\nPriority 1 \u2013 Safer crossings\nWhat we want\nto happen\nCarers are heard in\nthe ferry review\n"
      "Crossings are safe\nat night\nDescription\nof action\n\u2022 1.1.1 \u2013 Open a\ndrop-in at the harbour\n"
      "\u2022 Print a guide to\nthe night bus\n1.2.1 \u2013 Run a summer\naudit of missing records\n"
      "Responsible\nperson(s)\nOona Barraclough\nPiet Lanyon\nWhen will\nit be\ndone?\nQ4 2030/31\nQ2 2030/31\n"
      "Milestones and\ndates\n\u2022 Draft by June 2030\n\u2022 Sign-off by May 2031\n\u2022 Draft by July 2030\n"
      "\u2022 Sign-off by June 2031\nRAG\nstatus\nMet\nGreen\n"
      "\fTheme\nPriority 2 \u2013 Quiet homes\nWhat we want\nto happen\nFamilies get help sooner\nDescription\n"
      "of action\n2.1.1 \u2013 Visit families\non the estate\nResponsible\nperson(s)\nMoor Health Team\nWhen will\n"
      "it be\ndone?\nQ3 2030/31\nMilestones and\ndates\n\u2022 Draft by May 2030\n\u2022 Sign-off by May 2031\n"
      "RAG\nstatus\nAmber\n");
  REQUIRE(plan.rows.size() >= 2);
  CHECK(plan.rows[0].ref == "1.1.1");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[0].timeframe == "Q4 2030/31");
  CHECK(plan.rows[0].progress == "Met");
  CHECK(plan.rows[1].ref == "1.2.1");
  CHECK(plan.rows[1].lead == "Piet Lanyon");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("column blocks: a block of bulleted milestones, several a row, does not count the rows") {
  // Two milestones a row would read as six rows, and shift the dates and leads.
  RecoveredPlan plan = RecoverPlanText(
      "Heron Fen Partnership Plan 2031-32\n\nAction\nSurvey the reed beds\nwith the wardens\n"
      "Open a winter clinic\nat the lock keeper's hut\nRepaint the sluice\nwarning signs\n"
      "Lead\nTamsin Rooke\nFen Rangers\nDrainage Board\nDeadline\nJuly 2031\nQ3 2031/32\nMarch 2032\n"
      "Key milestones\n- Draft by May 2031\n- Sign-off by June 2031\n- Draft by August 2031\n"
      "- Sign-off by October 2031\n- Draft by January 2032\n- Sign-off by February 2032\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Tamsin Rooke");
  CHECK(plan.rows[0].timeframe == "July 2031");
  CHECK(plan.rows[1].lead == "Fen Rangers");
  CHECK(plan.rows[1].timeframe == "Q3 2031/32");
  CHECK(plan.rows[2].action == "Repaint the sluice warning signs");
  CHECK(plan.rows[2].timeframe == "March 2032");
}

TEST_CASE("a heading of five words that a rule knows with its next line repeats on each page as one heading") {
  // The first page has no lead, so the headings are read as the lines each page repeats.
  RecoveredPlan plan = RecoverPlanText(
      "Saltings Ferry Plan 2030\n\n1. Safe harbour\n\nAction\ncode\nSF 1\n"
      "Aim of the work\nFamilies find help near\nthe harbour\n"
      "Steps we\nwill take\nOpen a drop-in at\nthe harbour library\nLead officer\n/ body\nExpected by\n31/05/2030\n"
      "How we will know it\nworked\nVisits logged each week\nProgress\nnote\nOn track\n\n- 1 -"
      "\f2. Night travel\n\nAction\ncode\nNT 1\nNT 2\nAim of the work\nFamilies travel safely\n"
      "Families travel safely\nSteps we\nwill take\nPrint a guide to the\nnight bus\nTrain the duty desk\n"
      "Lead officer\n/ body\nPiet Lanyon\nDuty Manager\nExpected by\n31/07/2030\n31/08/2030\n"
      "How we will know it\nworked\nGuide handed out\nDesk staff trained\nProgress\nnote\nDelayed\nOn track\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "31/05/2030");
  CHECK(plan.rows[1].lead == "Piet Lanyon");
  CHECK(plan.rows[1].timeframe == "31/07/2030");
  CHECK(plan.rows[2].timeframe == "31/08/2030");
}

TEST_CASE("a lead wrapped after a word that qualifies the next ('Looked', 'Case') goes on over the next line") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\n5.3\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Train the duty desk\nLead\nLead Nurse for Looked\nAfter Children\nDuty Manager & Case\nReview Group\n"
      "By when\nMay 2026\nJune 2026\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Lead Nurse for Looked After Children");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[2].lead == "Duty Manager & Case Review Group");
}

TEST_CASE("a lead wrapped after a separator and a first name ('Oona Treloar; Piet') goes on over the next line") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\n5.1\n5.2\n5.3\nAction\nAgree a protocol for\nsharing school rolls\nRun a summer audit\n"
      "Train the duty desk\nLead\nOona Treloar; Piet\nLanyon\nDuty Manager\nBy when\nMay 2026\nJune 2026\n"
      "July 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Oona Treloar; Piet Lanyon");
  CHECK(plan.rows[2].lead == "Duty Manager");
}

TEST_CASE("column blocks: a table of pages that read as records is read as its rows") {
  // A page of one row reads as a record, its headings the labels; the pages of two rows would read as
  // records of two actions each.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Partnership Plan 2030-31\n\nKey area\nPriority 1: Young carers\nare heard early\n"
      "Change we want\nto see\nYoung carers are known\nto their school\nWorkplan activity\n"
      "Open a drop-in at the harbour\nlibrary for young carers\nPrint a guide to the night\n"
      "bus for families\nStaging\nposts\n* Draft by\nMay 2030\n* Draft by\nMay 2030\nWho /\nwhen\n"
      "Oona Barraclough -\nMay 2030\nTransport Desk -\nJuly 2030\nProgress made\nGreen\n\n- 1 -\n"
      "\fQuayside Partnership Plan 2030-31\n\nKey area\nChange we want\nto see\nWorkplan activity\n"
      "Run a summer audit of\nmissing episodes\nCheck the records of\nevery school\nStaging\nposts\n"
      "* Draft by\nMay 2030\n* Draft by\nMay 2030\nWho /\nwhen\nPiet Lanyon -\nJune 2030\n"
      "Records Team\nProgress made\nAmber\nRed\n\n- 2 -\n"
      "\fQuayside Partnership Plan 2030-31\n\nKey area\nChange we want\nto see\nCarers say they are\n"
      "heard\nWorkplan activity\nTest the carers card\nwith every school\nStaging\nposts\n* Draft by\n"
      "May 2030\nWho /\nwhen\nHarbour School\nProgress made\nGreen\n\n- 3 -\n"
      "\fQuayside Partnership Plan 2030-31\n\nKey area\nChange we want\nto see\nWorkplan activity\n"
      "Map the night bus\nroutes for carers\nStaging\nposts\n* Draft by\nMay 2030\nWho /\nwhen\n"
      "Transport Desk -\nMay 2031\nProgress made\nAmber\n\n- 4 -");
  REQUIRE(plan.rows.size() == 6);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library for young carers");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[1].timeframe == "July 2030");
  CHECK(plan.rows[3].action == "Check the records of every school");
  CHECK(plan.rows[3].progress == "Red");
  CHECK(plan.rows[5].lead == "Transport Desk");
}

TEST_CASE("a lead's date wrapped before its year in a block of dates counts no row of its own") {
  // "Piet Lanyon - November" over "2015" is one cell: the page has two rows, as its actions read.
  RecoveredPlan plan = RecoverPlanText(
      "Quayside Plan 2015\n\nWhat we\nwill do\nRepaint the old\nharbour\nrailings with the\nboatyard and the\n"
      "quay office\nOpen a drop-in at\nthe harbour\nlibrary for young\ncarers\nLead and\ntimescale\n"
      "November 2015\nPiet Lanyon - November\n2015\nCurrent RAG\nNot yet started\nOn track\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Repaint the old harbour railings with the boatyard and the quay office");
  CHECK(plan.rows[0].timeframe == "November 2015");
  CHECK(plan.rows[1].lead == "Piet Lanyon");
  CHECK(plan.rows[1].timeframe == "November 2015");
}

TEST_CASE("a block of dates keeps a year under a date that names its year in two digits a cell of its own") {
  // The block has a line more than the rows, a range wrapped before its second year.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\nQA1\nQA2\nQA3\nQA4\nAction\nOpen a drop-in at the library\nPrint a guide to the night bus\n"
      "Run a summer audit\nCheck the records\nLead\nOona Barraclough\nPiet Lanyon\nRecords Team\nDock Nurse\n"
      "Timeline\nNov-18\n2018/19\nApril 2020 - March\n2021\nOngoing\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].timeframe == "Nov-18");
  CHECK(plan.rows[1].timeframe == "2018/19");
  CHECK(plan.rows[2].timeframe == "April 2020 - March 2021");
  CHECK(plan.rows[3].timeframe == "Ongoing");
}

}  // namespace
}  // namespace planrows
