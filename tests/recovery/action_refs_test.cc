// References printed at the start of the action cells of a table with no reference column.
#include "pipeline/recovery/action_refs.h"

#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a table whose actions start with references gives them as the rows' references") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Our pledge\tChampion\tTarget finish\n"
      "hv1: Open a drop-in at the harbour library\tOona Barraclough\tMay 2026\n"
      "hv2: Print a guide to the night bus\tTransport Desk\tJuly 2026\n"
      "hv3 \xe2\x80\x93 Audit the ferry crossings\tPiet Lanyon\tAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "hv1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[2].ref == "hv3");
  CHECK(plan.rows[2].action == "Audit the ferry crossings");
}

TEST_CASE("references as OCR reads them start actions: a glyph for a bullet, lookalikes, a dash run on") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Our pledge\tChampion\tTarget finish\n"
      "e 2.1a \xe2\x80\x94 Open a drop-in at the harbour library\tOona Barraclough\tMay 2026\n"
      "2.1\xc2\xa2 \xe2\x80\x94 Print a guide to the night bus\tTransport Desk\tJuly 2026\n"
      "3.la\xe2\x80\x94 Audit the ferry crossings\tPiet Lanyon\tAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "2.1a");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[1].ref == "2.1c");
  CHECK(plan.rows[2].ref == "3.1a");
  CHECK(plan.rows[2].action == "Audit the ferry crossings");
}

TEST_CASE("a prefix whose number OCR read as letters starts an action when a mark ends it") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Our pledge\tChampion\tTarget finish\n"
      "hvl: Open a drop-in at the harbour library\tOona Barraclough\tMay 2026\n"
      "hv2: Print a guide to the night bus\tTransport Desk\tJuly 2026\n"
      "hvl \xe2\x80\x93 Audit the ferry crossings\tPiet Lanyon\tAugust 2026\n"
      "All Agencies sign the ferry pledge\tPiet Lanyon\tAugust 2026\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "hv1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[2].ref == "hv1");
  CHECK(plan.rows[3].ref.empty());
  CHECK(plan.rows[3].action == "All Agencies sign the ferry pledge");
}

TEST_CASE("in a scan a prefix whose number OCR read as letters starts an action when other refs share its letters") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Our pledge"}, {300, "Champion"}, {450, "Target finish"}})
      .Line({{40, "hvl Open a drop-in at the harbour library"}, {300, "Oona Barraclough"}, {450, "May 2026"}}, true)
      .Line({{40, "hv2 Print a guide to the night bus"}, {300, "Transport Desk"}, {450, "July 2026"}}, true)
      .Line({{40, "hv3 Audit the ferry crossing logs"}, {300, "Piet Lanyon"}, {450, "August 2026"}}, true)
      .Line({{40, "hvll Open the ferry office on Sundays"}, {300, "Piet Lanyon"}, {450, "August 2026"}}, true)
      .Line({{40, "All Agencies sign the ferry pledge"}, {300, "Piet Lanyon"}, {450, "August 2026"}}, true);
  SECTION("read by OCR") {
    RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
    REQUIRE(plan.rows.size() == 5);
    CHECK(plan.rows[0].ref == "hv1");
    CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
    CHECK(plan.rows[1].ref == "hv2");
    CHECK(plan.rows[3].ref == "hv11");
    CHECK(plan.rows[3].action == "Open the ferry office on Sundays");
    CHECK(plan.rows[4].ref.empty());
    CHECK(plan.rows[4].action == "All Agencies sign the ferry pledge");
  }
  SECTION("born digital: no lookalikes") {
    RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
    REQUIRE(plan.rows.size() == 5);
    CHECK(plan.rows[0].ref.empty());
    CHECK(plan.rows[0].action == "hvl Open a drop-in at the harbour library");
  }
}

TEST_CASE("an action that starts with a number by chance keeps it") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Our pledge\tChampion\tTarget finish\n"
      "Year 6 Pupils visit the harbour lifeboat station\tOona Barraclough\tMay 2026\n"
      "Print a guide to the night bus\tTransport Desk\tJuly 2026\n"
      "Audit the ferry crossings\tPiet Lanyon\tAugust 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref.empty());
  CHECK(plan.rows[0].action == "Year 6 Pupils visit the harbour lifeboat station");
}

TEST_CASE("on a page without gaps between rows, each numbered action starts a row of its own") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Our pledge"}, {300, "Champion"}, {450, "Target finish"}})
      .Line({{40, "hv1 \xe2\x80\x93 Open a drop-in at the harbour"}, {300, "Oona Barraclough"}, {450, "May 2026"}})
      .Line({{40, "library every Saturday"}})
      .Line({{40, "hv2 \xe2\x80\x93 Print a guide to the night bus"}, {300, "Transport Desk"}, {450, "July 2026"}})
      .Line({{40, "hv3 \xe2\x80\x93 Audit the ferry crossing logs"}, {300, "Piet Lanyon"}, {450, "August 2026"}});
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "hv1");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library every Saturday");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("a table of one row whose action starts with a reference goes as the plan's other tables") {
  RecoveredPlan plan = RecoverPlanText(
      "Harbour Vale Partnership Plan 2026-27\n\n"
      "Our pledge\tChampion\tTarget finish\n"
      "hv1: Open a drop-in at the harbour library\tOona Barraclough\tMay 2026\n"
      "hv2: Print a guide to the night bus\tTransport Desk\tJuly 2026\n\n"
      "What we will do\tWho\tWhen\n"
      "hv3: Audit the ferry crossings\tPiet Lanyon\tAugust 2026\n");
  REQUIRE(plan.tables.size() == 2);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[2].ref == "hv3");
  CHECK(plan.rows[2].action == "Audit the ferry crossings");
}

}  // namespace
}  // namespace planrows
