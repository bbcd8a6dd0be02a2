// Headers of Word tables as pdftotext -raw writes them: the first lines of
// the header's cells side by side on one line up to a cell that wraps, that
// cell's next lines, then the first lines of the cells after it; headings
// broken inside a word where a column is narrow.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a header whose cells' first lines share a line after a heading broken inside a word is read") {
  // "Activi" / "ty" / "no." and "Finish" / "date" wrap; the other headings stand side by side.
  RecoveredPlan plan = RecoverPlanText(
      "Brackenfold Children's Partnership Plan 2027-28\n"
      "Activi\nty\nno.\nWhat we will do Owned by whom Finish\ndate\nHow we will show it Status at review\n"
      "gh1 Open a drop-in for young\ncarers at the library\nD Farrant\nMar-27 Fewer carers miss\nschool\nAmber\n"
      "gh2 Run a survey of young carers\nCarers Lead\nJun-27 Survey shared with\nthe board\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "GH1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].timeframe == "Jun-27");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a long line after a title is no part of a header: only a wrapped heading's end comes before one") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenfold Children's Partnership Plan 2027-28\n"
      "Brackenfold Children's Partnership\n"
      "Ref Action Lead Target date Progress\n"
      "gh1 Open a drop-in for young\ncarers at the library\nD Farrant\nMarch 2027\nAmber\n"
      "gh2 Run a survey of young carers\nCarers Lead\nJune 2027\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("a two-level header whose group and action no rule knows puts its second row in the group's place") {
  // "Ownership" over "Sponsor" and "Timeline"; "Work we will do" names the action no rule knows.
  RecoveredPlan plan = RecoverPlanText(
      "Line Result sought Work we will do Ownership Status (RAG)\nSponsor Timeline\n"
      "kv1 Young carers are\nknown early\nOpen a drop-in for young\ncarers at the library\nD Farrant\nMarch 2027\n"
      "Amber\n"
      "kv2 Carers are heard\nRun a survey of young\ncarers\nCarers Lead\nJune 2027\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "KV1");
  CHECK(plan.rows[0].outcome == "Young carers are known early");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a date wrapped in its cell, its first words on the lead's line, is put back together") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead Target date Progress\n"
      "gh1 Open a drop-in for young\ncarers at the library\nD Farrant By end\nof Q3\nAmber\n"
      "gh2 Run a survey of young carers\nCarers Lead By the end\nof March 2028\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "By end of Q3");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].timeframe == "By the end of March 2028");
}

TEST_CASE("a title over a two-level header, its years written with a slash, is no part of the header") {
  // "Resourcing" over "Named officer" and "Target date".
  RecoveredPlan plan = RecoverPlanText(
      "Fenwick Vale Safeguarding Partnership\nDelivery Plan 2027/28\n"
      "Item no. Tasks\nResourcing\nPosition now\nNamed officer Target date\n"
      "AB 1\nOpen a drop-in for young carers at the library\nD Farrant\nMarch 2027 Amber\n"
      "AB 2\nRun a survey of young carers\nCarers Lead\nJune 2027 Green\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "AB 1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Carers Lead");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("references with a cell's first line after them stand in front of the one outcome column named") {
  // The section's heading over the header is no part of it; "Goal for the year" heads the outcomes.
  RecoveredPlan plan = RecoverPlanText(
      "Objective B: Safer journeys to school\nGoal for the year Steps to take Named officer Deadline\n"
      "SJ 1 Children walk to school\nsafely\nOpen a walking bus at two\nschools\nD Farrant\nMarch 2027\n"
      "SJ 2 Run a survey of parents\nCarers Lead\nJune 2027\n"
      "SJ 3 Parents know the routes\nPublish a map of safe routes\nRoads Team\nJuly 2027\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "SJ 1");
  CHECK(plan.rows[0].outcome == "Children walk to school safely");
  CHECK(plan.rows[0].action == "Open a walking bus at two schools");
  CHECK(plan.rows[1].action == "Run a survey of parents");
  CHECK(plan.rows[2].outcome == "Parents know the routes");
  CHECK(plan.rows[2].action == "Publish a map of safe routes");
  CHECK(plan.rows[2].lead == "Roads Team");
}

TEST_CASE("a theme merged down a first column, its title wrapped before the first reference, heads its rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n"
      "Key area Deliverables Named officer Target end\ndate\nCurrent position\n"
      "Theme A –\nFerry\nsafety at night\n"
      "1.1. Agree a ferry safety protocol with the port\nand the lifeboat crews so that learning reaches\n"
      "front-line staff\nHarbour Master and\nPort Police\nQ2 2026/27 On target\n"
      "1.2. Print a guide to the night bus with the\nvoluntary and community sector\nTransport Desk and\n"
      "Council\nQ3 2026/27\n"
      "Theme B –\nRecords\n"
      "2.1. Audit the crossing logs every quarter with\nschools and early years settings\nP. Lanyon and\n"
      "Audit Team\nQ4 2026/27 Not started\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].action ==
        "Agree a ferry safety protocol with the port and the lifeboat crews so that learning reaches front-line staff");
  CHECK(plan.rows[0].lead == "Harbour Master and Port Police");
  CHECK(plan.rows[1].timeframe == "Q3 2026/27");
  CHECK(plan.rows[2].ref == "2.1");
  CHECK(plan.rows[2].lead == "P. Lanyon and Audit Team");
  CHECK(plan.rows[2].progress == "Not started");
}

TEST_CASE("a theme title a narrow first column wrapped over five lines heads its rows and the table goes on") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n"
      "Key area Deliverables Named officer Target end\ndate\nCurrent position\n"
      "Theme A \u2013\nFerry\nsafety\n"
      "1.1. Agree a ferry safety protocol with the port\nand the lifeboat crews\n"
      "Harbour Master\nQ2 2026/27 On target\n"
      "Theme B \u2013\nQuiet\nharbour\nstreets at\nnight\n"
      "2.1. Audit the crossing logs every quarter with\nschools and early years settings\nP. Lanyon\n"
      "Q4 2026/27 Not started\n"
      "2.2. Light the harbour steps\nRoads Team\nQ1 2027/28 On target\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].lead == "P. Lanyon");
  CHECK(plan.rows[2].ref == "2.2");
  CHECK(plan.rows[2].timeframe == "Q1 2027/28");
}

