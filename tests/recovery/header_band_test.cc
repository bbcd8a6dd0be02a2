// Header bands of positioned pages: headings wrapped, cut or spread over
// lines, and the lines that are not the header's.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a section's title right under the header is not a line of the header") {
  PageBuilder pages;
  pages.Page()
      .Line({{90, "Steps"}, {300, "Owner"}, {420, "Progress"}})
      .Line({{40, "Objective A. Quiet streets"}})
      .Line({{40, "1.1"}, {90, "Fit better lighting in parks"}, {300, "Parks Team"}, {420, "Green"}}, true)
      .Line({{40, "1.2"}, {90, "Patrol the bus station"}, {300, "Police"}, {420, "Amber"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Fit better lighting in parks");
  CHECK(plan.rows[1].progress == "Amber");
}

TEST_CASE("a wrapped heading set left of its cells is one column though its last word stands over them") {
  // "do" stands over the actions' first words, "to" over none.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref What we are going"}})
      .Line({{40, "#"}, {60, "to do"}, {300, "Owner"}, {420, "When"}})
      .Line({{40, "KR"}, {73, "Light the harbour"}, {300, "Harbour Trust"}, {420, "May 2031"}}, true)
      .Line({{40, "1"}, {73, "steps"}})
      .Line({{40, "KR"}, {73, "Paint the slipway"}, {300, "Boat Club"}, {420, "June 2031"}}, true)
      .Line({{40, "2"}, {73, "and mark the"}}).Line({{73, "edges in white"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  REQUIRE(plan.tables[0].columns.size() == 4);
  CHECK(plan.tables[0].columns[1].heading.find("to do") != std::string::npos);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Paint the slipway and mark the edges in white");
}

TEST_CASE("a heading word that a narrow column cut over two lines is one word") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "Compl"}})
      .Line({{420, "etion by"}})
      .Line({{40, "1.1"}, {70, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}}, true)
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns.back().heading == "Completion by");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].timeframe == "June 2031");
}

TEST_CASE("a heading's word in lower case after a wide gap goes on with the heading") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Workplan activity"}, {300, "Lead officer    body"}, {420, "Target month"}, {500, "Stages"}})
      .Line({{40, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}, {500, "Survey by April"}}, true)
      .Line({{40, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}, {500, "Lease by May"}}, true)
      .Line({{40, "Paint the bus shelter"}, {300, "Parks"}, {420, "July 2031"}, {500, "Quote by June"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns[1].heading.find("body") != std::string::npos);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "Youth Service");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("a header printed again further on heads its table's first part though that holds one row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Area of focus"}, {120, "Item"}, {170, "Work to be undertaken"}, {380, "Person / agency"},
             {480, "Target"}})
      .Line({{120, "no."}, {380, "responsible"}, {480, "completion"}})
      .Line({{40, "Canal"}, {120, "C1.1"}, {170, "Light the canal towpath with the"}, {480, "Jun-27"}}, true)
      .Line({{40, "paths"}, {170, "boat club"}})
      .Line({{40, "Area of focus"}, {120, "Item"}, {170, "Work to be undertaken"}, {380, "Person / agency"},
             {480, "Target"}}, true)
      .Line({{120, "no."}, {380, "responsible"}, {480, "completion"}})
      .Line({{40, "Moors"}, {120, "M2.1"}, {170, "Map the moorings"}, {380, "Boat Club"}, {480, "Dec-27"}}, true)
      .Line({{120, "M2.2"}, {170, "Train the lock keepers"}, {380, "Harbour Master"}, {480, "Sep-27"}}, true)
      .Line({{120, "M2.3"}, {170, "Dredge the basin"}, {380, "Canal Trust"}, {480, "Oct-27"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "C1.1");
  CHECK(plan.rows[0].action == "Light the canal towpath with the boat club");
  CHECK(plan.rows[0].timeframe == "Jun-27");
}

TEST_CASE("a heading cut where OCR dropped its slash heads one column when a cell runs across the cut") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Contact"}, {345, "team"}, {420, "When"}})
      .Line({{40, "1.1"}, {70, "Mend the play area fence"}, {300, "Youth Justice Team"}, {420, "May 2031"}}, true)
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "Police"}, {420, "June 2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns.size() == 4);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Youth Justice Team");
}

