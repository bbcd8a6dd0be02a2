// Column roles where two headings name one role by their words: the cells
// tell which column holds it.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("of two columns headed as actions the one of dated steps is no action") {
  // "What we are going to do" and "Key steps" both name the action by their
  // words; the steps' cells each list steps ending on their dates, and one
  // action's cell, a name, reads as no prose.
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tWhat we are going to do\tKey steps\tOwner\tDue date\n"
      "1\tRun a census of young carers in every school\tDraft by March 2026 Sign-off by May 2026\tCarers Centre\t"
      "June 2026\n"
      "2\tOpen a Saturday club for young carers\tPlan agreed by June 2026 First club by September 2026\t"
      "Youth Service\tOctober 2026\n"
      "3\tYoung Carers Awareness Day\tCourse written by April 2026 Staff trained by July 2026\t"
      "Schools Forum\tJuly 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Run a census of young carers in every school");
  CHECK(plan.rows[1].action == "Open a Saturday club for young carers");
  CHECK(plan.rows[2].action == "Young Carers Awareness Day");
  REQUIRE(plan.rows[2].extra.size() == 1);
  CHECK(plan.rows[2].extra[0].first == "key_steps");
  CHECK(plan.rows[2].extra[0].second == "Course written by April 2026 Staff trained by July 2026");
}

}  // namespace
}  // namespace planrows
