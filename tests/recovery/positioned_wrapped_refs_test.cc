// References that a narrow column wrapped on positioned pages (PDF text
// layers, OCR): capitals over their number, letter by letter, a letter or
// last digit under the reference, in unruled and ruled tables.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a reference's letter that a narrow column wrapped onto the row's second line completes it") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "Our pledge"}, {300, "Champion"}, {450, "Target finish"}})
      .Line({{40, "4.1"}, {80, "Open a drop-in at the harbour"}, {300, "Oona Barraclough"}, {450, "May 2026"}}, true)
      .Line({{40, "a"}, {80, "library every Saturday"}})
      .Line({{40, "4.1"}, {80, "Print a guide to the night bus"}, {300, "Transport Desk"}, {450, "July 2026"}}, true)
      .Line({{40, "b"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "4.1a");
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library every Saturday");
  CHECK(plan.rows[1].ref == "4.1b");
}

TEST_CASE("a reference wrapped over two lines of a narrow column without a heading is one reference") {
  // Rows of an unruled Word table stand without gaps: the letters start a row.
  PageBuilder pages;
  pages.Page()
      .Line({{70, "What we will do"}, {300, "Owner"}, {420, "When"}})
      .Line({{40, "KW"}, {70, "Map the places young people meet"}, {300, "Youth Service"}, {420, "Autumn 2031"}}, true)
      .Line({{40, "1"}, {70, "after dark"}})
      .Line({{40, "KW"}, {70, "Train taxi drivers to spot"}, {300, "Licensing Team"}, {420, "March 2032"}})
      .Line({{40, "2"}, {70, "exploitation"}})
      .Line({{40, "KW"}, {70, "Share intelligence weekly"}, {300, "Police"}, {420, "Ongoing"}})
      .Line({{40, "3"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "KW 1");
  CHECK(plan.rows[0].action == "Map the places young people meet after dark");
  CHECK(plan.rows[2].ref == "KW 3");
}

// Rows of an unruled table whose narrow first column broke each reference
// letter by letter ("Y" over `second` over "1"), below the header's `lines`.
PageBuilder LetterByLetterRefs(const std::vector<std::vector<std::pair<double, std::string>>>& header,
                               const std::string& second = "V") {
  PageBuilder pages;
  pages.Page();
  for (const auto& line : header) pages.Line(line, true);
  pages.Line({{40, "Y"}, {70, "Map the places young people"}, {300, "Youth Service"}, {420, "Autumn 2031"}}, true)
      .Line({{40, second}, {70, "meet after dark in the"}})
      .Line({{40, "1"}, {70, "town centre"}})
      .Line({{40, "Y"}, {70, "Train taxi drivers to spot"}, {300, "Licensing Team"}, {420, "March 2032"}}, true)
      .Line({{40, second}, {70, "exploitation on the"}})
      .Line({{40, "2"}, {70, "night routes"}})
      .Line({{40, "Y"}, {70, "Share intelligence weekly"}, {300, "Police"}, {420, "Ongoing"}}, true)
      .Line({{40, second}, {70, "with the schools"}})
      .Line({{40, "3"}, {70, "and colleges"}});
  return pages;
}

TEST_CASE("a reference a narrow column broke letter by letter is one reference, under a blank heading") {
  PageBuilder pages = LetterByLetterRefs({{{70, "What we will do"}, {300, "Owner"}, {420, "When"}}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YV 1");
  CHECK(plan.rows[0].action == "Map the places young people meet after dark in the town centre");
  CHECK(plan.rows[1].ref == "YV 2");
  CHECK(plan.rows[2].ref == "YV 3");
  CHECK(plan.rows[2].lead == "Police");
}

TEST_CASE("a reference broken letter by letter is one reference where OCR read a letter twice") {
  PageBuilder pages = LetterByLetterRefs({{{70, "What we will do"}, {300, "Owner"}, {420, "When"}}}, "Yy");
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "YY 1");
  CHECK(plan.rows[2].ref == "YY 3");
  CHECK(plan.rows[2].lead == "Police");
}

TEST_CASE("a lower-case reference wrapped in a narrow column starts a row where it goes on the row's prefix") {
  PageBuilder pages;
  pages.Page()
      .Line({{70, "What we will do"}, {300, "Owner"}, {420, "When"}})
      .Line({{40, "kw"}, {70, "Map the places young people meet"}, {300, "Youth Service"}, {420, "Autumn 2031"}}, true)
      .Line({{40, "1"}, {70, "after dark"}})
      .Line({{40, "kw"}, {70, "Train taxi drivers to spot"}, {300, "Licensing Team"}, {420, "March 2032"}})
      .Line({{40, "2"}, {70, "exploitation"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Map the places young people meet after dark");
  CHECK(plan.rows[1].lead == "Licensing Team");
}

TEST_CASE("references of two words under a blank heading make the reference column") {
  PageBuilder pages;
  pages.Page()
      .Line({{90, "Aim"}, {250, "Steps"}, {400, "Owner / date"}})
      .Line({{40, "NW 1"}, {90, "Night workers know"}, {250, "Print pocket cards"}, {400, "Transport Lead"}}, true)
      .Line({{40, "NW 2"}, {90, "Night workers know"}, {250, "Brief taxi firms"}, {400, "Licensing Team"}}, true)
      .Line({{40, "NW 3"}, {90, "Hotels report"}, {250, "Visit every hotel"}, {400, "Police"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "NW 1");
  CHECK(plan.rows[0].outcome == "Night workers know");
  CHECK(plan.rows[2].action == "Visit every hotel");
}

TEST_CASE("a dotted reference wrapped after its dot goes on on the row's next line") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "No"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}})
      .Line({{40, "2."}, {70, "Map the places young people"}, {300, "Youth Service"}, {420, "Autumn 2031"}}, true)
      .Line({{40, "1"}, {70, "meet after dark"}})
      .Line({{40, "2."}, {70, "Train taxi drivers to spot"}, {300, "Licensing Team"}, {420, "March 2032"}}, true)
      .Line({{40, "2"}, {70, "exploitation"}})
      .Line({{40, "3."}, {70, "Share intelligence weekly"}, {300, "Police"}, {420, "Ongoing"}}, true)
      .Line({{40, "4."}, {70, "Review the plan"}, {300, "Board Manager"}, {420, "Ongoing"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "2.1");
  CHECK(plan.rows[0].action == "Map the places young people meet after dark");
  CHECK(plan.rows[1].ref == "2.2");
  CHECK(plan.rows[2].ref == "3");  // Parted from the row above by a gap: a row of its own.
}

TEST_CASE("in a ruled table a reference's capitals and number wrapped in the middle of its row are one") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{70, "Light the underpass and the"}, {300, "Highways"}}).RuledAbove()
      .Line({{40, "ST"}, {70, "footbridge by the station"}, {420, "May 2031"}})
      .Line({{40, "1"}, {70, "before the winter"}})
      .Line({{70, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}}).RuledAbove()
      .Line({{40, "ST"}, {70, "in the old library"}})
      .Line({{40, "2"}, {70, "on Saturdays"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "ST 1");
  CHECK(plan.rows[0].action == "Light the underpass and the footbridge by the station before the winter");
  CHECK(plan.rows[1].ref == "ST 2");
}

TEST_CASE("in a ruled table a reference's last digit wrapped under it is the reference's") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{40, "ST9"}, {70, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}}).RuledAbove()
      .Line({{40, "ST1"}, {70, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}}).RuledAbove()
      .Line({{40, "0"}, {70, "in the old library"}})
      .Line({{40, "ST1"}, {70, "Paint the bus shelter"}, {300, "Parks"}, {420, "July 2031"}}).RuledAbove()
      .Line({{40, "1"}, {70, "by the park"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "ST10");
  CHECK(plan.rows[1].action == "Open a youth club in the old library");
  CHECK(plan.rows[2].ref == "ST11");
}

}  // namespace
}  // namespace planrows
