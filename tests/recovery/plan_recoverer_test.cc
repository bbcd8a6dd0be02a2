// Row recovery over small documents written the way converters write plans.
#include "pipeline/recovery/plan_recoverer.h"

#include <catch2/catch.hpp>

#include "extractors/text_extractor.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan RecoverText(const std::string& text) {
  TextExtractor extractor;
  Result<DocumentText> document = extractor.Extract("plan.txt", text);
  REQUIRE(document.ok());
  return PlanRecoverer(SharedTestRules()).Recover(*document);
}

TEST_CASE("a tab table gives one row per reference, with its section") {
  RecoveredPlan plan = RecoverText(
      "West Berkshire Local Safeguarding Children Board\nBUSINESS PLAN 2015 - 2017\n\n"
      "Theme 1 Early Help\n"
      "Ref\tDesired outcome\tAction\tLead\tTimeframe\tProgress\n"
      "1.1\tReferrals meet thresholds\tCarry out an audit\tM Evans\tMay 2015\t\n"
      "1.2\t\tEnsure commissioning\tI Pearson/ M Sancho\tMarch 2015\tDone\n");
  CHECK(plan.info.board == "West Berkshire Local Safeguarding Children Board");
  CHECK(plan.info.period_start == 2015);
  CHECK(plan.info.period_end == 2017);
  REQUIRE(plan.rows.size() == 2);
  const ActionRow& first = plan.rows[0];
  CHECK(first.section_ref == "1");
  CHECK(first.section == "Early Help");
  CHECK(first.ref == "1.1");
  CHECK(first.action == "Carry out an audit");
  CHECK(first.lead == "M Evans");
  CHECK(first.timeframe == "May 2015");
  CHECK(first.progress.empty());
  CHECK(first.where.line == 6);
  const ActionRow& second = plan.rows[1];
  CHECK(second.outcome == "Referrals meet thresholds");  // Inherited from the row above.
  CHECK(second.leads == std::vector<std::string>{"I Pearson", "M Sancho"});
  CHECK(second.progress == "Done");
}

TEST_CASE("a fragment cut off by a page break joins its row; an unnumbered row stands alone") {
  RecoveredPlan plan = RecoverText(
      "Ref\tAction Summary\tOutcomes\tLead & Completion Date\tCurrent Status (RAG)\n"
      "1.8\tSingle agency plans\tEnhanced staff confidence\tAll agencies\t\n\n"
      "\tthrough robust training\tMarch 2013\t\n"
      "1.9\tReview the board\tBetter board\tBusiness Manager Throughout 2013-14\t\n"
      "\tPublish a newsletter\tAwareness\tC Gill July 2015\t\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "All agencies");
  CHECK(plan.rows[0].timeframe == "March 2013");
  CHECK(plan.rows[0].outcome == "Enhanced staff confidence through robust training");
  CHECK(plan.rows[1].lead == "Business Manager");
  CHECK(plan.rows[1].timeframe == "Throughout 2013-14");
  CHECK(plan.rows[2].ref.empty());
  CHECK(plan.rows[2].action == "Publish a newsletter");
  CHECK(plan.rows[2].timeframe == "July 2015");
}

TEST_CASE("a few words alone right over a table's header printed anew name its group, no row") {
  RecoveredPlan plan = RecoverText(
      "1. Safer homes\nOur plan\n"
      "Expected result\tWork to be undertaken\tNamed officer\tTarget date\tRAG rating\n"
      "Homes are safe\t1.1 Fit smoke alarms in every flat\tFire Officer\t31/08/2027\tGreen\n"
      "2. Safer streets\nOur plan\n"
      "Expected result\tWork to be undertaken\tNamed officer\tTarget date\tRAG rating\n"
      "Streets are lit\t2.1 Light the park paths\tParks Manager\t30/09/2027\tAmber\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].lead == "Fire Officer");
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].outcome == "Streets are lit");
}

TEST_CASE("refs without a heading take their section from the plan's numbered list") {
  RecoveredPlan plan = RecoverText(
      "The priorities are:\n- 1. Early help\n- 2. The child's voice\n\n"
      "Ref\tAction\tLead\n2.1\tAudit conferences\tL Campion\n");
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].section_ref == "2");
  CHECK(plan.rows[0].section == "The child's voice");
}

TEST_CASE("a Markdown pipe table is read like a tab table") {
  RecoveredPlan plan = RecoverText(
      "## Priority 3: Child sexual exploitation\n\n"
      "| Ref | Action | Lead | By when |\n|---|---|---|---|\n"
      "| 3.1 | Develop a CSE strategy | CSE Sub-group | Sept 2016 |\n");
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].section_ref == "3");
  CHECK(plan.rows[0].section == "Child sexual exploitation");
  CHECK(plan.rows[0].lead == "CSE Sub-group");
  CHECK(plan.rows[0].timeframe == "Sept 2016");
}

