// Record labels learnt from the records themselves: labels no rule knows,
// standing alone or set before their values by a space.
#include "pipeline/recovery/record_labels.h"

#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "pipeline/recovery/record_blocks.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {

TEST_CASE("in record blocks labels each alone on its line over its value in every record are learnt") {
  RecoveredPlan plan = RecoverPlanText(
      "Fernhollow Moor Trust Delivery Plan 2030\n"
      "Tag\n\nFM1\n\nPlanned work\n\nRestore the drystone walls on the upper moor\n\n"
      "Person responsible\n\nWarden Team / K. Polglaze\n\nDue\n\nBy the end of spring\n\nProgress\n\nOn track\n\n"
      "Tag\n\nFM2\n\nPlanned work\n\nSurvey the curlew nesting sites with volunteers\n\n"
      "Person responsible\nDue\n\nBy the end of summer\n\nProgress\n\nDelayed\n\n"
      "Tag\n\nFM3\n\nPlanned work\n\nPublish a walkers' guide to the bog paths\n\n"
      "Person responsible\n\nVisitor Centre\n\nDue\n\nBy the end of spring\n\nProgress\n\nComplete\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "FM1");
  CHECK(plan.rows[0].action == "Restore the drystone walls on the upper moor");
  CHECK(plan.rows[0].timeframe == "By the end of spring");
  CHECK(plan.rows[1].lead.empty());
  CHECK(plan.rows[1].timeframe == "By the end of summer");
  CHECK(plan.rows[2].lead == "Visitor Centre");
  CHECK(plan.rows[2].progress == "Complete");
}

TEST_CASE("in record blocks a label whose last word a narrow column wrapped in some records is one label") {
  // "Lead officer / target" fits its column beside a value set a space after it and wraps "date" beside one set
  // further: one label, whose role the first records' spelling claims.
  RecoveredPlan plan = RecoverPlanText(
      "Fernhollow Moor Trust Delivery Plan 2030\n"
      "Theme One - The upper moor\n"
      "Work code             FM1\n"
      "Planned work          Restore the drystone walls on the upper moor\n"
      "Lead officer / target Warden Team - Q1 2030/31\n"
      "date\n\n"
      "Work code                  FM2\n"
      "Planned work               Survey the curlew nesting sites with volunteers from the village\n"
      "Lead officer / target      K. Polglaze - Q3 2030/31\n"
      "date\n\n"
      "Theme Two - The bog paths\n"
      "Work code             FM3\n"
      "Planned work          Publish a walkers' guide to the bog paths\n"
      "Lead officer / target Visitor Centre - Q4 2030/31\n"
      "date\n\n"
      "Work code                  FM4\n"
      "Planned work               Mend the boardwalk over the deepest stretch of the bog\n"
      "Lead officer / target      Ranger Service - Q2 2031/32\n"
      "date\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Warden Team");
  CHECK(plan.rows[1].lead == "K. Polglaze");
  CHECK(plan.rows[1].timeframe == "Q3 2030/31");
  CHECK(plan.rows[3].lead == "Ranger Service");
}

TEST_CASE("in record blocks a label of dates over no dates beside a label of who and when is an extra column") {
  // "Target" would name the dates, but its values say what is aimed at;
  // "Who and by when" holds the lead and the date.
  RecoveredPlan plan = RecoverPlanText(
      "Planned work: Open a drop-in for young carers at the library\n"
      "Who and by when: Carers Lead 31/03/2027\n"
      "Target: At least 40 carers use it each month\n"
      "RAG: Green\n\n"
      "Planned work: Run a census of young carers in every school\n"
      "Who and by when: Schools Forum 30/06/2027\n"
      "Target: Every school returns the census\n"
      "RAG: Amber\n\n"
      "Planned work: Train school staff to spot young carers\n"
      "Who and by when: Early Help Hub 30/09/2027\n"
      "Target: 80% of staff trained by the end of the year\n"
      "RAG:\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[0].timeframe == "31/03/2027");
  CHECK(plan.rows[1].timeframe == "30/06/2027");
  CHECK(plan.rows[2].timeframe == "30/09/2027");
  REQUIRE(plan.rows[2].extra.size() == 1);
  CHECK(plan.rows[2].extra[0].second == "80% of staff trained by the end of the year");
}

TEST_CASE("in record blocks a reference alone under a label awaiting its value is the record's reference") {
  RecoveredPlan plan = RecoverPlanText(
      "Tag\n\nFM1\n\nPlanned work\n\nRestore the drystone walls\n\nPerson responsible\n\nWarden Team\n\n"
      "Tag\n\nFM2\n\nPlanned work\n\nSurvey the curlew nesting sites\n\nPerson responsible\n\nVisitor Centre\n\n"
      "Tag\nPlanned work\n\nFM3\nClear the bracken from the bridleway\n\nPerson responsible\n\nK. Polglaze\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[2].ref == "FM3");
  CHECK(plan.rows[2].action == "Clear the bracken from the bridleway");
  CHECK(plan.rows[2].lead == "K. Polglaze");
}

TEST_CASE("in record blocks a label no rule knows standing alone is learnt beside known labels") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenfold Commons Delivery Plan 2031\n"
      "Action\n\nMend the stiles on the east common\n\nSteward\n\nRanger Service\n\n"
      "Deadline\n\nApril 2031\n\n"
      "Action\n\nSow wildflowers along the verges\n\nSteward\n\nParish Volunteers\n\n"
      "Deadline\n\nJune 2031\n\n"
      "Action\n\nCount the nightjars at dusk\n\nSteward\n\nO. Trevaskis\n\nDeadline\n\nJuly 2031\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Mend the stiles on the east common");
  CHECK(plan.rows[0].lead == "Ranger Service");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[2].lead == "O. Trevaskis");
}

