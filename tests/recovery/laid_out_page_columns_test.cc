// Tables as pdftotext -layout writes them, on a page that prints no repeat
// of the header and lays out some of its rows apart from the others, or a
// cell a character left of its column.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("aligned columns: a page with a row laid out apart from the others is still read by its rows") {
  // On the second page the converter set row 4.3's action and aim further
  // left than those of the rows under it, and the wrapped end of row 4.2
  // with them: each of those columns starts at two places.
  RecoveredPlan plan = RecoverPlanText(
      "Ref     Action                        Aim               Lead            RAG\n"
      "4.1     Open a forum for carers       Carers heard      K Allworth      Green\n"
      "4.2     Run a survey of carers and    Carers counted    Carers Lead     Amber\n"
      "\f     the families they support\n"
      "4.3  Train designated leads    Staff spot harm              Schools Forum    Red\n"
      "     in every school           sooner\n"
      "4.4       Audit referral quality         Fewer repeats      L Penhallow      Green\n"
      "4.5       Map the youth clubs            Young people safe  Youth Service    Amber\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[1].action == "Run a survey of carers and the families they support");
  CHECK(plan.rows[2].action == "Train designated leads in every school");
  CHECK(plan.rows[2].lead == "Schools Forum");
  CHECK(plan.rows[3].ref == "4.4");
  CHECK(plan.rows[3].lead == "L Penhallow");
  CHECK(plan.rows[4].action == "Map the youth clubs");
  CHECK(plan.rows[4].progress == "Amber");
}

TEST_CASE("aligned columns: a cell that starts a character left of its column is that column's") {
  // pdftotext -layout rounds each text's place to whole characters: "Duty
  // Manager" starts one left of the lead's heading, but apart from the action.
  RecoveredPlan plan = RecoverPlanText(
      "Wrenfield Partnership Plan 2031\n\n"
      "Ref    Action                      Lead          By when\n\n"
      "1.1    Audit the weekend rota      T Okonjo      May 2031\n"
      "1.2    Train the duty desk        Duty Manager   July 2031\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[1].action == "Train the duty desk");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].timeframe == "July 2031");
}

}  // namespace
}  // namespace planrows