TEST_CASE("two names OCR parted where it dropped a slash are one heading where together they name one column") {
  // "date" names the timeframe, but after "Lead" it is the "Lead / date" column's.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {330, "date"}, {440, "Progress"}})
      .Line({{40, "1.1"}, {70, "Mend the play area fence"}, {300, "Police"}, {440, "Green"}}, true)
      .Line({{300, "May 2031"}})
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "NHS"}, {440, "Amber"}}, true)
      .Line({{300, "June 2031"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns.size() == 4);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Police");
  CHECK(plan.rows[0].timeframe == "May 2031");
  CHECK(plan.rows[1].timeframe == "June 2031");
}

TEST_CASE("two headings OCR parted where it dropped a slash are one where read with it they name both") {
  // "Lead officer / target date" names a lead and its date; parted, its
  // halves name the lead and the timeframe, as two columns would.
  PageBuilder pages;
  pages.Page()
      .Line({{460, "RAG"}})
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead officer"}, {370, "target date"}, {460, "status"}})
      .Line({{40, "1.1"}, {70, "Mend the play area fence"}, {300, "Police"}, {460, "Green"}}, true)
      .Line({{300, "May 2031"}})
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "Youth Service"}, {460, "Amber"}}, true)
      .Line({{300, "June 2031"}});
  RecoveredPlan plan = Recover(pages.scanned());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns.size() == 4);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Police");
  CHECK(plan.rows[0].timeframe == "May 2031");
  CHECK(plan.rows[1].lead == "Youth Service");
}

TEST_CASE("a heading whose words OCR set apart beside a joining word is one heading") {
  // "Milestones" over "and  dates": OCR left a wide gap after "and".
  PageBuilder pages;
  pages.Page()
      .Line({{300, "Milestones"}})
      .Line({{40, "Ref"}, {70, "Action"}, {300, "and  dates"}, {420, "Lead"}})
      .Line({{40, "1.1"}, {70, "Mend the play area fence"}, {300, "Draft by May 2031"}, {420, "Police"}}, true)
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "Agree by June 2031"}, {420, "Youth Service"}}, true);
  RecoveredPlan plan = Recover(pages.scanned());
  REQUIRE(plan.tables.size() == 1);
  REQUIRE(plan.tables[0].columns.size() == 4);
  CHECK(plan.tables[0].columns[2].heading == "Milestones and dates");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].lead == "Youth Service");
}

TEST_CASE("a wrapped heading's second line in lower case heads its own column") {
  PageBuilder pages;
  pages.Page()
      .Line({{345, "Target"}})
      .Line({{40, "Ref"}, {70, "Action"}, {250, "Owner"}, {345, "completion"}})
      .Line({{40, "1.1"}, {70, "Mend the play area fence"}, {250, "Chair of the Partnership"}, {380, "May 2031"}}, true)
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {250, "Police"}, {345, "June 2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Chair of the Partnership");
  CHECK(plan.rows[0].timeframe == "May 2031");
}