TEST_CASE("in record blocks a label of six words that tell its column is read set before its value by a space") {
  RecoveredPlan plan = RecoverPlanText(
      "Key\tKW1\nWhat we are going to do Clear the ditches along the lane\nWho will lead?\tHighways Team\n"
      "By when\tMarch 2032\n\n"
      "Key\tKW2\nWhat we are going to do Replant the hedge by the school\nWho will lead?\tTree Wardens\n"
      "By when\tMay 2032\n\n"
      "Key\tKW3\nWhat we are going to do Repair the footbridge rails\nWho will lead?\tR. Penhallow\n"
      "By when\tJuly 2032\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "KW1");
  CHECK(plan.rows[0].action == "Clear the ditches along the lane");
  CHECK(plan.rows[2].lead == "R. Penhallow");
}

TEST_CASE("in record blocks a spaced label runs on over its words where some records print it without a value") {
  RecoveredPlan plan = RecoverPlanText(
      "Code KW1\nWhat we are going to do Clear the ditches along the lane\nWho will lead? Highways Team\n"
      "Position at year end approx. 40%\n"
      "Code KW2\nWhat we are going to do Replant the hedge by the school\nWho will lead? Tree Wardens\n"
      "Position at year end\n"
      "Code KW3\nWhat we are going to do Repair the footbridge rails\nWho will lead? R. Penhallow\n"
      "Position at year end 90%\n"
      "Code KW4\nWhat we are going to do Mow the verges twice a year\nWho will lead? Parish Council\n"
      "Position at year end\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].progress == "approx. 40%");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].progress == "90%");
}

TEST_CASE("in record blocks a label standing alone that a narrow column wrapped is one label") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltmere Estuary Forum Delivery Plan 2032\n"
      "Code\n\nSE1\n\nSteps we will\ntake\n\nFence the roost sites at high tide\n\n"
      "Lead\nofficer\n\nHarbour Warden\n\nBy\n\nMay 2032\n\n"
      "Code\n\nSE2\n\nSteps we will\ntake\n\nLay eco-moorings in the inner channel\nand report back to the Forum\n\n"
      "Lead\nofficer\n\nT. Pengelly\n\nBy\n\nJune 2032\n\n"
      "Code\n\nSE3\n\nSteps we will\ntake\n\nPut up signs at the slipways\n\n"
      "Lead\nofficer\n\nParish Council\n\nBy\n\nJuly 2032\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SE1");
  CHECK(plan.rows[0].action == "Fence the roost sites at high tide");
  CHECK(plan.rows[0].lead == "Harbour Warden");
  CHECK(plan.rows[1].action == "Lay eco-moorings in the inner channel and report back to the Forum");
  CHECK(plan.rows[1].timeframe == "June 2032");
  CHECK(plan.rows[2].ref == "SE3");
  CHECK(plan.rows[2].lead == "Parish Council");
}