TEST_CASE("a row whose reference comes after its action's first bullet starts a row under a wrapped theme") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n"
      "Key area Deliverables Named officer Target end\ndate\nCurrent position\n"
      "Theme A \u2013\nFerry\nsafety\n"
      "1.1. Agree a ferry safety protocol with the port\nHarbour Master\nQ2 2026/27 On target\n"
      "Theme B \u2013\nQuiet\nharbour\n"
      "- 2.1. Audit the crossing logs\n- Light the harbour steps\nP. Lanyon\nQ4 2026/27 Not started\n"
      "2.2. Paint the lifeboat ramp\nRoads Team\nQ1 2027/28 On target\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].lead == "P. Lanyon");
  CHECK(plan.rows[1].timeframe == "Q4 2026/27");
  CHECK(plan.rows[2].ref == "2.2");
}

TEST_CASE("a date a narrow cell wrapped over lines (pdftotext -raw) is put back together") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when\n"
      "1.1\nAgree a ferry safety protocol\nHarbour Master\nEnd of\nSeptember\n2026\n"
      "1.2\nPrint a guide to the night bus\nTransport Desk\nApril 2026\n- March\n2027\n"
      "1.3\nAudit the crossing logs\nP. Lanyon\nOngoin\ng\n"
      "1.4\nOpen a drop-in at the library\nLibrary Service\n28/02/202\n7\n"
      "1.5\nRun a summer audit of patrols\nPort Police\nMay 2027\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].timeframe == "End of September 2026");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[1].timeframe == "April 2026 - March 2027");
  CHECK(plan.rows[2].timeframe == "Ongoing");
  CHECK(plan.rows[3].timeframe == "28/02/2027");
}

TEST_CASE("a group that a name of the second row names again gives its place to that row wrapped below") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenmoor Children's Partnership Plan 2027-29\n"
      "Row Key tasks Milestones\nResponsibility\nLatest\nposition\nResponsible person(s)\nExpected\nby\n"
      "RP1 Light the towpath between\nthe two locks\nSurvey in May\nCanal Trust\nMarch 2027\nOn track\n"
      "RP2 Put up new signs at the\nweir steps\nDesign in June\nDuty Manager\nJune 2027\nDelayed\n");
  REQUIRE(plan.tables.size() == 1);
  std::vector<std::string> headings = FirstTableHeadings(plan);
  CHECK(headings == std::vector<std::string>{"Ref", "Key tasks", "Milestones", "Responsible person(s)", "Expected by",
                                             "Latest position"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[0].progress == "On track");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].progress == "Delayed");
}

