// Two-level headers over rows that pdftotext -raw runs together: the name
// of a group of columns, written alone on its line, and the names under it.
#include "pipeline/recovery/wrapped_header_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a group name written alone on its line stands over the names written last, not over a column") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Focus area Purpose Steps to take\nOwnership\nCurrent\nposition\nDelivery lead By\n"
      "Strategic Theme One\n- Safer roads\nFewer near misses\nnear schools\n"
      "Map the crossing points near each\nschool\nRoad Safety\nTeam\nOngoing\n"
      "Run cycle training for pupils in\neach cluster\nActive Travel\nOfficer\n30/11/2029 Two sessions\nheld\n"
      "Paint safe routes by the station\nHighways Team\n31/12/2029 Routes drawn\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) ==
        std::vector<std::string>{"Focus area", "Purpose", "Steps to take", "Delivery lead", "By", "Current position"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[1].timeframe == "30/11/2029");
  CHECK(plan.rows[1].progress == "Two sessions held");
  CHECK(plan.rows[2].lead == "Highways Team");
}

TEST_CASE("a first name no rule knows alone on the header's first line over rows of references is theirs") {
  // "Tag" over the wrapped names is the reference column's heading, not a group's name.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Tag\nWhat we want to\nhappen\nTasks and activities Led by whom Expected by\nStatus at\nreview\n"
      "KM1\nFewer near misses\nnear schools\nMap the crossing points\nRoad Safety\nTeam\n31/12/2029 Slipping\n"
      "KM2\nMore pupils cycle\nRun cycle training\nActive Travel\nOfficer\n30/11/2029 Done\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "KM1");
  CHECK(plan.rows[0].outcome == "Fewer near misses near schools");
  CHECK(plan.rows[0].action == "Map the crossing points");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
}

TEST_CASE("a group name alone on its line that keeps the names after it from splitting is left out") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Objective area Expected result Key actions / steps Responsible lead(s)\nReview\nTarget\nend date Commentary\n"
      "Safer roads\nFewer near\nmisses\nMap the crossing points\nnear each school\nRoad Safety\nTeam\nQ2\n2029/30\n"
      "Map drafted and\nshared with parents\n"
      "More pupils\ncycle\nRun cycle training\nfor pupils\nActive Travel\nOfficer\nQ4\n2029/30\nTwo sessions held\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]).back() == "Commentary");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "Q2 2029/30");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].progress == "Two sessions held");
}

TEST_CASE("the names under a group's name alone on its line go on with the header however long their line") {
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "ID Workstream actions Responsible officer(s) and partners When\nMonitoring\n"
      "What will success look like? Current RAG\n"
      "Objective A - Safer roads\n"
      "1.1a Map the crossing points near each school Road Safety Team 31/12/2029 Fewer near misses\nreported\n"
      "Map drafted\n"
      "1.2a Run cycle training for pupils Active Travel Officer 31/03/2030 More pupils cycle\nTwo sessions held\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) == std::vector<std::string>{"ID", "Workstream actions",
                                                             "Responsible officer(s) and partners", "When",
                                                             "What will success look like?", "Current RAG"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Map drafted");
  CHECK(plan.rows[1].timeframe == "31/03/2030");
  CHECK(plan.rows[1].progress == "Two sessions held");
}

TEST_CASE("a group name on the header's first line stands over the names written last") {
  // pdftotext -raw writes the group, the header's highest cell, before the
  // names merged down both rows; the names under it head the first columns.
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Dale Board Plan 2029-30\n"
      "Plan\n"
      "Evidence of success Lead person / agency When Progress\n"
      "Desired outcome Workstream actions\n"
      "Roads near schools\nare safer\nMap the crossing points near each\nschool\nFewer near misses\n"
      "Road Safety Team 31/12/2029 Green\n"
      "More pupils cycle\nRun cycle training for pupils in\neach cluster\nTwo sessions held\n"
      "Active Travel Officer 31/03/2030 Amber\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) == std::vector<std::string>{"Desired outcome", "Workstream actions",
                                                             "Evidence of success", "Lead person / agency",
                                                             "When", "Progress"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Map the crossing points near each school");
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[1].timeframe == "31/03/2030");
}

