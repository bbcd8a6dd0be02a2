// Laid-out tables whose header stands among lines that are not its own:
// the plan's title right over it, bulleted rows that read like headings.
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("laid-out header: a title naming the plan's years right over it is no line of it") {
  RecoveredPlan plan = RecoverPlanText(
      "Harrowgate Vale Children's Partnership\n"
      "Two-Year Delivery Plan 2031 - 2033\n"
      "Planned work                               Lead officer / target date      RAG status\n"
      "Open a drop-in at the harbour library      Oona Barraclough                Done\n"
      "                                           May 2032\n"
      "Print a guide to the night bus             Transport Desk                  Late\n"
      "                                           July 2032\n");
  REQUIRE(plan.tables.size() == 1);
  CHECK(Headings(plan.tables[0])[0] == "Planned work");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].lead == "Transport Desk");
}

TEST_CASE("laid-out rows: a bulleted row of short cells under a row without a date is no header") {
  // "Not due yet" tells a date by its words, as a heading would.
  RecoveredPlan plan = RecoverPlanText(
      "Planned work                                      Lead officer / target date      RAG status\n"
      "1. Quiet streets\n"
      "Open a drop-in at the harbour library and report  Community Safety Team           Done\n"
      "the numbers to the Board                          Dec-32\n"
      "Agree the night bus route with the operators      Oona Barraclough\n"
      "\u25aa Co-produce learning briefings                   Substance Misuse Service        Not due yet\n"
      "\u25aa Update the route map                            Aug-32\n"
      "Run a summer audit of missing episodes so that    Harbour Trust & Team Manager,   At risk\n"
      "learning reaches the wards. The duty desk will    Children in Care\n"
      "present the evidence with the dataset             Jun-32\n"
      "\u25aa Co-produce the audit tracker                    Team Manager, Children in Care  Done\n"
      "\u25aa Update the annual audit conference              & Practice Review Panel\n"
      "                                                  Aug-32\n");
  REQUIRE(plan.tables.size() == 1);
  REQUIRE(plan.rows.size() >= 4);
  CHECK(plan.rows.back().progress == "Done");
}

}  // namespace
}  // namespace planrows
