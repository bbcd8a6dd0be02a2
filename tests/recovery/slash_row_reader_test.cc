// Tables whose cells a converter separated by " / ".
#include "pipeline/recovery/slash_row_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("parts between separators keep their empty cells, at the ends too") {
  using Parts = std::vector<std::string>;
  CHECK(SlashRowReader::Parts("3.1 / Audit the rota / T Okonjo / May 2026 / ") ==
        Parts{"3.1", "Audit the rota", "T Okonjo", "May 2026", ""});
  CHECK(SlashRowReader::Parts("a /  / b") == Parts{"a", "", "b"});
}

TEST_CASE("slash rows give one row a line, a lead holding ' / ' kept whole") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership\n"
      "Ref / Action / Lead / Target date / Progress / RAG\n"
      "3.1 / Audit the weekend duty rota / Head of Inclusion / Harbour Police / May 2026 / Amber\n"
      "3.2 / Publish a leaflet for young carers / Comms Officer / July 2026 / \n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "3.1");
  CHECK(plan.rows[0].lead == "Head of Inclusion / Harbour Police");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[1].progress.empty());
}

TEST_CASE("an appendix heading at the top of a page ends the slash table and runs on no row") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref / Action / Lead / Target date / RAG\n"
      "3.1 / Audit the weekend duty rota / Head of Inclusion / May 2026 / Amber\n"
      "3.2 / Publish a leaflet for young carers / Comms Officer / July 2026 / Green\n\n"
      "Page 1 of 2\f"
      "Appendix 1 - Members of the Board\n\n"
      "Board member / Role / Agency\n"
      "Perrin Maddox / Independent Chair / Fenland Harbour Council\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("another table's header over the next page ends a slash table") {
  RecoveredPlan plan = RecoverPlanText(
      "Members of the Board\n\n"
      "Name / Role / Agency\n"
      "Perrin Maddox / Independent Chair / Fenland Harbour Council\n"
      "Oona Barraclough / Lay member / Harbour Trust\n\n"
      "Page 1 of 2\f"
      "# / Key tasks / Who and by when / Progress / RAG\n"
      "Priority 1: Safer harbours\n"
      "3.1 / Audit the weekend duty rota / Head of Inclusion May 2026 / Amber\n"
      "3.2 / Publish a leaflet for young carers / Comms Officer July 2026 / Green\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "3.1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota");
  CHECK(plan.rows[0].lead == "Head of Inclusion");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a foreword's sentence before a numbered paragraph heads no table") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership Plan 2026\n\n"
      "The Board meets each spring. The\n"
      "Independent Chair is accountable to the Chief Executive.\n\n"
      "1.4 More than 2,400 referrals were received last year, a rise of 6% on the year before.\n\n"
      "Ref / Action / Lead / Target date / RAG\n"
      "3.1 / Audit the weekend duty rota / Head of Inclusion / May 2026 / Amber\n"
      "3.2 / Publish a leaflet for young carers / Comms Officer / July 2026 / Green\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "3.1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota");
  CHECK(plan.rows[1].lead == "Comms Officer");
}

TEST_CASE("the parts of a slash row beyond its columns join the names beside them, not prose") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref / Outcome / Action / Measure / Lead / Target date / Progress\n"
      "3.1 / Carers are known / Audit the weekend duty rota / Half of the rotas checked / P Annery / "
      "Harbour Police / June 2026 / Started\n"
      "3.2 /  / Publish a leaflet for young carers. Progress will be checked at each Board meeting / "
      "65% of carers given a copy / Quay Wardens Group / Ferry Safety Unit / Coastal Forum / Q1 2026/27 / "
      "Achieved\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "P Annery / Harbour Police");
  CHECK(plan.rows[1].lead == "Quay Wardens Group / Ferry Safety Unit / Coastal Forum");
  CHECK(plan.rows[1].action == "Publish a leaflet for young carers. Progress will be checked at each Board meeting");
}

TEST_CASE("a slash row whose action is a bulleted list and whose lead is empty is a row of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Action / Lead / Timescale / Progress\n"
      "Open the harbour library drop-in / Oona Barraclough / May 2026 / Started\n"
      "* Print a night bus guide * Run a summer audit /  / July 2026 / \n"
      "Train the duty desk / Piet Lanyon / August 2026 / Green\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[1].lead.empty());
}

TEST_CASE("a slash row wrapped onto a second line stays one row") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref / Action / Lead / Timescale\n"
      "3.1 / Audit the weekend duty rota with the harbour wards and the\n"
      "out-of-hours team / Duty Manager / May 2026\n"
      "3.2 / Publish a leaflet / Comms Officer / July 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Audit the weekend duty rota with the harbour wards and the out-of-hours team");
  CHECK(plan.rows[0].lead == "Duty Manager");
}

