// Statuses that pdftotext -raw ran onto another cell's line in tables
// written one wrapped cell line per line: a share, a status word or a
// status letter, each parted into the row's progress cell.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a share done run onto the next cell's line is a progress cell of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Progress Measure\n"
      "6.1 Audit the weekend rota\nHead of Quality June 2026 80% done Fewer missed\nshifts each month\n"
      "6.2 Publish a leaflet\nComms Officer July 2026\n95% Leaflets in every\nlibrary\n"
      "6.3 Train the duty team\nDuty Manager\nAugust 2026\nOn track Staff say they feel\nready\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "80% done");
  CHECK(plan.rows[1].lead == "Comms Officer");
  CHECK(plan.rows[1].progress == "95%");
  CHECK(plan.rows[2].lead == "Duty Manager");
  CHECK(plan.rows[2].progress == "On track");
}

TEST_CASE("a lone status word run onto a sentence opened on a capital is a progress cell of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Task Lead Deadline Progress Measure\n"
      "RP1 Light the towpath between the locks\nT Brenner\nMarch 2027\nRed Falls reported\nby walkers each month\n"
      "RP2 Put up new signs at the weir steps\nDuty Manager\nJune 2027\nGreen Signs checked\nby the wardens\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Red");
  CHECK(plan.rows[1].lead == "Duty Manager");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a status run onto the end of a lead's line in a row without a date is a progress cell of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Progress\n"
      "6.1 Audit the weekend rota for the\nharbour wards\nT Okonjo Amber\n"
      "6.2 Publish a leaflet on the new front door\nComms Team 50%\n"
      "6.3 Train the duty team\nDuty Manager\nAugust 2026\nGreen\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "T Okonjo");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Comms Team");
  CHECK(plan.rows[1].progress == "50%");
}

TEST_CASE("a status run onto a row of one line after the lead that ends its action is a progress cell") {
  // pdftotext -raw writes a row whose cells each fit one line as one line: action, lead and status.
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Progress\n"
      "7.1 Map the walking routes to the new school Parish Council 40%\n"
      "7.2 Paint the crossing at the school gates\nHighways Team\nMay 2027\nGreen\n"
      "7.3 Ask parents how they reach the school Road Safety Officer Amber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Map the walking routes to the new school");
  CHECK(plan.rows[0].lead == "Parish Council");
  CHECK(plan.rows[0].progress == "40%");
  CHECK(plan.rows[2].lead == "Road Safety Officer");
  CHECK(plan.rows[2].progress == "Amber");
}

TEST_CASE("a status letter ending a row's one line over the next action is the row's status where no refs lead") {
  RecoveredPlan plan = RecoverPlanText(
      "Action Lead Timeline RAG\n"
      "Map the walking routes to the new school Parish Council A\n"
      "Review the crossing at the school gates Highways Team May 2027 G\n"
      "Survey parents on how they reach the school Road Safety Officer R\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Parish Council");
  CHECK(plan.rows[0].progress == "A");
  CHECK(plan.rows[2].lead == "Road Safety Officer");
}

