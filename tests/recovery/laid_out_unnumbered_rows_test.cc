// Tables without references as pdftotext -layout writes them, rows set
// one under the other with no blank line between: where one row ends and
// the next starts is told by what the cells say.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("laid-out rows: a lead and date cell ended by a date word starts the next row under it") {
  // "Ongoing" and "Annually" end their rows' lead and date cells as "Sep-24"
  // does; a cell that is a date alone ends its row all the same.
  RecoveredPlan plan = RecoverPlanText(
      "Planned work                                             Owner / review date            Status\n"
      "Set up a youth panel to shape the partnership's work     Participation Officer          Green\n"
      "                                                         Ongoing\n"
      "Review the missing from home protocol                    Youth Offending Service\n"
      "                                                         Annually\n"
      "Publish the missing from home audit                      Harbour Police                 Amber\n"
      "                                                         Sep-24\n"
      "Run a survey of children in care                         Sep-24\n"
      "Refresh the neglect toolkit                              Early Help Hub\n"
      "                                                         Dec-24\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].lead == "Participation Officer");
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[1].lead == "Youth Offending Service");
  CHECK(plan.rows[1].timeframe == "Annually");
  CHECK(plan.rows[3].action == "Run a survey of children in care");
  CHECK(plan.rows[3].lead.empty());
  CHECK(plan.rows[4].lead == "Early Help Hub");
}

TEST_CASE("laid-out rows: a date crowded against the last words of an action cell keeps the table going") {
  // The converter set "Jun-25" one space after the action's words, so the
  // line is one run of text from the first column into the second.
  RecoveredPlan plan = RecoverPlanText(
      "Planned work                                             Owner / review date            Status\n"
      "Set up a youth panel to shape the partnership's work     Participation Officer          Green\n"
      "                                                         Mar-25\n"
      "Train every designated safeguarding lead in the county   Schools Forum\n"
      "so that every school has a lead who has done the course Jun-25\n"
      "Publish the missing from home audit                      Harbour Police                 Red\n"
      "                                                         Sep-25\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].timeframe == "Jun-25");
  CHECK(plan.rows[2].action == "Publish the missing from home audit");
  CHECK(plan.rows[2].lead == "Harbour Police");
}

}  // namespace
}  // namespace planrows
