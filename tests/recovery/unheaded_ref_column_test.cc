// A column of references whose header cell is empty (UnheadedRefColumn),
// read from tables as pdftotext -layout writes them.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("references right of a theme column and left of the action heading are a column of their own") {
  RecoveredPlan plan = RecoverPlanText(
      "Theme                   Action                          Lead officer     Target date\n"
      "Young carers    1.1     Open a respite hub for          Carers Lead      May 2027\n"
      "                        young carers in the north\n"
      "                1.2     Train hub staff in safe         K Marsh          June 2027\n"
      "                a       recruitment\n"
      "                1.2     Review the respite offer        Hub Manager      July 2027\n"
      "                b       with families\n"
      "\f"
      "Theme                   Action                          Lead officer     Target date\n"
      "Missing from    2.1     Map the routes of children      Police Lead      March 2028\n"
      "school                  who go missing from school\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].action == "Open a respite hub for young carers in the north");
  CHECK(plan.rows[1].ref == "1.2a");
  CHECK(plan.rows[1].action == "Train hub staff in safe recruitment");
  CHECK(plan.rows[2].ref == "1.2b");
  CHECK(plan.rows[2].lead == "Hub Manager");
  CHECK(plan.rows[3].ref == "2.1");
  CHECK(plan.rows[3].action == "Map the routes of children who go missing from school");
  CHECK(plan.rows[3].timeframe == "March 2028");
}

TEST_CASE("numbers set apart inside a headed column that starts with them are no column of references") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref     Action                          Lead officer     Target date\n"
      "1.1     1.      Open a respite hub      Carers Lead      May 2027\n"
      "        2.      Staff it from March\n"
      "1.2     Train hub staff in safe         K Marsh          June 2027\n"
      "        recruitment\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[1].ref == "1.2");
}

TEST_CASE("references in the gap before the action heading are one column under headers set apart on each page") {
  // Each page prints the header anew with its columns a little further
  // apart; the first page's table holds one row only.
  RecoveredPlan plan = RecoverPlanText(
      "Key area            Key actions                  Lead officer     Target date\n"
      "Young         A1.1  Open a respite hub for       Carers Lead      May 2027\n"
      "carers              young carers in the north\n"
      "\f"
      "Key area              Key actions                  Lead officer     Target date\n"
      "Missing from    B2.1  Map the routes of children   Police Lead      March 2028\n"
      "school                who go missing from school\n"
      "                B2.2  Train hub staff in safe      K Marsh          June 2028\n"
      "                      recruitment\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "A1.1");
  CHECK(plan.rows[0].action == "Open a respite hub for young carers in the north");
  CHECK(plan.rows[1].ref == "B2.1");
  CHECK(plan.rows[2].ref == "B2.2");
  CHECK(plan.rows[2].action == "Train hub staff in safe recruitment");
}

}  // namespace
}  // namespace planrows