TEST_CASE("a progress cell run onto a date's line stays in the date's row though its next line reads as an aim") {
  // pdftotext -raw writes a row's cells side by side: text on one line with a row's date is of that row.
  RecoveredPlan plan = RecoverPlanText(
      "Goal Steps to take Led by Date due Status (RAG)\n"
      "Carers feel heard by\nthe teams around them\nLaunch a carers panel jointly with health\ncolleagues\n"
      "Adult Services By end of Q1 4 sessions delivered;\nevaluation due\n"
      "Refresh the carers survey and report\nfindings to the Board\nF Hargreaves By end of Q3\n"
      "Pilot feedback cards for conferences\nPartnership Manager By end of Q4 Survey closed with 90\nresponses\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "4 sessions delivered; evaluation due");
  CHECK(plan.rows[1].action == "Refresh the carers survey and report findings to the Board");
  CHECK(plan.rows[1].outcome.empty());
}

TEST_CASE("a line under a progress line that ends on an article goes on with it though it opens on a month") {
  RecoveredPlan plan = RecoverPlanText(
      "Goal Steps to take Led by Date due Status (RAG)\n"
      "Carers feel heard by\nthe teams around them\nLaunch a carers panel jointly with health\ncolleagues\n"
      "Adult Services By end of Q2 Report went to the\nSeptember Executive and\nwas agreed\n"
      "Refresh the carers survey and report\nfindings to the Board\nF Hargreaves By end of Q3\n"
      "Pilot feedback cards for conferences\nPartnership Manager By end of Q4 Survey closed with 90\nresponses\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "Report went to the September Executive and was agreed");
  CHECK(plan.rows[1].outcome.empty());
}

TEST_CASE("a status run before a lead's first line where the status column stands before the lead's is its own") {
  // pdftotext -raw writes the status cell's one line and the lead cell's first line side by side.
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Current RAG Who and by when\n"
      "4.1 Light the towpath between the locks\nGreen K Lindqvist/Parish\nCouncil\nMarch 2027\n"
      "4.2 Put up new signs at the weir steps Amber T Delacroix/Named Warden\nJune 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[0].lead == "K Lindqvist/Parish Council");
  CHECK(plan.rows[1].action == "Put up new signs at the weir steps");
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[1].lead == "T Delacroix/Named Warden");
}

TEST_CASE("a status that reads as a date too run onto a date's line is a progress cell of its own") {
  // "Ongoing" is a timeframe as well as a status; capitalised after a date, it is the next cell.
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Progress\n"
      "6.1 Audit the weekend rota for the\nharbour wards\nHarbour Trust, T\nOkonjo\nSep-17 Ongoing\n"
      "6.2 Publish a leaflet on the new front door\nComms Team\nQ1 2019/20 Ongoing\n"
      "6.3 Train the duty team\nDuty Manager\nMay 2014 ongoing\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Trust, T Okonjo");
  CHECK(plan.rows[0].timeframe == "Sep-17");
  CHECK(plan.rows[0].progress == "Ongoing");
  CHECK(plan.rows[1].timeframe == "Q1 2019/20");
  CHECK(plan.rows[1].progress == "Ongoing");
  CHECK(plan.rows[2].timeframe == "May 2014 ongoing");
}

TEST_CASE("a status ending a date's line after the next cell's words is a progress cell of its own") {
  // pdftotext -raw writes the date, the cost and the status cells' single lines as one line.
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Lead By when Cost Progress\n"
      "6.1 Audit the weekend rota for the\nharbour wards\nT Okonjo\nMarch 2027 Officer time Green\n"
      "6.2 Publish a leaflet on the new front door\nComms Team\nJune 2027 Within existing budget\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "March 2027");
  CHECK(plan.rows[0].progress == "Green");
  CHECK(plan.rows[1].timeframe == "June 2027");
}

TEST_CASE("a status on a line of its own after a measure cell of two aims is the progress cell alone") {
  RecoveredPlan plan = RecoverPlanText(
      "No. Desired outcome Key tasks Key milestones Who and by when How will we know?\n"
      "Position\nat last\nreview\n"
      "rp1 Boats moor\nsafely at night\nLight the towpath\nbetween the locks\nDraft by\nMay 2026\nSign-off by\n"
      "June 2026\nT Brenner\nMarch 2027\nFewer falls\nreported by\nwalkers\nAmber\n"
      "rp2 Promote the lamp reporting\nflowchart for newly qualified\nkeepers\nDraft by\nNovember\n2026\n"
      "Sign-off by\nOctober\n2027\nDuty Manager\nDecember 2026\nPositive\nfeedback from at\nleast 75% of\n"
      "boaters\nAudit shows\n95% of lamps\nmeet the\nstandard\nGreen\n"
      "rp3 Train the lock\nkeepers\nDraft by\nJuly 2026\nSign-off by\nAugust 2026\nHarbour Police\n"
      "July 2027\nFewer calls\nto the lock keeper\nRed\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[1].lead == "Duty Manager");
}

}  // namespace
}  // namespace planrows
