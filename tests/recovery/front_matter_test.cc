// A plan's front matter before its action table: a foreword in numbered
// paragraphs, priorities at a glance as a table or a bulleted list. None of
// it leads actions of its own (RefLedActions), and the table keeps its rows.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

// A fictional board's foreword in numbered paragraphs, then its table,
// whose rows have no references.
const char kForewordThenTable[] =
    "Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
    "1. Introduction\n\n"
    "1.1 The Board brings together the harbour, river and lifeboat agencies of the estuary.\n\n"
    "1.2 Partners agreed at the spring meeting that the priorities of the last plan still stand.\n\n"
    "1.3 Each priority is led by a sub-group of the Board, which reports to every meeting.\n\n"
    "Action\tLead\tBy when\n"
    "Fit door guards to the riverside bungalows\tHarbour Office\tMarch 2028\n"
    "Print a tide table for every allotment holder\tTowpath Trust\tJanuary 2028\n"
    "Survey the towpath lamps\tCanal Volunteers\tApril 2028\n";

TEST_CASE("numbered paragraphs before any column heading are prose and leave the table its rows") {
  RecoveredPlan plan = RecoverPlanText(kForewordThenTable);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows");
  CHECK(plan.rows[0].lead == "Harbour Office");
  CHECK(plan.rows[2].action == "Survey the towpath lamps");
}

TEST_CASE("numbered paragraphs with no blank line between them are prose and leave the table its rows") {
  // As pdftotext writes a foreword: each paragraph right under the heading or the paragraph above.
  std::string text = kForewordThenTable;
  for (const char* paragraph : {"1.1 ", "1.2 ", "1.3 "}) text.erase(text.find(paragraph) - 1, 1);
  RecoveredPlan plan = RecoverPlanText(text);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows");
  CHECK(plan.rows[1].lead == "Towpath Trust");
}

TEST_CASE("numbered paragraphs after a table of priorities and why they matter are prose still") {
  std::string text = kForewordThenTable;
  std::string glance = "Priority\tWhy it matters\nFlood-ready homes\tThe tides rise each year\n\n";
  text.insert(text.find("1. Introduction"), glance);
  RecoveredPlan plan = RecoverPlanText(text);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows");
  CHECK(plan.rows[1].lead == "Towpath Trust");
}

TEST_CASE("a bulleted list of numbered priorities before any column heading leaves the table its rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
      "Our priorities are:\n\n"
      "- 1. Flood-ready homes\n- 2. Safer towpaths\n- 3. A tide table for all\n\n"
      "Action\tLead\tBy when\n"
      "Fit door guards to the riverside bungalows\tHarbour Office\tMarch 2028\n"
      "Print a tide table for every allotment holder\tTowpath Trust\tJanuary 2028\n"
      "Survey the towpath lamps\tCanal Volunteers\tApril 2028\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows");
  CHECK(plan.rows[2].lead == "Canal Volunteers");
}

TEST_CASE("rows of a grid table numbered 1 2 3 lead no actions of their own") {
  RecoveredPlan plan = RecoverPlanText(
      "# Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
      "| No. | Priority |\n|---|---|\n| 1 | Riverside homes are ready for the tides |\n"
      "| 2 | Allotment holders know the tide table |\n| 3 | Towpath users walk safely after dark |\n\n"
      "| Action | Lead | By when |\n|---|---|---|\n"
      "| Fit door guards to the riverside bungalows | Harbour Office | March 2028 |\n"
      "| Print a tide table for every allotment holder | Towpath Trust | January 2028 |\n"
      "| Survey the towpath lamps | Canal Volunteers | April 2028 |\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows");
  CHECK(plan.rows[1].lead == "Towpath Trust");
}

TEST_CASE("a narrative's action heading under a foreword's numbered paragraph opens its list") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
      "1. Introduction\n\n"
      "1.1 The Board brings together the harbour, river and lifeboat agencies of the estuary.\n\n"
      "1.2 Partners agreed at the spring meeting that the priorities of the last plan still stand.\n\n"
      "Flood-ready homes\n\n"
      "How we will get there\n\n"
      "\u2022 Fit door guards to the riverside bungalows (Lead: Harbour Office; by March 2028)\n"
      "\u2022 Print a tide table for every allotment holder (Lead: Towpath Trust; by January 2028)\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Fit door guards to the riverside bungalows");
  CHECK(plan.rows[0].lead == "Harbour Office");
  CHECK(plan.rows[1].timeframe == "January 2028");
}

TEST_CASE("a column's heading under a foreword's numbered paragraph makes no action block of it") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenwick Estuary Board Delivery Plan 2027-2029\n\n"
      "1. Introduction\n\n"
      "1.1 The Board brings together the harbour, river and lifeboat agencies of the estuary.\n\n"
      "Our partners are:\n\n- the harbour office\n- the towpath trust\n\n"
      "Lead officer\n\n"
      "The Independent Chair reports to the council each spring.\n");
  CHECK(plan.rows.empty());
}

TEST_CASE("a members table and a table of indicators by year make no action rows") {
  RecoveredPlan plan = RecoverPlanText(
      "Board membership\n\n"
      "Name                   Role                     Agency\n"
      "Perrin Maddox          Business Manager         Brackenwick Harbour Council\n"
      "Oona Bartram           Head of Service          Community Rehabilitation Company\n"
      "Piet Lanyon            Assistant Chief Officer  Primary schools\n"
      "Hollis Treloar         Designated Doctor        Community Health Trust\n"
      "Teodor Annery          Legal adviser            Community Rehabilitation Company\n\n\n"
      "Performance at a glance\n\n"
      "Indicator                                 2024/25  2025/26  2026/27  Target\n"
      "Children missing from home                41%      31%      62%      Increase\n"
      "Schools returning the safeguarding audit  2,100    2,346    2,549    Reduce\n"
      "Early help assessments completed          2,737    798      2,047    1,943\n"
      "Referrals to children's social care       2,089    841      2,663    Reduce\n"
      "Audits completed on time                  2,071    2,287    437      Increase\n"
      "Children on a child protection plan       86%      26%      24%      67%\n"
      "Re-referrals within 12 months             61%      70%      94%      Reduce\n");
  CHECK(plan.rows.empty());
}

}  // namespace
}  // namespace planrows