TEST_CASE("a heading wrapped down a merged cell joins the header across a ruling under a group's heading") {
  PageBuilder pages;
  pages.Page()
      .Line({{70, "The work"}, {420, "Owner and"}}).RuledAbove()
      .Line({{70, "Result wanted"}, {250, "Steps we will take"}, {420, "deadline"}}).RuledAbove()
      .Line({{40, "ST 1"}, {70, "Safer underpasses"}, {250, "Light the underpass"}, {420, "Highways May 2031"}})
      .RuledAbove()
      .Line({{40, "ST 2"}, {70, "Safer underpasses"}, {250, "Paint the footbridge"}, {420, "Parks June 2031"}})
      .RuledAbove()
      .Line({{40, "ST 3"}, {70, "Open spaces"}, {250, "Open a youth club"}, {420, "Youth Service July 2031"}})
      .RuledAbove();
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "ST 2");
  CHECK(plan.rows[1].action == "Paint the footbridge");
  CHECK(plan.rows[2].lead == "Youth Service");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("a heading merged down beside a group cell ruled off from the names under it heads the header with them") {
  PageBuilder pages;
  pages.Page()
      .Line({{70, "The work"}, {420, "Owner and deadline"}}).RuledAbove()
      .Line({{70, "Result wanted"}, {250, "Steps we will take"}}).RuledAbove(65, 410)
      .Line({{40, "st1"}, {70, "Safer underpasses"}, {250, "Light the underpass"}, {420, "Highways May 2031"}})
      .RuledAbove()
      .Line({{40, "st2"}, {70, "Safer underpasses"}, {250, "Paint the footbridge"}, {420, "Parks June 2031"}})
      .RuledAbove()
      .Line({{40, "st3"}, {70, "Open spaces"}, {250, "Open a youth club"}, {420, "Youth Service July 2031"}})
      .RuledAbove();
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns[1].heading == "Result wanted");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "ST2");
  CHECK(plan.rows[1].outcome == "Safer underpasses");
  CHECK(plan.rows[1].action == "Paint the footbridge");
  CHECK(plan.rows[2].lead == "Youth Service");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("an unruled header whose group cell stands over its first heading only is borne out by its rows") {
  PageBuilder pages;
  pages.Page()
      .Line({{70, "The work"}, {400, "Named"}, {520, "Finish"}})
      .Line({{70, "What we hope to see"}, {230, "Steps we will take"}, {400, "officer"}})
      .Line({{30, "1"}, {70, "Safer underpasses"}, {230, "Light the underpass"}, {400, "Highways"}, {520, "May 2031"}},
            true)
      .Line({{30, "2"}, {70, "Fewer fights"}, {230, "Open a youth club"}, {400, "Youth Service"}, {520, "June 2031"}},
            true)
      .Line({{30, "3"}, {70, "Pride of place"}, {230, "Paint the shelter"}, {400, "Parks"}, {520, "July 2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Open a youth club");
  CHECK(plan.rows[1].lead == "Youth Service");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("a heading that OCR parted where it dropped a slash is one heading of a header of unknown names") {
  PageBuilder pages;
  pages.Page()
      .Line({{30, "Steps to take"}, {200, "Why we do this"}, {390, "Ownership"}}).RuledAbove()
      .Line({{390, "Post"}, {413, "body"}, {490, "Time scale"}}).RuledAbove(385)
      .Line({{390, "accountable"}})
      .Line({{30, "Light the underpass"}, {200, "Safer streets"}, {390, "Highways"}, {490, "May 2031"}}).RuledAbove()
      .Line({{30, "Open a youth club"}, {200, "Fewer fights"}, {390, "Youth Service"}, {490, "June 2031"}}).RuledAbove()
      .Line({{30, "Paint the bus shelter"}, {200, "Pride of place"}, {390, "Parks"}, {490, "July 2031"}}).RuledAbove();
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns[2].heading == "Ownership Post body accountable");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "Youth Service");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("a heading in lower case close after another that names a column of its own is no part of it") {
  PageBuilder pages;
  pages.Page()
      .Line({{70, "What we are going to do"}, {300, "Who"}, {322, "when"}}).RuledAbove()
      .Line({{30, "ST1"}, {70, "Light the underpass"}, {300, "Highways"}}).RuledAbove()
      .Line({{300, "May 2031"}})
      .Line({{30, "ST2"}, {70, "Open a youth club"}, {300, "Youth Service"}}).RuledAbove()
      .Line({{300, "June 2031"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Highways");
  CHECK(plan.rows[0].timeframe == "May 2031");
  CHECK(plan.rows[1].timeframe == "June 2031");
}

TEST_CASE("a merged heading on the line of most cells over two headings on the line below is their group") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Who does it and by when"}, {470, "Status"}})
      .Line({{300, "Named officer"}, {400, "Finish"}})
      .Line({{40, "1.1"}, {70, "Light the underpass"}, {300, "Highways"}, {400, "May 2031"}, {470, "Green"}}, true)
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "Youth Service"}, {400, "June 2031"}, {470, "Amber"}},
            true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].lead == "Youth Service");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[1].progress == "Amber");
}