TEST_CASE("a group name on the first line over rows of references leaves the references unnamed") {
  // Read as the references' heading ("Tag"), "Approach" left the lead and
  // date column over the outcomes: it is the group over the names written last.
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Dale Board Plan 2029-30\n"
      "Approach\n"
      "Who and when Evidence of success\n"
      "Desired outcome Workstream actions\n"
      "FD1 Roads near schools\nare safer\nMap the crossing points near each\nschool\nRoad Safety Team\n"
      "31/12/2029\nFewer near misses\n"
      "FD2 More pupils cycle\nRun cycle training for pupils in\neach cluster\nActive Travel Officer\n"
      "31/03/2030\nTwo sessions held\n"
      "FD3 Fewer crashes at\nthe station\nPaint safe routes by the station\nHighways Team\n"
      "30/04/2030\nRoutes drawn\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]) == std::vector<std::string>{"Ref", "Desired outcome", "Workstream actions",
                                                             "Who and when", "Evidence of success"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "FD1");
  CHECK(plan.rows[0].outcome == "Roads near schools are safer");
  CHECK(plan.rows[0].action == "Map the crossing points near each school");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[2].timeframe == "30/04/2030");
}

TEST_CASE("of two names alone on their lines, the group is the later one, the first heads the first column") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Dale Board Plan 2029-30\n"
      "Strand\n"
      "Item\n"
      "no. Key actions / steps Named officer\n"
      "Checking\n"
      "Time scale Status (RAG)\n"
      "Roads near our schools are safer\n"
      "FD1 Map the crossing points near each school\nRoad Safety Team\nQ2 2029/30\nMap drafted\n"
      "FD2 Run cycle training for pupils\nActive Travel Officer\n31/03/2030\nTwo sessions held\n");
  REQUIRE_FALSE(plan.tables.empty());
  std::vector<std::string> headings = Headings(plan.tables.back());
  REQUIRE(headings.size() == 6);
  CHECK(headings[4] == "Time scale");
  CHECK(headings[5] == "Status (RAG)");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "Q2 2029/30");
  CHECK(plan.rows[1].progress == "Two sessions held");
}

TEST_CASE("a short first line over no second row of names heads no header: the header starts below it") {
  // "Ro" over "w" is a name cut by a narrow column, no group over names.
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Dale Board Plan 2029-30\n"
      "Ro\n"
      "Ref Action Lead By when\n"
      "RS1 Map the crossing points near each school\nRoad Safety Team\n31/12/2029\n"
      "RS2 Run cycle training for pupils\nActive Travel Officer\n31/03/2030\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0]).front() == "Ref");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].lead == "Active Travel Officer");
}

TEST_CASE("names merged down both rows written between a group's name and the names under it go after them") {
  // pdftotext -raw writes "Upkeep" (over "Caretaker" and "Finish by"), then
  // "Progress note", merged down both rows right of it, then the names under it.
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Fell Wardens Plan 2031-32\n"
      "Ref Task\nUpkeep\nProgress note\nCaretaker\nFinish by\n"
      "1.1 Rebuild the stile at the top gate\nRangers Team 30/06/2031 Posts ordered and\ndelivered\n"
      "1.2 Clear the ditch along the lower lane\nParish Volunteers 31/08/2031 Half of the ditch\ncleared\n"
      "1.3 Repaint the shelter by the tarn\nJ. Arkwright 30/09/2031 Paint bought\n"
      "1.4 Mend the boardwalk over the bog\nFell Trust 31/10/2031 Timber on site\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Rangers Team");
  CHECK(plan.rows[0].timeframe == "30/06/2031");
  CHECK(plan.rows[0].progress == "Posts ordered and delivered");
  CHECK(plan.rows[2].lead == "J. Arkwright");
  CHECK(plan.rows[3].progress == "Timber on site");
}