TEST_CASE("a narrative plan gives one row per top-level bullet") {
  RecoveredPlan plan = RecoverText(
      "### Priority 1:\n\n**Vulnerable groups are safeguarded**\n\n## What we will do\n\n"
      "- We will check services. This includes\n  - Looked After Children\n  - Children at risk of CSE\n"
      "- Identify emerging themes.\n\n- Develop our understanding of missing children.\n\n"
      "#### Why is it important?\n\n- Not an action\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "We will check services. This includes; Looked After Children; Children at risk of CSE");
  CHECK(plan.rows[0].section_ref == "1");
  CHECK(plan.rows[0].section == "Vulnerable groups are safeguarded");
  CHECK(plan.rows[2].action == "Develop our understanding of missing children.");
}

TEST_CASE("a narrative list that pdftotext wrote without bullets gives one row per item") {
  // Each item wraps over lines; a line that opens with a label, or follows
  // one that ends mid-sentence, goes on with the item above.
  RecoveredPlan plan = RecoverText(
      "Brackenford Children's Partnership\nYearly Plan 2031-32\n"
      "Priority 1 - Safer streets\nOur actions this year\n"
      "Chart the late-night bus routes near the colleges. Lead: Transport Liaison\nOfficer.\n"
      "Train the taxi marshals; Brief the door staff;\nVisit the arcades. Lead: M. Quill.\n"
      "Timescale: Sep-32.\n"
      "Publish a map of safe havens (Lead: Parish Wardens; by\n31/12/2031)\n\n"
      "Page 1 of 1\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Chart the late-night bus routes near the colleges");
  CHECK(plan.rows[0].lead == "Transport Liaison Officer");
  CHECK(plan.rows[1].action == "Train the taxi marshals; Brief the door staff; Visit the arcades");
  CHECK(plan.rows[1].lead == "M. Quill");
  CHECK(plan.rows[1].timeframe == "Sep-32");
  CHECK(plan.rows[2].lead == "Parish Wardens");
  CHECK(plan.rows[2].timeframe == "31/12/2031");
}

TEST_CASE("a narrative list's line of labels and values makes no table header") {
  // "Lead: P. Brennan. Timescale: Jan-33." splits at capitals as a header
  // would, but a date names no column.
  RecoveredPlan plan = RecoverText(
      "Thornmere Youth Partnership\nAction Plan 2032-33\n"
      "Priority 2 - Quieter nights\nOur actions this year\n"
      "Walk the canal towpath; Light the underpass; Fence the quarry; Map\n"
      "the dark spots. Lead: Canal Trust and I. Okonkwo and Lighting Officer.\n"
      "Timescale: Oct-32.\n"
      "Count the lamp outages; Report the broken lamps.\n"
      "Lead: P. Brennan. Timescale: Jan-33.\n"
      "Survey the bridges with the voluntary sector. Timescale: Mar-33.\n\n"
      "Page 1 of 1\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Canal Trust and I. Okonkwo and Lighting Officer");
  CHECK(plan.rows[0].timeframe == "Oct-32");
  CHECK(plan.rows[1].lead == "P. Brennan");
  CHECK(plan.rows[1].timeframe == "Jan-33");
  CHECK(plan.rows[2].action == "Survey the bridges with the voluntary sector");
  CHECK(plan.rows[2].timeframe == "Mar-33");
}

TEST_CASE("a paragraph after a blank line under a list heading on a text page is no list") {
  RecoveredPlan plan = RecoverText(
      "What we will do\n\nThe partnership met four times and agreed its terms of reference.\n");
  CHECK(plan.rows.empty());
}

TEST_CASE("a column heading wrapped under a list heading's word is no list item") {
  RecoveredPlan plan = RecoverText("Actions\nlogged\n\nThe partnership met four times this year.\n");
  CHECK(plan.rows.empty());
}

TEST_CASE("objectives followed by blocks of actions and leads pair them in order") {
  RecoveredPlan plan = RecoverText(
      "STRATEGIC PRIORITY TWO: Right service at the right time\n\n"
      "2.1 A safeguarding hub gives a timely response\n\nLead / subgroup\n\n"
      "How do we evidence progress?\n\n"
      "Oversee the implementation of MASH through governance\n Monitor the effectiveness of MASH\n"
      " Ensure partners are updated on the development of MASH\n\n"
      "DSCB/ MASH\n DSCB/ MASH sub\n Communication strat\n\n"
      "Key performance indicators or monitoring report:\n\nMASH dashboard\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "2.1");
  CHECK(plan.rows[0].section_ref == "2");
  CHECK(plan.rows[0].outcome == "A safeguarding hub gives a timely response");
  CHECK(plan.rows[1].action == "Monitor the effectiveness of MASH");
  CHECK(plan.rows[1].lead == "DSCB/ MASH sub");
  CHECK(plan.rows[2].lead == "Communication strat");
  REQUIRE(plan.rows[2].extra.size() == 1);
  CHECK(plan.rows[2].extra[0] == std::make_pair(std::string("measure"), std::string("MASH dashboard")));
}

TEST_CASE("an objective's actions before its evidence label and no lead label are still its rows") {
  RecoveredPlan plan = RecoverText(
      "STRATEGIC PRIORITY ONE: Children are safe from harm\n\n"
      "1.2 The Board identifies the key risks to children and responds to them\n\n"
      "Develop and embed a strategy for children who go missing\n\n"
      "Vulnerable Children\n\n"
      "How do we evidence progress?\n\n"
      "Audit findings and return interviews\n");
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].ref == "1.2");
  CHECK(plan.rows[0].action == "Develop and embed a strategy for children who go missing");
  CHECK(plan.rows[0].lead == "Vulnerable Children");
}

