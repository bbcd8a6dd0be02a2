// Headers written a cell, or a wrapped line of a cell, a line (pdftotext
// -raw) whose names the rules tell by their words only, or not at all, and
// the rows and section titles under them.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("names told by their words but one over rows numbered 1 2 3 are a header the rows bear out") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenmoor Children's Partnership\nDelivery Plan 2028-2030\n"
      "Line\nno. Rationale Actions we plan Delivery lead\nTarget end\ndate Commentary\n"
      "Strategic Theme One\n- Young people leaving care have\na safe home\n"
      "1 Care leavers have a\nhome to go to\nAgree a housing protocol with the district councils\n31/03/2029\n"
      "2 Open a weekly drop-in for care leavers at the youth centre\nLeaving Care Team; R. Amblin\nOngoing\n"
      "3 Review the staying put offer with foster carers\nFostering Manager 30/09/2029 Draft shared in May\n"
      "Strategic Theme Two\n- Children missing from school\nare found quickly\n"
      "1 Children missing from\nschool are seen within\na week\n"
      "Share daily absence lists with the attendance team\nEducation Welfare\n31/12/2028\n"
      "2 Train school staff in return interviews\nDesignated Teachers Forum\n31/01/2029 Two sessions held\n");
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Agree a housing protocol with the district councils");
  CHECK(plan.rows[1].lead == "Leaving Care Team; R. Amblin");
  CHECK(plan.rows[2].progress == "Draft shared in May");
  CHECK(plan.rows[3].action == "Share daily absence lists with the attendance team");
  CHECK(plan.rows[3].lead == "Education Welfare");
  CHECK(plan.rows[4].timeframe == "31/01/2029");
}

TEST_CASE("a section heading that holds no title has it on the next line however long") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenmoor Children's Partnership\nDelivery Plan 2028-2030\nRef Outcome Action Lead\nTimescale Progress\n"
      "Strategic Theme One\n- Young people leaving care have\na safe home\n"
      "1.1 Care leavers have a\nhome to go to\nAgree a housing protocol with the district councils\n"
      "Housing Options\n31/03/2029\n"
      "1.2 Open a weekly drop-in for care leavers at the youth centre\nLeaving Care Team; R. Amblin\nOngoing\n"
      "Strategic Theme Two\n- Children missing from school\nare found quickly\n"
      "2.1 Children missing from\nschool are seen within\na week\n"
      "Share daily absence lists with the attendance team\nEducation Welfare\n31/12/2028\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Agree a housing protocol with the district councils");
  CHECK(plan.rows[0].lead == "Housing Options");
  CHECK(plan.rows[1].lead == "Leaving Care Team; R. Amblin");
  CHECK(plan.rows[2].ref == "2.1");
  CHECK(plan.rows[2].lead == "Education Welfare");
}

TEST_CASE("a first name no rule tells over references run into a cell names that cell's column") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenmoor Children's Partnership\nDelivery Plan 2028-2030\n"
      "Reasoning Actions we plan Lead officer Due date Status\n"
      "CL1 Care leavers have a\nhome to go to\nAgree a housing protocol with\nthe district councils\n"
      "Housing Options\nMarch 2029\nAmber\n"
      "CL2 Care leavers have a\nhome to go to\nOpen a weekly drop-in for care\nleavers at the youth centre\n"
      "R. Amblin\nOngoing\nGreen\n"
      "MS1 Children missing from\nschool are seen within\na week\nShare daily absence lists with\n"
      "the attendance team\nEducation Welfare\nDecember 2028\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "CL1");
  CHECK(plan.rows[0].outcome == "Care leavers have a home to go to");
  CHECK(plan.rows[0].action == "Agree a housing protocol with the district councils");
  CHECK(plan.rows[0].lead == "Housing Options");
  CHECK(plan.rows[2].action == "Share daily absence lists with the attendance team");
  CHECK(plan.rows[2].lead == "Education Welfare");
}

TEST_CASE("a first column named for outcomes over references alone on their lines is a column beside theirs") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenmoor Children's Partnership\nDelivery Plan 2028-2030\n1. Young people leaving care\n"
      "Goal Steps to take Led by\nDue\ndate Position\n"
      "CL1\nCare leavers tell us\nthey have a home to\ngo to\nAgree a housing protocol\nwith the district councils\n"
      "P Amblin\nMarch 2029\nOn track\n"
      "CL2\nCare leavers tell us\nthey have a home to\ngo to\nOpen a weekly drop-in for\ncare leavers at the youth\n"
      "centre\nR Tolley\nJune 2029\nNot started\n"
      "CL3\nCare leavers are ready\nfor work when they\nleave school\nOffer a work placement\nto every care leaver\n"
      "K Mossop\nOngoing\nAchieved\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].outcome == "Care leavers tell us they have a home to go to");
  CHECK(plan.rows[0].action == "Agree a housing protocol with the district councils");
  CHECK(plan.rows[0].lead == "P Amblin");
  CHECK(plan.rows[1].action == "Open a weekly drop-in for care leavers at the youth centre");
  CHECK(plan.rows[2].lead == "K Mossop");
}

TEST_CASE("references cut under a heading broken inside its words are joined without a space") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenmoor Children's Partnership\nDelivery Plan 2028-2030\nAc\ntio\nn\nco\nde\n"
      "Desired outcome Steps we will take Lead officer\nDue\ndate\n1. Young people leaving care\n"
      "CL\n1\nCare leavers have a\nhome to go to\nAgree a housing protocol\nwith the district councils\n"
      "P Amblin\nMarch 2029\n"
      "CL\n2\nCare leavers are ready\nfor work\nOffer a work placement\nto every care leaver\nK Mossop\nJune 2029\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "CL1");
  CHECK(plan.rows[0].lead == "P Amblin");
  CHECK(plan.rows[1].ref == "CL2");
  CHECK(plan.rows[1].timeframe == "June 2029");
}

}  // namespace
}  // namespace planrows