TEST_CASE("a lead-and-date column merged down both rows written after a group's name goes after its names") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenmoor Children's Partnership\nDelivery Plan 2028-2030\nLine\nno.\nOur work\nWho and by\nwhen\n"
      "Why it matters Steps we will take\n1. Young people leaving care\n"
      "CL1 Care leavers have a\nhome to go to\nAgree a housing protocol\nwith the district councils\n"
      "Housing Options\nMarch 2029\n"
      "CL2 Open a weekly drop-in for care\nleavers at the youth centre\nR Tolley\nJune 2029\n"
      "CL3 Care leavers are ready\nfor work\nOffer a work placement\nto every care leaver\nEconomy Team\nOngoing\n"
      "CL4 Review the staying put offer with\nfoster carers\nK Mossop\nSep-29\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Agree a housing protocol with the district councils");
  CHECK(plan.rows[0].lead == "Housing Options");
  CHECK(plan.rows[0].timeframe == "March 2029");
  CHECK(plan.rows[2].lead == "Economy Team");
  CHECK(plan.rows[3].action == "Review the staying put offer with foster carers");
}

TEST_CASE("the names under a group's name go on with the header over a theme's title wrapped above the first row") {
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Fell Wardens Plan 2031-32\n"
      "Focus What we will do\nUpkeep\nStages\nResponsible officer(s) and partners Deadline\n"
      "Paths and\nbridleways\n"
      "W1 Rebuild the stile at the top gate Rangers Team Ongoing Posts ordered by\nMay 2031\n"
      "W2 Clear the ditch along the lower lane Parish Volunteers Jun-31 Half cleared by\nJuly 2031\n"
      "W3 Repaint the shelter by the tarn J. Arkwright Sep-31 Paint bought by\nAugust 2031\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "W1");
  CHECK(plan.rows[0].lead == "Rangers Team");
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[1].lead == "Parish Volunteers");
  CHECK(plan.rows[2].timeframe == "Sep-31");
}

TEST_CASE("a wrapped name's end that opens the header's last line is no second row when the cells say so") {
  // "RAG" over "status Performance indicator": the end of one name, then
  // the next, not a second row of names under "Focus area".
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Fell Wardens Plan 2031-32\nFocus area Key Change we want to see Tasks and activities\n"
      "Responsible\npartner\nTarget\nmonth\nRAG\nstatus Performance indicator\nWalkers\nsafe on\nthe fell\n"
      "1.1. Walkers\nfind the way\non the fell\nRebuild the stile at the\ntop gate of the fell\nRangers\n"
      "Team\nMar-32 Fewer complaints\nabout the stile\nGreen\n1.2. Walkers\nkeep to the\npaths\n"
      "Clear the ditch along\nthe lower lane\nParish\nVolunteers\nJun-32 Ditch runs clear\nafter storms\n"
      "Amber\n1.3. Visitors\nrest in the\ndry\nRepaint the shelter by\nthe tarn\nJ. Arkwright\n"
      "Sep-32 Shelter used all\nwinter\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Rebuild the stile at the top gate of the fell");
  CHECK(plan.rows[0].lead == "Rangers Team");
  CHECK(plan.rows[0].timeframe == "Mar-32");
  CHECK(plan.rows[1].lead == "Parish Volunteers");
  CHECK(plan.rows[2].action == "Repaint the shelter by the tarn");
}

