// Headers printed again on positioned pages: atop a new page, where a row cut
// by the break goes on, and lower on a page, where they end the row above.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("a header printed again under a row on its page ends that row, though the next page repeats it") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}).RuledAbove()
      .Line({{40, "1.1"}, {70, "Open a youth club in the old"}, {300, "Youth Service"}, {420, "May 2031"}}).RuledAbove()
      .Line({{70, "library"}})
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}).RuledAbove();
  // Each row's reference is centred in its cell, below the row's first line.
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Target"}}).RuledAbove()
      .Line({{70, "Launch a night bus for"}, {300, "Transport"}}).RuledAbove()
      .Line({{40, "2.1"}, {70, "young people"}, {300, "Desk"}, {420, "June 2031"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a youth club in the old library");
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(plan.rows[1].action == "Launch a night bus for young people");
  CHECK(plan.rows[1].lead == "Transport Desk");
}

TEST_CASE("under a repeated header a cell going on in lower case and a date's year continue the cut row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Outcome"}, {200, "Action"}, {330, "Lead"}, {430, "Target"}})
      .Line({{40, "4.1"}, {70, "Walkers feel safe"}, {200, "Light the canal towpath"}, {330, "Canal Trust"},
             {430, "May 2031"}}, true)
      .Line({{40, "4.2"}, {70, "Boat owners"}, {200, "Train the lock keepers"}, {330, "Harbour"}, {430, "November"}},
            true);
  pages.Page()
      .Line({{40, "Ref"}, {70, "Outcome"}, {200, "Action"}, {330, "Lead"}, {430, "Target"}})
      .Line({{70, "know whom to call"}, {200, "Map the moorings"}, {330, "Master"}, {430, "2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].outcome == "Boat owners know whom to call");
  CHECK(plan.rows[1].lead == "Harbour Master");
  CHECK(plan.rows[1].timeframe == "November 2031");
}

TEST_CASE("a header OCR read anew on the next page is a repeat though it misread a heading and added a mark") {
  // The repeat reads "When willit" for "When it will" and adds a mark to
  // "Progress"; the cut row's last words go on under it.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Outcome"}, {200, "Action"}, {330, "Lead"}, {430, "When it will"}, {500, "Progress"}})
      .Line({{430, "be done?"}})
      .Line({{40, "4.1"}, {70, "Walkers feel safe"}, {200, "Light the canal towpath"}, {330, "Canal Trust"},
             {430, "May 2031"}, {500, "Green"}}, true)
      .Line({{40, "4.2"}, {70, "Boat owners know"}, {200, "Train the lock keepers on"}, {330, "Harbour Master"},
             {430, "June 2031"}, {500, "Amber"}}, true);
  pages.Page()
      .Line({{40, "Ref"}, {70, "Outcome"}, {200, "Action"}, {330, "Lead"}, {430, "When willit"}, {500, "Progress'"}})
      .Line({{430, "be done?"}})
      .Line({{70, "whom to call"}, {200, "the new moorings"}}, true)
      .Line({{40, "4.3"}, {70, "Anglers are heard"}, {200, "Map the fishing pegs"}, {330, "Angling Club"},
             {430, "July 2031"}, {500, "Red"}}, true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].outcome == "Boat owners know whom to call");
  CHECK(plan.rows[1].action == "Train the lock keepers on the new moorings");
  CHECK(plan.rows[2].ref == "4.3");
}

TEST_CASE("a scanned header printed again right under a lead's last lines leaves them in the row") {
  // OCR sets every line the same distance apart: no gap parts the rows.
  PageBuilder pages;
  auto header = [&pages]() {
    pages.Line({{90, "What we are going to do"}, {280, "Action owner"}, {380, "When will"}, {450, "RAG status"}})
        .Line({{380, "it be"}})
        .Line({{380, "done?"}});
  };
  pages.Page();
  header();
  pages.Line({{40, "J1"}, {90, "Dredge the basin"}, {280, "Canal Trust"}, {380, "30/04/2031"}, {450, "Green"}})
      .Line({{90, "before the boat show"}});
  header();
  pages.Line({{40, "K1"}, {90, "Light the canal towpath"}, {280, "Canal Trust"}, {380, "30/05/2031"}, {450, "Green"}})
      .Line({{40, "K2"}, {90, "Train the lock keepers"}, {280, "Harbour"}, {380, "30/06/2031"}, {450, "Slipping"}})
      .Line({{280, "Services and"}})
      .Line({{280, "Team"}})
      .Line({{280, "Manager,"}})
      .Line({{280, "Lock Keeping"}});
  header();
  pages.Line({{40, "L1"}, {90, "Map the moorings"}, {280, "Canal Trust"}, {380, "31/07/2031"}, {450, "Underway"}})
      .Line({{40, "L2"}, {90, "Paint the lock gates"}, {280, "Lock Keepers"}, {380, "31/08/2031"}, {450, "Green"}})
      .Line({{40, "L3"}, {90, "Survey the towpath"}, {280, "Ramblers"}, {380, "30/09/2031"}, {450, "Slipping"}});
  RecoveredPlan plan = Recover(pages.scanned());
  REQUIRE(plan.rows.size() == 6);
  CHECK(plan.rows[2].lead == "Harbour Services and Team Manager, Lock Keeping");
  CHECK(plan.rows[3].ref == "L1");
  CHECK(plan.rows[3].lead == "Canal Trust");
}

}  // namespace
}  // namespace planrows