TEST_CASE("a heading over a lead and a date set between first-row names gives its place to the row under it") {
  // "Lead and timing" spans "Named lead" and "Expected by"; "Measure of success" is merged down both rows.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Children's Partnership Plan 2027-29\n"
      "Focus Action\nnumber\nWhat we will do Lead and timing Measure of success\nNamed lead Finish by\n"
      "1. Safer journeys\nto school\n"
      "JS 1 Light the towpath between the two\nlocks\nCanal Trust\nMarch 2027 Fewer falls reported\n"
      "JS 2 Put up new signs at the weir steps\nDuty Manager\nJune 2027 Signs checked each month\n");
  REQUIRE(plan.tables.size() == 1);
  std::vector<std::string> headings = FirstTableHeadings(plan);
  CHECK(headings == std::vector<std::string>{"Focus", "Action number", "What we will do", "Named lead", "Finish by",
                                             "Measure of success"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("names written after a wrapped heading's end are the first row's: no second row under a group") {
  // "Date for" wraps to "completion"; the first lines of the headings after it follow, on one line.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Children's Partnership Plan 2027-29\n"
      "Ref Why it matters What we will do Who leads? Date for\ncompletion\nProgress at review Measure of success\n"
      "js1 Falls on the towpath\nLight the towpath between the\ntwo locks\nCanal Trust\nMar-27 Started Fewer falls\n"
      "js2 Walkers are lost\nPut up new signs at the weir\nDuty Manager\nJun-27 Not started Signs checked\n");
  REQUIRE(plan.tables.size() == 1);
  std::vector<std::string> headings = FirstTableHeadings(plan);
  CHECK(headings == std::vector<std::string>{"Ref", "Why it matters", "What we will do", "Who leads?",
                                             "Date for completion", "Progress at review", "Measure of success"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[1].action == "Put up new signs at the weir");
}

TEST_CASE("a header written a name a line with a wrapped name places its group over the names under it") {
  // "Accountability" spans "Who will see to it?" and "Target date"; "Signs of success" is merged down both rows.
  RecoveredPlan plan = RecoverPlanText(
      "Larkmoor Children's Partnership Plan 2027-29\n"
      "Key activities\nAccountability\nSigns of success\nWho will see to\nit?\nTarget date\n"
      "LK1: Light the towpath between\nthe two locks\nCanal Trust\nMarch 2027\nFewer falls reported\n"
      "LK2: Put up new signs at the weir\nsteps\nDuty Manager\nJune 2027\nSigns checked each\nmonth\n"
      "LK3: Open the boathouse for\nyouth clubs\nYouth Service\nMay 2028\nTwo clubs meet there\n");
  REQUIRE(plan.tables.size() == 1);
  std::vector<std::string> headings = FirstTableHeadings(plan);
  CHECK(headings ==
        std::vector<std::string>{"Key activities", "Who will see to it?", "Target date", "Signs of success"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[1].action == "Put up new signs at the weir steps");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("a name of a lead and a date written a name a line gives its place to a lead and a date") {
  RecoveredPlan plan = RecoverPlanText(
      "Larkmoor Children's Partnership Plan 2027-29\n"
      "Tasks agreed\nOwner and timing\nProgress so far\nLead body\nDate for\ncompletion\n"
      "4.1. Light the towpath between the two\nlocks\nCanal Trust\nMar-27\nSurvey done\n"
      "4.2. Put up new signs at the weir steps\nDuty Manager\nJun-27\nDesign agreed\n");
  REQUIRE(plan.tables.size() == 1);
  std::vector<std::string> headings = FirstTableHeadings(plan);
  CHECK(headings ==
        std::vector<std::string>{"Ref", "Tasks agreed", "Lead body", "Date for completion", "Progress so far"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[1].progress == "Design agreed");
}

TEST_CASE("a second header row of known names longer than a wrapped heading's line goes on with the header") {
  // "Responsibility" spans "Led by whom" and "Date for completion", written on a line of five words.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Children's Partnership Plan 2027-29\n"
      "Strand Key Agreed actions Responsibility RAG status\nLed by whom Date for\ncompletion\n"
      "JS 1 Light the towpath between the two\nlocks\nCanal Trust\nBy end of Q1 90%\n"
      "JS 2 Put up new signs at the weir steps\nDuty Manager\nOngoing approx. 75%\n"
      "JS 3 Paint the lock gates\nLock Keeper/Canal Trust\nBy end of Q3\n");
  REQUIRE(plan.tables.size() == 1);
  std::vector<std::string> headings = FirstTableHeadings(plan);
  std::vector<std::string> last(headings.end() - std::min<size_t>(headings.size(), 4), headings.end());
  CHECK(last == std::vector<std::string>{"Agreed actions", "Led by whom", "Date for completion", "RAG status"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "By end of Q1");
  CHECK(plan.rows[0].progress == "90%");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[2].timeframe == "By end of Q3");
}

TEST_CASE("a theme merged down the first column before the first reference leaves the rows keyed by references") {
  // pdftotext -raw writes the theme's short lines between the header and the first row's reference.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Vale Children's Partnership Plan 2027-29\n"
      "Focus area Key Agreed actions Responsibility RAG status\nLed by whom Date for\ncompletion\n"
      "Strategic Aim\nOne - Safer\njourneys to school\n"
      "JS 1 \u2022 Light the towpath between the two locks\n\u2022 Put up new signs at the weir steps\n"
      "Canal Trust/Lock\nKeepers\nBy end of Q1 90%\n"
      "JS 2 Paint the lock gates before the\nsummer\nDuty Manager\nOngoing approx. 75%\n"
      "JS 3 Clear the footbridge\nTowpath Rangers By end of Q3\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "JS 1");
  CHECK(plan.rows[0].lead == "Canal Trust/Lock Keepers");
  CHECK(plan.rows[0].timeframe == "By end of Q1");
  CHECK(plan.rows[0].progress == "90%");
  CHECK(plan.rows[1].action == "Paint the lock gates before the summer");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[2].lead == "Towpath Rangers");
  CHECK(plan.rows[2].timeframe == "By end of Q3");
}

TEST_CASE("a quarter's position on a line of its own goes on with a two-level header") {
  // "Delivery" spans "Responsible lead(s)" and "Date due"; "Q3 position", merged down both rows, comes between.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Outcome Line Steps to take\nDelivery\nQ3 position\nResponsible lead(s) Date due\n"
      "KM 1 Map the crossing points near each school Road Safety Team March 2030 A\n"
      "KM 2 Run cycle training for pupils Active Travel Officer May 2030 G\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(FirstTableHeadings(plan) == std::vector<std::string>{"Outcome", "Line", "Steps to take",
                                                             "Responsible lead(s)", "Date due", "Q3 position"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "March 2030");
  CHECK(plan.rows[1].progress == "G");
}

TEST_CASE("a header written a few words a line, over no paragraph, heads a table of a wrapped line a line") {
  // Each line inside the header is short; a paragraph that runs a table into its words runs to its width.
  RecoveredPlan plan = RecoverPlanText(
      "Larkmoor Children's Partnership Plan 2027 - 2029\n"
      "Our priority Steps to take Expected result\nPerson / agency\nresponsible\nCompletion\ndate Status (RAG)\n"
      "Safer river\npaths\nLight the towpath between the two locks\nMend the gates at the weir\n"
      "Walkers report risks\nearly\nCanal Trust/Duty\nManager\nMarch 2028\n"
      "Put up new signs at the weir steps with the\nparish council\nMonthly Green\n"
      "Paint the edge of each step white before the winter\nWalkers are not lost\non the moor\n"
      "Duty Manager\nJune 2028 Amber\n");
  // "Monthly Green", side by side on a line, are a row's date and status: the signs are a row of their own.
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Canal Trust/Duty Manager");
  CHECK(plan.rows[0].timeframe == "March 2028");
  CHECK(plan.rows[1].timeframe == "Monthly");
  CHECK(plan.rows[2].lead == "Duty Manager");
  CHECK(plan.rows[2].timeframe == "June 2028");
  CHECK(plan.rows[2].progress == "Amber");
}

TEST_CASE("a heading that starts as a date does, wrapped after it, goes on with the header") {
  // "Q3" over "position" is a heading, not the first row's date.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Area Code Steps to take Sponsor By\nQ3\nposition\nHow we will\nmeasure impact\n"
      "Safer roads\n"
      "SR1 Map the crossing points near each school\nRoad Safety Team 31/12/2029\nOn target\n"
      "Fewer near misses\nreported\n"
      "SR2 Run cycle training for pupils\nActive Travel Officer 31/03/2030\nNot started\nMore pupils cycle\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].progress == "On target");
  CHECK(plan.rows[1].progress == "Not started");
}

TEST_CASE("a row's date alone on a line, like a line of the header, stays the row's") {
  // "Q3" heads a column over "position", and ends a row's date "By end of" over "Q3".
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Area Code Steps to take Sponsor By\nQ3\nposition\nHow we will\nmeasure impact\n"
      "Safer roads\n"
      "SR1 Map the crossing points near each school\nRoad Safety Team By\nend of\nQ3\nOn target\n"
      "Fewer near misses\nreported\n"
      "SR2 Run cycle training for pupils\nActive Travel Officer By\nend of\nQ4\nNot started\nMore pupils cycle\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[0].timeframe == "By end of Q3");
  CHECK(plan.rows[1].timeframe == "By end of Q4");
}

TEST_CASE("a theme's title wrapped down the first column, above its first row, is no row") {
  // "Children walk" / "to school safely" heads the rows under it; it has no reference of its own.
  RecoveredPlan plan = RecoverPlanText(
      "Kestrel Moor Board Plan 2029-30\n"
      "Theme Code Steps to take Sponsor By Status\n"
      "Children walk\nto school\nsafely\n"
      "SR1 Map the crossing points near each school\nRoad Safety Team 31/12/2029 On target\n"
      "SR2 Run cycle training for pupils\nActive Travel Officer 31/03/2030 Not started\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "SR1");
  CHECK(plan.rows[0].lead == "Road Safety Team");
  CHECK(plan.rows[1].ref == "SR2");
}

}  // namespace
}  // namespace planrows