TEST_CASE("in record blocks a wrapped standing label is one label without its value and atop a page") {
  RecoveredPlan plan = RecoverPlanText(
      "Saltmere Estuary Forum Delivery Plan 2033\n"
      "Code\n\nSE1\n\nSteps we will\ntake\n\nFence the roost sites at high tide\n\n"
      "Officer in\ncharge\nBy\n\nMay 2033\n\n"
      "Code\n\nSE2\n\nSteps we will\ntake\n\nLay eco-moorings in the inner channel\n\n"
      "Officer in\ncharge\n\nT. Pengelly\n\nBy\n\nJune 2033\n\n"
      "Code\n\nSE3\n\nSteps we will\ntake\n\nPut up signs at the slipways\n"
      "\fOfficer in\ncharge\n\nParish Council\n\nBy\n\nJuly 2033\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Fence the roost sites at high tide");
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "May 2033");
  CHECK(plan.rows[1].lead == "T. Pengelly");
  CHECK(plan.rows[2].lead == "Parish Council");
}

TEST_CASE("on a scanned page a label misread by a letter is the label the other records print") {
  PageBuilder pages;
  auto record = [&](const char* ref, const char* result_label, const char* action, const char* lead) {
    pages.Line({{47, "Ref no."}, {214, ref}})
        .Line({{47, result_label}, {214, "Walkers keep to the bridleways"}})
        .Line({{47, "Actions we will take"}, {214, action}})
        .Line({{47, "Responsibility and timescale"}, {214, lead}});
  };
  pages.Page();
  record("BW1", "Expected result", "Mark the bridleways at every gate", "Ranger Service - By end of Q2");
  record("BW2", "Expected resuit", "Clear the fallen trees from the ford", "Parish Council - By end of Q3");
  record("BW3", "Expected result", "Print a map of the bridleways", "Visitor Centre - By end of Q4");
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "BW2");
  CHECK(plan.rows[1].action == "Clear the fallen trees from the ford");
  CHECK(plan.rows[1].outcome == "Walkers keep to the bridleways");
}

TEST_CASE("in record blocks a known label alone on its line is the whole line though its first word names a column") {
  // "Tasks" names the action; "Tasks and activities" stands alone, its value on the next line.
  RecoveredPlan plan = RecoverPlanText(
      "Fernhollow Moor Trust Delivery Plan 2030\n"
      "Ref\n\nFM1\n\nTasks and activities\n\nRestore the drystone walls on the upper moor\n\n"
      "Lead\n\nWarden Team\n\nRAG status\n\nOn track\n\n"
      "Ref\n\nFM2\n\nTasks and activities\n\nSurvey the curlew nesting sites with volunteers\n\n"
      "Lead\n\nK. Polglaze\n\nRAG status\n\nDelayed\n\n"
      "Ref\n\nFM3\n\nTasks and activities\n\nPublish a walkers' guide to the bog paths\n\n"
      "Lead\n\nVisitor Centre\n\nRAG status\n\nComplete\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Restore the drystone walls on the upper moor");
  CHECK(plan.rows[1].progress == "Delayed");
  CHECK(plan.rows[2].lead == "Visitor Centre");
}

