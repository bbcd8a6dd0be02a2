// Narrative plans, their actions a list: bulleted, as OCR reads a scan of
// one (bullets read as stray glyphs, or not read at all), or plain.
#include <catch2/catch.hpp>

#include "tests/recovery/scan_fixture.h"

namespace planrows {
namespace {

TEST_CASE("bullets that OCR read as glyphs, or lost, still part the items of a narrative list") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "Priority 2 - Young carers"}}, true)
      .Line({{43, "What we will do"}}, true)
      .Line({{55, "Open a respite hub for young carers. Lead: Carers Lead. Timescale: May 2027."}}, true)
      .Line({{45, "e"}, {55, "Train hub staff in safe recruitment. Lead: K Marsh."}})
      .Line({{55, "Timescale: June 2027."}})
      .Line({{45, "\u00ab Publish a guide for young carers. Lead: Hub Manager. Timescale: July 2027."}})
      .Line({{55, "Review the respite offer with families. Timescale: August 2027."}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Open a respite hub for young carers");
  CHECK(plan.rows[1].lead == "K Marsh");
  CHECK(plan.rows[1].timeframe == "June 2027");
  CHECK(plan.rows[2].action == "Publish a guide for young carers");
  CHECK(plan.rows[3].action == "Review the respite offer with families");
  CHECK(plan.rows[3].timeframe == "August 2027");
}

TEST_CASE("bullets under a plain item that ends with a colon are its sub-items; one left of its text is not") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "What we will do"}}, true)
      .Line({{55, "Widen the short breaks offer to:"}}, true)
      .Line({{55, "- Children with a disability"}})
      .Line({{55, "- Young carers"}})
      .Line({{45, "- Open a hub in the north"}})
      .Line({{60, "- Staffed by the county"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Widen the short breaks offer to: Children with a disability; Young carers");
  CHECK(plan.rows[1].action == "Open a hub in the north; Staffed by the county");
}

TEST_CASE("a plain list's item goes on past a full line that ends a sentence, and past a page break") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "What we will do"}}, true)
      .Line({{55, "Open a respite hub for young carers in every town of the county, with staff trained."}}, true)
      .Line({{55, "Families will help to choose the sites. Lead: Carers Lead. Timescale: May 2027."}})
      .Line({{55, "Train hub staff. Lead: K Marsh. Timescale: June 2027."}});
  pages.Page()
      .Line({{55, "Publish a guide for young carers. Lead: Hub Manager. Timescale: July 2027."}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[1].lead == "K Marsh");
  CHECK(plan.rows[2].timeframe == "July 2027");
}

TEST_CASE("a plain list's item goes on past a line that ends inside its bracketed lead") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "What we will do"}}, true)
      .Line({{55, "Open a respite hub for young carers (Lead: T."}}, true)
      .Line({{55, "Penhallow and R. Quint; by May 2027)"}})
      .Line({{55, "Train hub staff in safe recruitment (Lead: K Marsh; by June 2027)"}});
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "T. Penhallow and R. Quint");
  CHECK(plan.rows[0].timeframe == "May 2027");
  CHECK(plan.rows[1].lead == "K Marsh");
}

TEST_CASE("a plain list's item goes on past a line that ends on its lead's initial") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "What we will do"}}, true)
      .Line({{55, "Open a respite hub for young carers with the county's carers trust. Lead: T."}}, true)
      .Line({{55, "Penhallow & Carers Forum. Timescale: May 2027."}})
      .Line({{55, "Train hub staff in safe recruitment. Lead: K Marsh. Timescale: June 2027."}});
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "T. Penhallow & Carers Forum");
  CHECK(plan.rows[0].timeframe == "May 2027");
  CHECK(plan.rows[1].lead == "K Marsh");
}

TEST_CASE("on a printed page a plain list's item ends without a stop where its line ends short") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "What we will do"}}, true)
      .Line({{55, "Open a respite hub for young carers in every market town of the county with"}}, true)
      .Line({{55, "Carers Trust volunteers (Lead: Carers Lead; by May 2027)"}})
      .Line({{55, "Give young carers a card that schools and pharmacies know"}})
      .Line({{55, "Train hub staff in safe recruitment (Lead: K Marsh; by June 2027)"}});
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Lead");
  CHECK(plan.rows[1].action == "Give young carers a card that schools and pharmacies know");
  CHECK(plan.rows[2].lead == "K Marsh");
}

}  // namespace
}  // namespace planrows
