// Rows whose right-hand cells pdftotext wrote before their reference and
// action (DetachedRightHalves), in a table written a cell a paragraph.
#include "pipeline/recovery/detached_right_halves.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a row's lead and date written before its reference and action are put back with them") {
  // WB2's action is a tall list: pdftotext wrote its lead and date after
  // WB1's, and its reference and action after WB3.
  RecoveredPlan plan = RecoverPlanText(
      "Wyrebrook Partnership Plan 2031\n\nActions we will take\n\nNamed officer\n\nTarget end\ndate\n\n"
      "WB1 Open a homework club at the\nlibrary\n\nT. Penhallow\n\nMarch 2031\n\n"
      "Ferry Trust\n\nJune 2031\n\n"
      "WB3 Train the club's volunteers\n\nR. Carbis\n\nMay 2031\n\n"
      "WB2 Map the bus routes to the club\nPrint the club's timetable\nAsk the schools to share it\n");
  REQUIRE(plan.rows.size() == 3);
  auto row = [&](const std::string& ref) {
    for (const ActionRow& r : plan.rows) {
      if (r.ref == ref) return r;
    }
    FAIL("no row " << ref);
    return ActionRow{};
  };
  CHECK(row("WB1").lead == "T. Penhallow");
  CHECK(row("WB2").lead == "Ferry Trust");
  CHECK(row("WB2").timeframe == "June 2031");
  CHECK(row("WB3").lead == "R. Carbis");
}

TEST_CASE("actions of two rows run into one paragraph are two rows, each given its right-hand cells") {
  RecoveredPlan plan = RecoverPlanText(
      "Wyrebrook Partnership Plan 2031\n\nActions we will take\n\nNamed officer\n\nTarget end\ndate\n\n"
      "WB1 Open a homework club at the\nlibrary\n\nT. Penhallow\n\nMarch 2031\n\n"
      "Ferry Trust\n\nJune 2031\n\nParish Council\n\nJuly 2031\n\n"
      "WB3 Train the club's volunteers\n\nR. Carbis\n\nMay 2031\n\n"
      "WB2 Map the bus routes to the club\nPrint the club's timetable\n"
      "WB4 Ask the schools to share the\ntimetable\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[2].ref == "WB2");
  CHECK(plan.rows[2].action == "Map the bus routes to the club Print the club's timetable");
  CHECK(plan.rows[2].lead == "Ferry Trust");
  CHECK(plan.rows[3].ref == "WB4");
  CHECK(plan.rows[3].action == "Ask the schools to share the timetable");
  CHECK(plan.rows[3].lead == "Parish Council");
  CHECK(plan.rows[3].timeframe == "July 2031");
}

TEST_CASE("right-hand cells written early stay unplaced where the rows they may belong to do not pair off") {
  // Two rows of a reference and action alone, one lead and date written
  // early: which row it belongs to cannot be told.
  RecoveredPlan plan = RecoverPlanText(
      "Wyrebrook Partnership Plan 2031\n\nActions we will take\n\nNamed officer\n\nTarget end\ndate\n\n"
      "WB1 Open a homework club at the\nlibrary\n\nT. Penhallow\n\nMarch 2031\n\n"
      "Ferry Trust\n\nJune 2031\n\n"
      "WB3 Train the club's volunteers\n\nR. Carbis\n\nMay 2031\n\n"
      "WB2 Map the bus routes to the club\nPrint the club's timetable\n\n"
      "WB4 Ask the schools to share the\ntimetable\n");
  for (const ActionRow& r : plan.rows) {
    CHECK(r.lead != "Ferry Trust");
    CHECK(r.timeframe != "June 2031");
  }
}

}  // namespace
}  // namespace planrows