TEST_CASE("in record blocks a label no rule knows run into its value is learnt beside labels set apart by a gap") {
  std::string text = "Kestrel Down Wardens Work Plan 2032\n\n";
  const char* records[][4] = {{"1", "Lay new hedges along the north boundary", "Parish Rangers", "May 2032"},
                              {"2", "Update the footpath waymarks by the mill", "", "June 2032"},
                              {"3", "Clear the silted pond behind the chapel", "T. Ancrum", ""},
                              {"4", "Update the volunteer rota for winter", "Friends of the Down", "March 2033"}};
  for (const auto& record : records) {
    text += std::string("Entry                   ") + record[0] + "\n";
    text += std::string("Steps we will follow ") + record[1] + "\n";
    text += std::string("Person in") + (*record[2] ? std::string("               ") + record[2] : "") + "\n";
    text += "charge\n";
    text += std::string("When is it") + (*record[3] ? std::string("              ") + record[3] : "") + "\n";
    text += "due?\n\n";
  }
  RecoveredPlan plan = RecoverPlanText(text);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Lay new hedges along the north boundary");
  CHECK(plan.rows[1].action == "Update the footpath waymarks by the mill");
  CHECK(plan.rows[1].timeframe == "June 2032");
  CHECK(plan.rows[2].lead == "T. Ancrum");
  CHECK(plan.rows[2].timeframe.empty());
  CHECK(plan.rows[3].action == "Update the volunteer rota for winter");
  CHECK(plan.rows[3].lead == "Friends of the Down");
}

TEST_CASE("in record blocks a standing label wrapped over two lines is one label where labels run together too") {
  // The third record prints its labels one under another, then its values:
  // its "Lead officer / target" over "date" has no gap above it.
  RecoveredPlan plan = RecoverPlanText(
      "Fernhollow Moor Trust Delivery Plan 2030\n"
      "Ref\n\nFM1\n\nTasks and activities\n\nRestore the drystone walls on the upper moor\n\n"
      "Lead officer / target\ndate\n\nWarden Team By end of Q2\n\nRAG status\n\nOn track\n\n"
      "Ref\n\nFM2\n\nTasks and activities\n\nSurvey the curlew nesting sites with volunteers\n\n"
      "Lead officer / target\ndate\n\nK. Polglaze By end of Q3\n\nRAG status\n\nDelayed\n\n"
      "Ref\nTasks and activities\nLead officer / target\ndate\n\nFM3\nPublish a walkers' guide to the bog paths\n"
      "Visitor Centre By end of Q4\n\nRAG status\n\nComplete\n\n"
      "Ref\n\nFM4\n\nTasks and activities\n\nMend the boardwalk over the mire\n\n"
      "Lead officer / target\ndate\n\nRanger Service By end of Q1\n\nRAG status\n\nOn track\n");
  REQUIRE(plan.rows.size() >= 3);
  CHECK(plan.rows[0].lead == "Warden Team");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[1].lead == "K. Polglaze");
  CHECK(plan.rows.back().lead == "Ranger Service");
}

TEST_CASE("in record blocks a column's name printed once in a title owns no column a record's label names") {
  // "Action Plan 2030-31" reads as the label "Action" and its value; the label each record repeats is
  // "Workplan activity", which names the action by its words.
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Fernhollow Moor Trust\nAction Plan 2030-31\nTheme One - The upper moor\n"
      "Action code\n\nFM1\n\nWorkplan activity\n\nRestore the drystone walls on the upper moor\n\n"
      "Person responsible\n\nWarden Team / K. Polglaze\n\nDue\n\nBy the end of spring\n\n"
      "Action code\n\nFM2\n\nWorkplan activity\n\nSurvey the curlew nesting sites with volunteers\n\n"
      "Person responsible\n\nVisitor Centre\n\nDue\n\nBy the end of summer\n\n"
      "Action code\n\nFM3\n\nWorkplan activity\n\nPublish a walkers' guide to the bog paths\n\n"
      "Person responsible\n\nK. Polglaze\n\nDue\n\nBy the end of autumn\n");
  REQUIRE(document.ok());
  std::vector<RowFields> rows =
      RecordBlocks(*SharedTestRules(), SpacedLearning::kRecurringStarts).Read(PlanLine::Flatten(*document));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].ref == "FM1");
  CHECK(rows[0].action == "Restore the drystone walls on the upper moor");
  CHECK(rows[0].lead == "Warden Team / K. Polglaze");
  CHECK(rows[1].action == "Survey the curlew nesting sites with volunteers");
  CHECK(rows[2].action == "Publish a walkers' guide to the bog paths");
  CHECK(rows[1].timeframe == "By the end of summer");
}

}  // namespace planrows