TEST_CASE("a slash header of headings known by their words reads rows with lower-case refs") {
  RecoveredPlan plan = RecoverPlanText(
      "Item / Key tasks / Officer / deadline / How we will see it / Current RAG\n"
      "hb1 / Audit the weekend duty rota / Duty Manager Q1 2026/27 / Fewer missed shifts / Amber\n"
      "hb2 / Publish a leaflet for young carers / Q2 2026/27 / Leaflets in libraries / \n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "HB1");
  CHECK(plan.rows[0].action == "Audit the weekend duty rota");
  CHECK(plan.rows[0].lead == "Duty Manager");
  CHECK(plan.rows[0].timeframe == "Q1 2026/27");
  CHECK(plan.rows[1].ref == "HB2");
  CHECK(plan.rows[1].timeframe == "Q2 2026/27");
}

TEST_CASE("a slash header of one known name reads when the words of all the others tell their columns") {
  RecoveredPlan plan = RecoverPlanText(
      "Tasks to complete / Who will see to this? / Timescale / Where are things now?\n"
      "Open a drop-in for young carers / D Farrant / Mar-27 / Started\n"
      "Run a survey of young carers / Carers Lead / Jun-27 / \n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[0].progress == "Started");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("a slash header of three headings reads when one is known and the words of the others tell theirs") {
  RecoveredPlan plan = RecoverPlanText(
      "Fenland Harbour Safeguarding Children Partnership\n"
      "Steps the crews will take / Owner and deadline / Milestones and dates\n"
      "Open a drop-in for young carers / D Farrant - 31/03/2027 / Draft by May 2026\n"
      "Run a survey of young carers / Carers Lead - 30/06/2027 / Report by July 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "31/03/2027");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("the first slash heading, whatever it says, is the reference column when rows hold no cell more") {
  RecoveredPlan plan = RecoverPlanText(
      "Action code / Hoped-for change / Steps agreed / Lead officer / team / Date due / Status\n"
      "HB 1 / Carers are known to schools / Open a drop-in for young carers / D Farrant / Mar-27 / Started\n"
      "HB 2 / Carers are known to schools / Run a survey of young carers / Carers Lead / Jun-27 / \n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "HB 1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[0].timeframe == "Mar-27");
  CHECK(plan.rows[1].ref == "HB 2");
  CHECK(plan.rows[1].lead == "Carers Lead");
}

TEST_CASE("references under a slash heading named for no references behind a theme column start the rows") {
  // The theme is printed on its first row only; the other rows open with
  // the empty theme cell before their references.
  RecoveredPlan plan = RecoverPlanText(
      "Theme / Goal / What we hope to see / What we will do / Who and when / RAG\n"
      "Priority 2 - Safer streets / 2.1. / Children cross roads safely / Paint crossings at schools / "
      "Highways Team / Police \u2013 Mar-27 / Green\n"
      " / 2.2. / Children cross roads safely / Train crossing patrols / Road Safety Officer \u2013 Jun-27 / \n"
      " / 2.3. / Parents know safe routes / Print a map of safe routes / Family Hubs / R. Tamsin \u2013 Ongoing / \n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "2.1");
  CHECK(plan.rows[1].ref == "2.2");
  CHECK(plan.rows[1].action == "Train crossing patrols");
  CHECK(plan.rows[1].lead == "Road Safety Officer");
  CHECK(plan.rows[2].ref == "2.3");
  CHECK(plan.rows[2].lead == "Family Hubs / R. Tamsin");
  CHECK(plan.rows[2].timeframe == "Ongoing");
}

TEST_CASE("slash rows numbered 1, 2, 3 under a heading of references start a row each") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref # / Piece of work / Person responsible / Due / Year-end note\n"
      "1 / Open a drop-in for young carers. The Board will check progress each quarter / D Farrant / Mar-27 / "
      "Started\n"
      "2 / Run a survey of young carers / Carers Lead / Jun-27 / \n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].lead == "D Farrant");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].timeframe == "Jun-27");
}

TEST_CASE("slash rows without references have as many columns as the header names when no row has fewer") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n"
      "Focus / Our pledge / Named officer / Finish / Latest update\n"
      "Young carers / Open a drop-in at the harbour library / Quay Wardens / Ferry Safety Unit / May 2026 / "
      "On track\n"
      " / Print a guide to the night bus / P Annery / Coastal Forum / July 2026 / Not started\n"
      " / Audit the ferry crossing logs / T Hosking / August 2026 / Achieved\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].lead == "Quay Wardens / Ferry Safety Unit");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[2].lead == "T Hosking");
  CHECK(plan.rows[2].progress == "Achieved");
}

TEST_CASE("a slash row whose first cell is a section's heading is that section's first row") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n"
      "Theme / Outcome / Action / Lead / Due / Progress\n"
      "Priority 1 - Young carers / Carers are known / hv1 Open a drop-in at the harbour library / Quay Wardens / "
      "May 2026 / On track\n"
      " /  / hv2 Print a guide to the night bus / P Annery / July 2026 / Not started\n"
      "Priority 2 - Records / Logs are kept / hv3 Audit the ferry crossing logs / T Hosking / August 2026 / "
      "Achieved\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "hv1");
  CHECK(plan.rows[0].lead == "Quay Wardens");
  CHECK(plan.rows[0].section == "Young carers");
  CHECK(plan.rows[2].ref == "hv3");
  CHECK(plan.rows[2].section == "Records");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("a slash column whose heading words name dates but whose cells are measures takes no date's place") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n"
      "Focus / Our pledge / Target / Named officer / Finish / Latest update\n"
      "Young carers / Open a drop-in at the harbour library / Half of carers visit the drop-in / Quay Wardens / "
      "May 2026 / On track\n"
      " / Print a guide to the night bus / Most families know the route / P Annery / Coastal Forum / July 2026 / "
      "Not started\n"
      " / Audit the ferry crossing logs / Every log checked by the wardens / T Hosking / August 2026 / Achieved\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Print a guide to the night bus");
  CHECK(plan.rows[1].lead == "P Annery / Coastal Forum");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("slash rows whose references follow a theme cell blank under its first row start a row each") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n"
      "Focus / Item code / Hoped-for change / Steps agreed / Lead officer / Finish / Latest update\n"
      "Priority 1 - Young carers / yc1 / Carers are known / Open a drop-in at the harbour library / "
      "Quay Wardens / May 2026 / On track\n"
      " / yc2 / Carers are known / Print a guide to the night bus. The wardens will hand it out at\n"
      "the ferry / P Annery / July 2026 / \n"
      "\n"
      "Page 1 of 2Focus / Item code / Hoped-for change / Steps agreed / Lead officer / Finish / Latest update\n"
      " / yc3 / Carers are heard / Audit the ferry crossing logs / T Hosking / August 2026 / Achieved\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YC1");
  CHECK(plan.rows[0].lead == "Quay Wardens");
  CHECK(plan.rows[1].ref == "YC2");
  CHECK(plan.rows[1].action == "Print a guide to the night bus. The wardens will hand it out at the ferry");
  CHECK(plan.rows[1].timeframe == "July 2026");
  CHECK(plan.rows[1].progress.empty());
  CHECK(plan.rows[2].ref == "YC3");
  CHECK(plan.rows[2].lead == "T Hosking");
  CHECK(plan.rows[2].progress == "Achieved");
}

