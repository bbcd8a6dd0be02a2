// Section headings met inside a positioned table: where they end rows, and
// which lines that read like headings are only wrapped lines of a cell.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("in a ruled table a reference printed with its dot over its last part is one reference") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "No."}, {80, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{80, "Light the underpass and"}, {300, "Highways"}}).RuledAbove()
      .Line({{40, "K4."}, {80, "the footbridge"}, {420, "May 2031"}})
      .Line({{40, "1"}, {80, "before the winter"}})
      .Line({{80, "Open a youth club"}, {300, "Youth Service"}}).RuledAbove()
      .Line({{40, "K4."}, {80, "in the old library"}, {420, "June 2031"}})
      .Line({{40, "2"}, {80, "by the park"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "K4.1");
  CHECK(plan.rows[0].action == "Light the underpass and the footbridge before the winter");
  CHECK(plan.rows[1].ref == "K4.2");
}

TEST_CASE("a section heading ends the row in progress where the next section's row is numbered late") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{40, "1.1"}, {80, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}}).RuledAbove()
      .Page()
      .Line({{40, "Theme 2 - Young people out at night"}}, true).AsHeading()
      .Line({{40, "Ref"}, {80, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{80, "Open a youth club"}, {300, "Youth Service"}, {420, "End of"}}).RuledAbove()
      .Line({{40, "2.1"}, {80, "in the old library"}, {420, "June 2031"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the underpass");
  CHECK(plan.rows[0].timeframe == "May 2031");
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].action == "Open a youth club in the old library");
  CHECK(plan.rows[1].timeframe == "End of June 2031");
}

TEST_CASE("a cell's wrapped line that names a section label is no heading") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{40, "1.1"}, {80, "Run the yearly"}, {300, "Board"}, {420, "May 2031"}}).RuledAbove()
      .Line({{80, "Section 11 Audit"}})
      .Line({{80, "with every school"}})
      .Line({{40, "1.2"}, {80, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}}).RuledAbove();
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Run the yearly Section 11 Audit with every school");
  CHECK(plan.rows[1].section.empty());
}

TEST_CASE("a section label's title in the heading line's next cell is its title, not the next row's first line") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{40, "Theme Two"}, {150, "Young people out at night"}}).RuledAbove()
      .Line({{80, "Open a youth club in the old"}}).RuledAbove()
      .Line({{40, "B1"}, {300, "Youth Service"}, {420, "June 2031"}})
      .Line({{80, "library"}})
      .Line({{40, "B2"}, {80, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}}).RuledAbove();
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "B1");
  CHECK(plan.rows[0].action == "Open a youth club in the old library");
  CHECK(plan.rows[0].section.find("Young people out at night") != std::string::npos);
}

TEST_CASE("on a scanned page a bold row of a number and a title with its dot dropped heads a section") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action ref"}, {100, "Outcome for children"}, {300, "Steps to take"}, {580, "Person responsible"},
             {700, "Target end date"}}).RuledAbove().Bold()
      .Line({{40, "1 Early help that works"}}).RuledAbove().Bold()
      .Line({{40, "1"}, {100, "Step-down is safe"}, {300, "Audit step-down arrangements"}, {580, "Lead Nurse"},
             {700, "Jun-14"}}).RuledAbove()
      .Line({{40, "2"}, {100, "Families find early help"}, {300, "Map an early help dashboard"},
             {580, "Family Hubs"}, {700, "Dec-15"}}).RuledAbove()
      .Line({{40, "2 Listening to children"}}).RuledAbove().Bold()
      .Line({{40, "1"}, {100, "Children are heard"}, {300, "Agree the children's survey"}, {580, "R Chaudhry"},
             {700, "Ongoing"}}).RuledAbove();
  RecoveredPlan plan = Recover(pages.scanned());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Audit step-down arrangements");
  CHECK(plan.rows[0].section.find("Early help that works") != std::string::npos);
  CHECK(plan.rows[2].action == "Agree the children's survey");
  CHECK(plan.rows[2].section.find("Listening to children") != std::string::npos);
}

}  // namespace
}  // namespace planrows
