// Headers whose headings name few known columns: a header only when the
// rows under it read as an action table, their columns given roles by
// what their cells hold.
#include <algorithm>

#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a positioned header of unknown headings is read when its rows bear it out") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Item no."}, {90, "Our pledge"}, {260, "Champion"}, {380, "Finish by"}, {460, "Position"}})
      .Line({{40, "KL1"}, {90, "Open a drop-in for young carers"}, {260, "Oona Barraclough"}, {380, "May 2026"},
             {460, "Amber"}})
      .Line({{90, "at the harbour library"}})
      .Line({{40, "KL2"}, {90, "Print a guide to the night bus"}, {260, "Transport Desk"}, {380, "July 2026"},
             {460, "Green"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "KL1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the harbour library");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[0].timeframe == "May 2026");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].lead == "Transport Desk");
}

TEST_CASE("a row whose action opens with a reference set apart by a colon is no header of the rows under it") {
  // "Objective B:" opens a theme's merged cell beside the first row, whose
  // short first lines could pass for headings.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Priority"}, {120, "What we are going to do"}, {300, "Led by whom"}, {400, "Target date"}})
      .Line({{40, "Objective A:"}, {120, "P1.1: Map the routes young carers"}, {300, "Carers Lead"},
             {400, "Q1 2026/27"}},
            true)
      .Line({{40, "Young carers"}, {120, "take to school"}})
      .Line({{120, "P1.2: Open a drop-in at the library"}, {300, "Library Team"}, {400, "Q2 2026/27"}}, true)
      .Line({{40, "Objective B:"}, {120, "P2.1: Agree the transitions"}, {300, "Lachlan"}}, true)
      .Line({{40, "Transition"}, {120, "protocol with the colleges"}, {300, "Fothergill"}})
      .Line({{120, "P2.2: Audit the care leavers' offer"}, {300, "Leaving Care"}, {400, "Q4 2026/27"}}, true)
      .Line({{120, "with the young people"}, {300, "Team"}})
      .Line({{120, "P2.3: Review the housing protocol"}, {300, "Housing Lead"}, {400, "Q3 2026/27"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 5);
  CHECK(plan.rows[2].ref == "P2.1");
  CHECK(plan.rows[2].lead == "Lachlan Fothergill");
  CHECK(plan.rows[3].ref == "P2.2");
  CHECK(plan.rows[3].lead == "Leaving Care Team");
  CHECK(plan.rows[3].timeframe == "Q4 2026/27");
  CHECK(plan.rows[4].timeframe == "Q3 2026/27");
}

TEST_CASE("a header of two headings that both tell their columns is read over refs printed unheaded") {
  PageBuilder pages;
  pages.Page()
      .Line({{90, "What the crews will do"}, {380, "Who / when"}})
      .Line({{40, "LB1"}, {90, "Repaint the lifeboat station"}, {380, "Station Office"}}, true)
      .Line({{90, "before the winter storms"}, {380, "Q3 2026/27"}})
      .Line({{40, "LB2"}, {90, "Train two new coxswains"}, {380, "M Pascoe"}}, true)
      .Line({{380, "Q4 2026/27"}})
      .Line({{40, "LB3"}, {90, "Record every launch in the log"}, {380, "Ongoing"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "LB1");
  CHECK(plan.rows[0].action == "Repaint the lifeboat station before the winter storms");
  CHECK(plan.rows[0].lead == "Station Office");
  CHECK(plan.rows[1].timeframe == "Q4 2026/27");
  CHECK(plan.rows[2].timeframe == "Ongoing");
}

TEST_CASE("a row's line of two cells whose words tell columns is no header of its own") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Code"}, {90, "Intervention"}, {380, "Led by / when"}})
      .Line({{40, "LB1"}, {90, "Repaint the lifeboat station"}, {380, "Station Office"}}, true)
      .Line({{90, "before the winter storms"}, {380, "31/03/2027"}})
      .Line({{40, "LB2"}, {90, "Train two new coxswains"}, {380, "M Pascoe and"}}, true)
      .Line({{90, "\u25aa Agree the actions with crews"}, {380, "Lead Officer for Harbours"}})
      .Line({{380, "30/06/2027"}})
      .Line({{40, "LB3"}, {90, "Record every launch in the log"}, {380, "Crew Office"}}, true)
      .Line({{380, "Ongoing"}})
      .Line({{40, "LB4"}, {90, "Paint the slipway markings"}, {380, "Harbour Master"}}, true)
      .Line({{380, "31/12/2027"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].ref == "LB2");
  CHECK(plan.rows[1].lead == "M Pascoe and Lead Officer for Harbours");
  CHECK(plan.rows[1].timeframe == "30/06/2027");
}

TEST_CASE("a heading's words stay one heading where OCR boxes a short word at its x-height") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Item no."}, {90, "Steps we will take"}, {260, "Champion"}, {380, "Finish by"}, {460, "Position"}})
      .Line({{40, "KL1"}, {90, "Open a drop-in for young carers"}, {260, "Oona Barraclough"}, {380, "May 2026"},
             {460, "Amber"}})
      .Line({{40, "KL2"}, {90, "Print a guide to the night bus"}, {260, "Transport Desk"}, {380, "July 2026"},
             {460, "Green"}});
  DocumentText document = pages.document();
  // "we" has no tall letter: its box is the x-height, and the word space
  // before it wider than half of that.
  Word& we = document.pages[0].lines[0].segments[1].words[1];
  REQUIRE(we.text == "we");
  we.box.y0 = we.box.y1 - 4;
  RecoveredPlan plan = Recover(document);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("a row of short headings over rows that are no action table is no header") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Member"}, {200, "Post"}, {360, "Agency"}})
      .Line({{40, "Oona Barraclough"}, {200, "Chair"}, {360, "Independent"}})
      .Line({{40, "Piet Lanyon"}, {200, "Head of Service"}, {360, "Harbour Council"}});
  CHECK(Recover(pages.document()).rows.empty());
}

TEST_CASE("a tab header of unknown headings is read when its rows bear it out") {
  RecoveredPlan plan = RecoverPlanText(
      "Item no.\tOur pledge\tChampion\tFinish by\tPosition\n"
      "KL1\tOpen a drop-in for young carers at the harbour library\tOona Barraclough\tMay 2026\tAmber\n"
      "KL2\tPrint a guide to the night bus for care leavers\tTransport Desk\tJuly 2026\tGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("a narrow grid's rows of two cells, their status still empty, bear out its header") {
  RecoveredPlan plan = RecoverPlanText(
      "| Our pledge | Champion and finish | Position |\n"
      "|---|---|---|\n"
      "| Open a drop-in for young carers at the harbour library | Oona Barraclough - May 2026 | |\n"
      "| Print a guide to the night bus for care leavers | Transport Desk - July 2026 | |\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].timeframe == "July 2026");
}

TEST_CASE("a spaced header of unknown names is cut at its capitals into as many names as its rows have cells") {
  RecoveredPlan plan = RecoverPlanText(
      "Item no. Our pledge Champion Finish by Position\n"
      "KL1\nOpen a drop-in for young carers at the harbour library\nOona Barraclough\nMay 2026\nAmber\n"
      "KL2\nPrint a guide to the night bus for care leavers\nTransport Desk\nJuly 2026\nGreen\n"
      "KL3\nRun a summer audit of missing-episode records\nPiet Lanyon\nAugust 2026\n\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the harbour library");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].progress == "Green");
  CHECK(plan.rows[2].timeframe == "August 2026");
  CHECK(plan.rows[2].progress.empty());
}

TEST_CASE("a slash header's parts are joined to as many names as its rows have cells; the column of most names leads") {
  RecoveredPlan plan = RecoverPlanText(
      "Line / Our pledge / Evidence / indicators / Stages / Champion / Finish by\n"
      "hb1 / Open a drop-in for young carers / Visits logged / Draft by May Final by June / Oona Barraclough "
      "/ May 2026\n"
      "hb2 / Print a guide to the night bus / Guides handed out / Draft by July / Transport Desk / July 2026\n"
      "hb3 / Run a summer audit / Audit report / Plan by August / Piet Lanyon / August 2026\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "HB1");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].lead == "Transport Desk");
  CHECK(plan.rows[2].timeframe == "August 2026");
}

TEST_CASE("a bold header whose narrow first heading wraps down to a full stop alone ends after it") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "It"}, {70, "Our pledge"}, {260, "Champion"}, {380, "Finish"}, {460, "Position"}}).Bold()
      .Line({{40, "em"}, {380, "by"}}).Bold()
      .Line({{40, "no"}}).Bold()
      .Line({{40, "."}}).Bold()
      .Line({{40, "1"}, {70, "Open a drop-in for young carers"}, {260, "Oona Barraclough"}, {380, "May 2026"},
             {460, "Amber"}})
      .Line({{40, "2"}, {70, "Print a guide to the night bus"}, {260, "Transport Desk"}, {380, "July 2026"},
             {460, "Green"}})
      .Line({{40, "3"}, {70, "Audit the ferry crossing logs"}, {260, "Piet Lanyon"}, {380, "August 2026"},
             {460, "Red"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[2].progress == "Red");
}

TEST_CASE("a row's line of short cells in body type right under its row starts no header") {
  PageBuilder pages;
  pages.Page()
      .Line({{47, "Tag"}, {86, "Work to be undertaken"}, {406, "Steward"}, {525, "Finish"}, {575, "Status"},
             {683, "Indicator"}}).Bold()
      .Line({{47, "C1"}, {98, "Open a drop-in for young carers"}, {406, "Carers Lead &"}, {525, "May 2026"},
             {575, "Amber"}, {695, "Half of carers visit"}}, true)
      .Line({{98, "Review the tasks of boat clubs"}, {406, "Safety Officer"}, {695, "Evidence from the"}})
      .Line({{695, "Harbour Log"}})
      .Line({{47, "C2"}, {86, "Print a guide to the night bus for riders"}, {406, "Transport Desk"}, {525, "July"},
             {575, "Green"}, {683, "Most riders know the guide"}}, true)
      .Line({{525, "2026"}})
      .Line({{47, "C3"}, {86, "Audit the ferry crossing logs and tell the Board"}, {406, "Piet Lanyon"},
             {525, "Ongoing"}, {575, "Green"}, {683, "Every log is checked by"}}, true)
      .Line({{86, "Wardens will share what they find with the crews"}, {406, "& Ferry Crew"}, {683, "the wardens"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Carers Lead & Safety Officer");
  CHECK(plan.rows[2].lead == "Piet Lanyon & Ferry Crew");
  CHECK(plan.rows[2].timeframe == "Ongoing");
  CHECK(plan.rows[2].progress == "Green");
}

TEST_CASE("a row of short cells whose first opens on an action's verb is no header of the rows under it") {
  // Vertically centred, the second row's first lines stand above its
  // reference, under a section heading: "Officer" and "report" tell columns
  // by their words, but "Embed the ..." says what is to be done.
  PageBuilder pages;
  pages.Page()
      .Line({{86, "Why we are doing this"}, {246, "Work to be undertaken"}, {465, "Sponsor"}, {566, "Timeline"},
             {640, "Indicators of success"}})
      .Line({{246, "Map the routes young carers take"}, {465, "Carers Lead"}, {640, "Routes mapped by"}})
      .Line({{43, "1.1"}, {86, "Carers get to school safely"}, {566, "May-31"}, {640, "the spring"}})
      .Line({{43, "2. Young carers are known"}})
      .Line({{465, "Quality Assurance"}})
      .Line({{246, "Embed the carers' protocol using"}, {465, "Officer"}, {504, "Case"},
             {640, "Evaluation report received by"}})
      .Line({{43, "2.1"}, {566, "Oct-31"}})
      .Line({{246, "the school census"}, {465, "Review Group"}, {640, "the Executive"}})
      .Line({{86, "Every school knows its carers"}})
      .Line({{246, "Pilot a drop-in at the library"}, {465, "Library Team"}, {640, "Survey finds"}})
      .Line({{43, "2.2"}, {566, "Feb-32"}, {640, "the drop-in used"}});
  RecoveredPlan plan = Recover(pages.document());
  CHECK(plan.tables.size() == 1);
  auto timeframe_of = [&plan](const std::string& ref) {
    auto row = std::find_if(plan.rows.begin(), plan.rows.end(), [&ref](const auto& r) { return r.ref == ref; });
    return row == plan.rows.end() ? std::string("missing") : row->timeframe;
  };
  CHECK(timeframe_of("2.1") == "Oct-31");
  CHECK(timeframe_of("2.2") == "Feb-32");
}

}  // namespace
}  // namespace planrows