TEST_CASE("a group's name the header's names would not split with still stands over the names written last") {
  // "Upkeep" over "Named officer" and "Timescale", "Commentary" merged down
  // both rows written between: the names split only without "Upkeep".
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Fell Wardens Plan 2031-2033\nStrand Steps to take\nUpkeep\nCommentary\nNamed officer\n"
      "Time\nscale\nPaths and\nstiles on\nthe fell\nhf1 Rebuild the stile at the top\ngate of the fell\n"
      "Fell Rangers\nTeam\n30/06/2031 40% done\nhf2 Clear the ditch along the lower\n"
      "lane after the storms\nParish Volunteers\nBy end of\nQ2\n10% done\n"
      "hf3 Repaint the shelter by the tarn\nbefore the winter\nJ. Arkwright Monthly\n"
      "hf4 Mend the boardwalk over the bog\nwith new timber\nFell Trust\n31/10/2031 Not started\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead == "Fell Rangers Team");
  CHECK(plan.rows[0].timeframe == "30/06/2031");
  CHECK(plan.rows[0].progress == "40% done");
  CHECK(plan.rows[1].lead == "Parish Volunteers");
  CHECK(plan.rows[1].progress == "10% done");
  CHECK(plan.rows[3].lead == "Fell Trust");
}

TEST_CASE("a known name alone on the header's first line over a group name alone starts a wrapped header") {
  // "No." names the reference column; "Delivery plan" over "Success measure
  // Milestones Lead officer" is a two-level header's first row.
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Kestrel Moor Board Plan 2029-30\n"
      "No.\nDelivery plan\nSuccess measure Milestones Lead officer\nProgress\nso far\nAim Task\n"
      "4.1.1 Fewer near misses\nMap the crossing points\nNo collisions\nMay 2029\nRoad Safety Team\nAmber\n");
  REQUIRE(document.ok());
  std::vector<PlanLine> lines = PlanLine::Flatten(*document);
  size_t end = 0;
  std::vector<std::string> names = WrappedHeaderReader(*SharedTestRules()).Read(lines, 1, &end);
  CHECK(names == std::vector<std::string>{"No.", "Aim", "Task", "Success measure", "Milestones", "Lead officer",
                                          "Progress so far"});
  CHECK(end == 7);
}

TEST_CASE("names under a group written in questions stand in the group's place in raw text") {
  // "Owner and timing" over "Who will lead?" and "When will it be done?".
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\nPriority One - Safer streets\n"
      "Item\nno.\nTasks Owner and timing Progress so far\nWho will lead? When will it be\ndone?\n"
      "1 Map the crossing points near each school Road Safety Team 30/06/2029 Survey under way\n"
      "2 Run cycle training for pupils in\neach cluster\nActive Travel Officer 31/07/2029 Two sessions held\n"
      "3 Paint safe routes by the station Highways Team 31/08/2029 Not started\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "30/06/2029");
  CHECK(plan.rows[1].action == "Run cycle training for pupils in each cluster");
  CHECK(plan.rows[1].lead == "Active Travel Officer");
  CHECK(plan.rows[2].progress == "Not started");
}

TEST_CASE("of the placings of a group's names that agree with the cells, the one that fills the statuses wins") {
  // "Delivery" over "Owner" and "Completion by"; the names beside the group,
  // printed between it and the names under it, stand after the group's.
  // Put before "Owner", "Position at last review" takes no statuses, which
  // then run into the measures: prose there agrees as well.
  RecoveredPlan plan = RecoverPlanText(
      "Larkmoor Children's Partnership Plan 2027 - 2029\n"
      "ID What we will do\nDelivery\nHow will we know? Position at last review\nOwner\nCompletion\nby\n"
      "1.1a Light the towpath between the two locks Canal Trust By end of Q3 Fewer falls reported\nby walkers\n"
      "Green\n"
      "1.1b Mend the gates at the weir\nCheck the sluice at the weir\nDuty Manager By end of Q2 Gates checked\n"
      "each month\nAwaiting parts from the\nsupplier\n"
      "1.2a Put up new signs at the weir steps\nPaint the edge of each step white\n"
      "Parish Council By end of Q1 Walkers say they feel\nsafe on the steps\nDeferred to May 2028\n"
      "1.2b Clear the gorse from the moor path Highways Team By end of Q4 Fewer trips reported Amber\n"
      "1.2c Survey walkers on the moor paths Moor Rangers By end of Q2 Survey results published\n"
      "Not yet started\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].progress == "Awaiting parts from the supplier");
  CHECK(plan.rows[4].progress == "Not yet started");
}

}  // namespace
}  // namespace planrows