TEST_CASE("slash rows without references each with a lead holding ' / ' have the columns the header names") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n"
      "Hoped-for change / Steps agreed / Lead officer / Finish\n"
      "\n"
      "Priority 1: Young carers\n"
      "Carers are known / HV1 - Open a drop-in at the harbour library / Quay Wardens / Ferry Safety Unit / May 2026\n"
      "Carers are known / HV2 - Print a guide to the night bus / P Annery / Coastal Forum / July 2026\n"
      "Carers are heard / HV3 - Audit the ferry crossing logs / T Hosking / Harbour Police / August 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "HV1");
  CHECK(plan.rows[0].lead == "Quay Wardens / Ferry Safety Unit");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[2].ref == "HV3");
  CHECK(plan.rows[2].lead == "T Hosking / Harbour Police");
}

TEST_CASE("slash rows whose actions start with a lower-case reference start a row each") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n"
      "Key tasks / steps / Officer named / Finish / Measure of success\n"
      "* hb1: Open a drop-in * Print a night bus guide /  / Mar-27 / Half of carers visit\n"
      "hb2: Run a survey of young carers / D Farrant / Jun-27 / Most carers answer\n"
      "hb3: Audit the ferry crossing logs / Quay Wardens / Sep-27 / Every log checked\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "hb2");
  CHECK(plan.rows[1].lead == "D Farrant");
  CHECK(plan.rows[1].timeframe == "Jun-27");
  CHECK(plan.rows[2].lead == "Quay Wardens");
  CHECK(plan.rows[2].timeframe == "Sep-27");
}

TEST_CASE("slash rows numbered 1, 2, 3 under a reference heading behind a theme column start a row each") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership\n\n"
      "Focus / Action code / Outcome / Steps agreed / Lead officer / Target month\n"
      "Young carers / 1 / Carers are known / Open a drop-in at the harbour library / Quay Wardens / May 2026\n"
      " / 2 / Carers are known / Print a guide to the night bus / P Annery / July 2026\n"
      "Ferry safety / 1 / Crossings are safe / Audit the ferry crossing logs / T Hosking / August 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "P Annery");
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

}  // namespace
TEST_CASE("a slash table straight under a plan's title is read though the title opens a paragraph") {
  RecoveredPlan plan = RecoverPlanText(
      "Moorcombe Harbour Trust\n"
      "Theme / Action / Target / Who leads / Finish / Status\n"
      "Safer quays / Light the north quay steps / Fewer falls reported / Harbour Master / March 2027 / On track\n"
      " / Train the ferry crews in first aid / Every crew holds a certificate / Crew Trainer / Lifeboat Station / "
      "May 2027 / Not started\n"
      " / Fence the slipway at low tide / No child on the slipway / Estates Team / June 2027 / Complete\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Train the ferry crews in first aid");
  CHECK(plan.rows[1].lead == "Crew Trainer / Lifeboat Station");
  CHECK(plan.rows[2].progress == "Complete");
}

}  // namespace planrows
