// Running text on positioned pages: headers and footers repeated at a
// page's edge are dropped, and lines that only happen to read alike, or a
// table's header repeated atop each page, are kept.
#include <algorithm>

#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("running headers and page numbers do not break a table across pages") {
  PageBuilder pages;
  pages.Page()
      .Line({{300, "Board Plan 2015 - 2017"}}, false, 30)
      .Line({{40, "Ref"}, {70, "Action"}, {390, "Lead"}})
      .Line({{40, "1.1"}, {70, "Carry out an audit of"}, {390, "M Evans"}})
      .Line({{280, "Page 1 of 2"}}, false, 800);
  pages.Page()
      .Line({{300, "Board Plan 2015 - 2017"}}, false, 30)
      .Line({{70, "thresholds"}})
      .Line({{40, "1.2"}, {70, "Publish a newsletter"}, {390, "C Gill"}})
      .Line({{280, "Page 2 of 2"}}, false, 800);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Carry out an audit of thresholds");
  CHECK(plan.rows[0].lead == "M Evans");
  CHECK(std::find(plan.rows[0].flags.begin(), plan.rows[0].flags.end(), "joined-page-break") !=
        plan.rows[0].flags.end());
  CHECK(plan.rows[1].where.page == 2);
}

TEST_CASE("a line that falls in the top band of each page under the page's own text is no running header") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {390, "Lead"}}, false, 20)
      .Line({{40, "1.1"}, {70, "Carry out an audit"}, {390, "M Evans"}}, false, 34)
      .Line({{70, "and report in Q1"}}, false, 46)
      .Line({{40, "1.2"}, {70, "Publish a newsletter"}, {390, "C Gill"}});
  pages.Page()
      .Line({{40, "1.3"}, {70, "Train the duty desk"}, {390, "T Okonjo"}}, false, 34)
      .Line({{70, "and report in Q3"}}, false, 46);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Carry out an audit and report in Q1");
  CHECK(plan.rows[2].action == "Train the duty desk and report in Q3");
}

TEST_CASE("a cell's line at the foot of one page that reads as a line atop the next is no running text") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {390, "Lead"}})
      .Line({{40, "1.1"}, {70, "Light the towpath with new"}, {390, "M Evans"}}, false, 770)
      .Line({{70, "lanterns"}}, false, 782)
      .Line({{40, "1.2"}, {70, "Hang signs at the two"}, {390, "C Gill"}}, false, 800);
  pages.Page()
      .Line({{70, "lanterns"}}, false, 40)
      .Line({{40, "1.3"}, {70, "Train the duty desk"}, {390, "T Okonjo"}}, false, 60);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Light the towpath with new lanterns");
  CHECK(plan.rows[1].action == "Hang signs at the two lanterns");
}

TEST_CASE("a header wrapped anew atop each page, only its last line the same, is kept, not dropped as running text") {
  // "When will it be done?" wraps over three lines on one page and two on
  // the next; its last line, ending in a status word, repeats word for word.
  const std::vector<std::pair<double, std::string>> last_line = {
      {40, "Row"}, {70, "Description of work"}, {230, "Who will lead?"}, {330, "done?"}, {400, "review"}};
  PageBuilder pages;
  pages.Page()
      .Line({{330, "When will"}}, false, 30)
      .Line({{330, "it be"}, {400, "Status at"}}, false, 42)
      .Line(last_line, false, 54)
      .Line({{40, "1.1"}, {70, "Open the youth hub"}, {230, "K Marsh"}, {330, "May 2027"}, {400, "Green"}}, true, 80)
      .Line({{40, "1.2"}, {70, "Train the hub staff"}, {230, "Hub Manager"}, {330, "June 2027"}, {400, "Amber"}},
            true, 104);
  pages.Page()
      .Line({{330, "When"}, {400, "Status at"}}, false, 30)
      .Line({{330, "will it be"}}, false, 42)
      .Line(last_line, false, 54)
      .Line({{40, "1.3"}, {70, "Review the hub rota"}, {230, "Youth Service"}, {330, "July 2027"}, {400, "Red"}},
            true, 80);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "Hub Manager");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[1].progress == "Amber");
  CHECK(plan.rows[2].action == "Review the hub rota");
  CHECK(plan.rows[2].timeframe == "July 2027");
}

TEST_CASE("a line in lower case close under a page's last text, though it ends two pages alike, is no footer") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {390, "Lead"}})
      .Line({{40, "1.1"}, {70, "Light the towpath and"}, {390, "M Evans"}}, false, 778)
      .Line({{70, "report back"}}, false, 790)
      .Line({{280, "Page 1 of 2"}}, true, 815);
  pages.Page()
      .Line({{40, "1.2"}, {70, "Hang signs at the lock and"}, {390, "C Gill"}}, false, 778)
      .Line({{70, "report back"}}, false, 790)
      .Line({{280, "Page 2 of 2"}}, true, 815);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the towpath and report back");
  CHECK(plan.rows[1].action == "Hang signs at the lock and report back");
}

}  // namespace
}  // namespace planrows