TEST_CASE("a document without action tables or lists gives no rows") {
  RecoveredPlan plan = RecoverText("Minutes of the meeting\n\n1.1 Apologies were received.\n\nNone.\n");
  CHECK(plan.rows.empty());
  CHECK(plan.info.board.empty());
}

TEST_CASE("a table flattened to one cell per line after its header line is read row by row") {
  RecoveredPlan plan = RecoverText(
      "Ref\tAction\tLead\tTimeframe\n1.1\nCarry out an audit\nM Evans\nMay 2015\n"
      "1.2\nEnsure commissioning\nMarch 2015\n\nAfterword.\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Carry out an audit");
  CHECK(plan.rows[0].lead == "M Evans");
  CHECK(plan.rows[1].action == "Ensure commissioning");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[1].timeframe == "March 2015");
}

TEST_CASE("a header flattened to one name per line opens a flattened table") {
  RecoveredPlan plan = RecoverText(
      "Ref\nAction\nLead\nBy when\n1.1\nCarry out an audit\nM Evans\nMay 2015\n"
      "1.2\nPublish a newsletter\nC Gill\nOn-going\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].ref == "1.2");
  CHECK(plan.rows[1].lead == "C Gill");
  CHECK(plan.rows[1].timeframe == "On-going");
}

TEST_CASE("in a flattened table a blank line inside a row is an empty cell") {
  RecoveredPlan plan = RecoverText(
      "Ref\tOutcome\tAction\tLead\tTimeframe\n1.1\nChildren are safe\nCarry out an audit\nM Evans\nMay 2015\n"
      "1.2\n\nPublish a newsletter\nC Gill\nJune 2015\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Publish a newsletter");
  CHECK(plan.rows[1].lead == "C Gill");
  CHECK(plan.rows[1].timeframe == "June 2015");
}

TEST_CASE("a tab-separated row with only its first cell filled is a row of a table without references") {
  RecoveredPlan plan = RecoverText(
      "Actions\tLead\tTimeframe\nCheck that services are targeted\tM Evans\tMay 2015\n"
      "Review the threshold document\t\t\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Review the threshold document");
  CHECK(plan.rows[1].lead.empty());
}

TEST_CASE("a line with no letter or digit in any cell is no text, inside a table or alone") {
  // "-", CR, "-": text that cleans to "- -" but fills no cell (issue 10).
  CHECK(RecoverText("-\r-\n").rows.empty());
  RecoveredPlan plan = RecoverText(
      "Ref\tAction\tLead\n1.1\tCarry out an audit\tM Evans\n-\r-\n\t-\t-\n1.2\tPublish a newsletter\tC Gill\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Carry out an audit");
  CHECK(plan.rows[1].lead == "C Gill");
}

TEST_CASE("a tab table whose first cell names the section on its first row reads it as the rows' theme") {
  RecoveredPlan plan = RecoverText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Strand\tWork planned\tLead\tTarget date\n"
      "Priority 1: Young carers\tOpen a drop-in at the harbour library\tOona Barraclough\tMay 2026\n"
      "\tPrint a guide to the night bus\tTransport Desk\tJuly 2026\n"
      "Strand\tWork planned\tLead\tTarget date\n"
      "Priority 2: Records\tAudit the ferry crossing logs\tPiet Lanyon\tAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("recovery past its deadline stops and gives no rows") {
  TextExtractor extractor;
  Result<DocumentText> document = extractor.Extract(
      "plan.txt",
      "Ref\tAction\tLead\tTimeframe\n"
      "1.1\tOpen a youth club\tYouth Service\tMay 2031\n"
      "1.2\tPrint a bus guide\tTransport Desk\tJune 2031\n");
  REQUIRE(document.ok());
  PlanRecoverer recoverer(SharedTestRules());
  const Deadline ample(600), passed(0);
  CHECK(recoverer.Recover(*document, &ample).rows.size() == 2);
  CHECK(recoverer.Recover(*document, &passed).rows.empty());
}

}  // namespace
}  // namespace planrows