TEST_CASE("references in the gap between two headings, none over them, are a column of their own") {
  // Each reference runs into its action one gap after it, in one segment.
  PageBuilder pages;
  pages.Page()
      .Line({{47, "Key area"}, {142, "Key actions"}, {300, "Named officer"}, {420, "By"}})
      .Line({{47, "Quiet quays"}, {116, "ce1  Paint the quay"}, {300, "Harbour Trust"}, {420, "May 2031"}}, true)
      .Line({{142, "edges white"}})
      .Line({{116, "ce2  Chart the"}, {300, "Quay Team"}, {420, "June 2031"}}, true)
      .Line({{142, "sandbanks"}})
      .Line({{116, "ce3  Train the crews"}, {300, "R. Penhallow"}, {420, "July 2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  REQUIRE(plan.tables[0].columns.size() == 5);
  CHECK(plan.tables[0].columns[1].heading.empty());
  CHECK(plan.tables[0].columns[1].role == "ref");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "CE1");
  CHECK(plan.rows[0].action == "Paint the quay edges white");
  CHECK(plan.rows[1].lead == "Quay Team");
}

TEST_CASE("a heading set left of its cells over the words of the column before heads the cells under it") {
  // A converter laying text out in character columns shifted the header
  // line left: "Success measure" starts over the actions' last words.
  PageBuilder pages;
  pages.Page()
      .Line({{20, "Row"}, {42, "Agreed actions"}, {200, "Success measure"}, {400, "Who will lead?"}})
      .Line({{20, "1"}, {42, "Launch the harbour lantern walkabout"}, {245, "Half the pupils join"},
             {400, "Ferry Trust"}},
            true)
      .Line({{42, "old customs house by the old quayside"}, {245, "in the first year"}})
      .Line({{20, "2"}, {42, "Paint the slipway and the boathouses"}, {245, "No falls reported"}, {400, "Boat Club"}},
            true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.tables.size() == 1);
  CHECK(plan.tables[0].columns.size() == 4);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Launch the harbour lantern walkabout old customs house by the old quayside");
  CHECK(plan.rows[1].action == "Paint the slipway and the boathouses");
  CHECK(plan.rows[1].lead == "Boat Club");
}

TEST_CASE("a wrapped heading printed over the words of the column before heads the cells past it") {
  // A word processor's header row, laid out in character columns, set
  // "Responsible partner" over the actions' ends; its cells start after it.
  RecoveredPlan plan = RecoverPlanText(
      "Ref   Workplan activity      Responsible                        Target   Progress\n"
      "#                            partner                            date\n"
      "1.1.   Light the harbour steps and the          Harbour Trust         May 2031   Started\n"
      "       slipway before the winter\n"
      "1.2.   Paint the quay edges white to            Boat Club; Ferry      June 2031  Not due\n"
      "       stop falls in the dark                   Trust\n"
      "1.3.   Mend the lifebuoy posts                  Coastguard            July 2031  Done\n");
  CHECK(FirstTableHeadings(plan) ==
        std::vector<std::string>{"Ref #", "Workplan activity", "Responsible partner", "Target date", "Progress"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Light the harbour steps and the slipway before the winter");
  CHECK(plan.rows[1].lead == "Boat Club; Ferry Trust");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("a heading line's words a character off a heading above them part two columns on a gutter") {
  // Laid out in character columns, "(RAG) will use" under "Status Evidence
  // we" sets "will" a character left of "Evidence": the cells tell two columns.
  RecoveredPlan plan = RecoverPlanText(
      "            Ref    Action to                      Lead                Status Evidence we\n"
      "Theme       #      take                           officer             (RAG) will use\n"
      "Safe quays  1.1    Light the harbour steps        Harbour Trust       G        Fewer falls\n"
      "                   before the winter                                           on the steps\n"
      "            1.2    Paint the quay edges white     Boat Club                    Night survey\n"
      "            1.3    Mend the lifebuoy posts        Coastguard          A        Posts checked\n"
      "                                                                               each month\n");
  CHECK(FirstTableHeadings(plan) == std::vector<std::string>{"Theme", "Ref #", "Action to take", "Lead officer",
                                                             "Status (RAG)", "Evidence we will use"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].progress == "G");
  CHECK(plan.rows[2].progress == "A");
}

}  // namespace
}  // namespace planrows
