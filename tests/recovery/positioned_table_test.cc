// Row recovery on positioned pages (PDF text layers, OCR): cells placed by
// x under the header, wrapped cell lines joined.
#include <catch2/catch.hpp>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

TEST_CASE("wrapped cell lines join their row and cells follow the header's columns") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Theme 1 Early Help"}}, true)
      .Line({{40, "Ref"}, {70, "Desired outcome"}, {230, "Action"}, {390, "Lead"}, {480, "Timeframe"}})
      .Line({{40, "1.1"}, {70, "Referrals meet the"}, {230, "Carry out a multi-agency audit"}, {390, "M Evans"},
             {480, "May 2015"}})
      .Line({{70, "threshold criteria"}, {230, "on threshold criteria"}})
      .Line({{40, "1.2"}, {70, "Services are in line"}, {230, "Ensure commissioning"}, {390, "I Pearson/ M"},
             {480, "March 2015"}})
      .Line({{390, "Sancho"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Carry out a multi-agency audit on threshold criteria");
  CHECK(plan.rows[0].outcome == "Referrals meet the threshold criteria");
  CHECK(plan.rows[1].lead == "I Pearson/ M Sancho");
  CHECK(plan.rows[1].leads == std::vector<std::string>{"I Pearson", "M Sancho"});
  CHECK(plan.rows[1].timeframe == "March 2015");
  CHECK(plan.rows[1].where.page == 1);
}

TEST_CASE("a segment running across a column boundary is split by its words") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Desired outcome"}, {230, "Action"}, {390, "Lead"}})
      // "Co-ordinator Clarify" nearly touch: one segment starting in the outcome column.
      .Line({{40, "1.4"}, {70, "Health Co-ordinator has an impact Clarify the role"}, {390, "I Wootton"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].outcome == "Health Co-ordinator has an impact");
  CHECK(plan.rows[0].action == "Clarify the role");
}

TEST_CASE("a header repeated atop each page places that page's cells, and a cut row goes on under it") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Expected"}, {230, "Action"}, {390, "Lead"}, {480, "Target"}}, false, 30)
      .Line({{70, "outcomes"}, {480, "date"}}, false, 42)
      .Line({{40, "1.1"}, {70, "Children are safe"}, {230, "Carry out an audit of"}, {390, "M Evans"},
             {480, "May 2015"}});
  // The next page's table is laid out narrower.
  pages.Page()
      .Line({{40, "Ref"}, {60, "Expected"}, {200, "Action"}, {350, "Lead"}, {450, "Target"}}, false, 30)
      .Line({{60, "outcomes"}, {450, "date"}}, false, 42)
      .Line({{200, "Thresholds in practice."}}, true)
      .Line({{40, "1.2"}, {60, "Voices are heard"}, {200, "Publish a newsletter"}, {350, "C Gill"},
             {450, "June 2015"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Carry out an audit of Thresholds in practice.");
  CHECK(plan.rows[1].outcome == "Voices are heard");
  CHECK(plan.rows[1].action == "Publish a newsletter");
  CHECK(plan.rows[1].lead == "C Gill");
  CHECK(plan.rows[1].timeframe == "June 2015");
}

TEST_CASE("at the top of a page, an unnumbered row starts after a row that reads as ended") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {390, "Lead"}}, false, 30)
      .Line({{40, "Identify emerging themes."}}, true);
  pages.Page()
      .Line({{40, "Action"}, {390, "Lead"}}, false, 30)
      .Line({{40, "Promote awareness of CSE"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].action == "Promote awareness of CSE");
}

TEST_CASE("at the top of a page, a line whose cells all start afresh under ended cells starts a row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Theme"}, {150, "Action"}, {300, "Owner"}, {420, "When"}}, false, 30)
      .Line({{40, "Safer streets"}, {150, "Walk the estates with"}, {300, "Youth Service"}, {420, "Oct-"}}, true)
      .Line({{150, "the wardens"}, {420, "19"}});
  pages.Page()
      .Line({{40, "Theme"}, {150, "Action"}, {300, "Owner"}, {420, "When"}}, false, 30)
      .Line({{40, "Healthy minds"}, {150, "Open a drop-in clinic"}, {300, "CAMHS Lead"}}, true)
      .Line({{40, "Second cut row"}, {150, "Train the school nurses"}, {300, "Public Health"}}, true);
  pages.Page()
      .Line({{40, "Theme"}, {150, "Action"}, {300, "Owner"}, {420, "When"}}, false, 30)
      .Line({{40, "goes on here"}, {150, "Run a second course"}, {300, "Named Nurse"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "Oct-19");
  CHECK(plan.rows[1].action == "Open a drop-in clinic");
  CHECK(plan.rows[1].lead == "CAMHS Lead");
  // A cell that goes on in lower case keeps the cut row whole.
  CHECK(plan.rows[2].action == "Train the school nurses Run a second course");
}

TEST_CASE("without a reference column, text wrapped inside the first column is a row's cell") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Actions"}, {390, "Lead"}, {480, "Timeframe"}})
      .Line({{40, "Check that services are"}, {390, "M Evans"}, {480, "May 2015"}}, true)
      .Line({{40, "targeted"}})
      .Line({{40, "Review the threshold"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Check that services are targeted");
  CHECK(plan.rows[1].action == "Review the threshold");
  CHECK(plan.rows[1].lead.empty());
}

TEST_CASE("under a running header, a page's first row starts afresh when it brings its own date and status") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {230, "Lead"}, {330, "By when"}, {420, "RAG"}}, false, 100)
      .Line({{40, "Map the carers known to schools"}, {230, "Carers Hub"}, {330, "Ongoing"}, {420, "Amber"}}, true)
      .Line({{40, "Train the frontline staff of all"}, {330, "June 2019"}, {420, "Green"}}, true)
      .Line({{40, "partner agencies"}});
  pages.Page()
      .Line({{150, "Kestrel Vale SCP Business Plan"}}, false, 30)
      .Line({{40, "Publish the guide for schools"}, {230, "Education Team"}, {330, "May 2020"}, {420, "Red"}}, true, 100);
  pages.Page().Line({{150, "Kestrel Vale SCP Business Plan"}}, false, 30);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].action == "Train the frontline staff of all partner agencies");
  CHECK(plan.rows[1].timeframe == "June 2019");
  CHECK(plan.rows[2].action == "Publish the guide for schools");
  CHECK(plan.rows[2].where.page == 2);
}

TEST_CASE("the last line of a row right over the next table's header stays in its row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "Workplan activity"}, {340, "Owner / date"}, {460, "Position"}})
      .Line({{40, "A1"}, {80, "Open the hub in each"}, {340, "Hub Manager"}, {460, "G"}}, true)
      .Line({{80, "locality"}, {340, "Q3 2027/28"}})
      .Line({{40, "Ref"}, {80, "Workplan activity"}, {360, "Owner / date"}, {480, "Position"}}, true)
      .Line({{40, "B1"}, {80, "Train the hub staff"}, {360, "D Farrant"}, {480, "A"}}, true)
      .Line({{360, "Q1 2028/29"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open the hub in each locality");
  CHECK(plan.rows[0].timeframe == "Q3 2027/28");
  CHECK(plan.rows[1].action == "Train the hub staff");
  CHECK(plan.rows[1].lead == "D Farrant");
  CHECK(plan.rows[1].timeframe == "Q1 2028/29");
}

TEST_CASE("a table printed anew under each heading is judged on all its parts") {
  // The first part holds one row: too few to take "Item" for references.
  // Each part's columns are sized to its own cells.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Aim 1: Families are heard"}}, true).AsHeading()
      .Line({{40, "Item"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}})
      .Line({{40, "1"}, {70, "Hold listening events in libraries"}, {300, "Parent Forum"}, {420, "May 2031"}})
      .Line({{40, "Aim 2: Staff are confident"}}, true).AsHeading()
      .Line({{40, "Item"}, {60, "What we will do"}, {330, "Owner"}, {450, "When"}})
      .Line({{40, "1"}, {60, "Run refresher courses for reception staff"}, {330, "Training Hub"}, {450, "June 2031"}})
      .Line({{40, "2"}, {60, "Publish a short guide for night workers"}, {330, "Night Manager"}, {450, "July 2031"}})
      .Line({{40, "3"}, {60, "Survey staff confidence after a year"}, {330, "Quality Lead"}, {450, "Ongoing"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[3].ref == "3");
  CHECK(plan.rows[3].lead == "Quality Lead");
  CHECK(plan.rows[2].timeframe == "July 2031");
}

TEST_CASE("a date that a narrow column broke inside a word is joined without a space") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}})
      .Line({{40, "1.1"}, {70, "Light the underpass"}, {300, "Highways"}, {420, "Ongoin"}}, true)
      .Line({{420, "g"}})
      .Line({{40, "1.2"}, {70, "Open a youth club"}, {300, "Youth Service"}, {420, "31/03/203"}}, true)
      .Line({{70, "in the old library"}, {420, "2"}})
      .Line({{40, "1.3"}, {70, "Review the plan"}, {300, "Board"}, {420, "End of"}}, true)
      .Line({{420, "March 2032"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[1].timeframe == "31/03/2032");
  CHECK(plan.rows[2].timeframe == "End of March 2032");
}

TEST_CASE("in a ruled table a reference set in the middle of its row numbers the row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{70, "Light the underpass and the"}, {300, "Highways"}}).RuledAbove()
      .Line({{40, "ST 1"}, {70, "footbridge by the station"}, {420, "May 2031"}})
      .Line({{70, "before the winter"}})
      .Line({{40, "ST 2"}, {70, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}}).RuledAbove();
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "ST 1");
  CHECK(plan.rows[0].action == "Light the underpass and the footbridge by the station before the winter");
  CHECK(plan.rows[0].lead == "Highways");
  CHECK(plan.rows[1].ref == "ST 2");
}

TEST_CASE("an OCR'd quarter and year cut by a narrow column are one date once OCR's digits are repaired") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{40, "ST 1"}, {70, "Light the underpass"}, {300, "Highways"}, {420, "Qi"}}).RuledAbove()
      .Line({{70, "by the station"}, {420, "2031/3"}})
      .Line({{70, "before the winter"}, {420, "2"}})
      .Line({{40, "ST 2"}, {70, "Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}}).RuledAbove();
  DocumentText document = pages.document();
  for (TextLine& line : document.pages[0].lines) line.confidence = 90;
  RecoveredPlan plan = Recover(document);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "Q1 2031/32");
}

TEST_CASE("in a ruled table a bulleted action under a ruling starts a row of its own") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "What we will do"}, {300, "Owner"}, {420, "When"}}).RuledAbove()
      .Line({{40, "ST 1"}, {70, "Light the underpass"}, {300, "Highways"}, {420, "May 2031"}}).RuledAbove()
      .Line({{70, "- Paint the footbridge"}}).RuledAbove()
      .Line({{40, "ST 2"}, {70, "- Open a youth club"}, {300, "Youth Service"}, {420, "June 2031"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Light the underpass");
  CHECK(plan.rows[1].ref == "ST 2");
  CHECK(plan.rows[1].action.find("Paint the footbridge") != std::string::npos);
}

TEST_CASE("without references or gaps a row starts under a lead and date cell that ended with its date") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "What we will do"}, {200, "Owner and deadline"}, {330, "How we will know"}, {460, "Update"}})
      .Bold()
      .Line({{40, "Open a drop-in at the harbour"}, {200, "Harbour Youth"}, {330, "Forty young people"}})
      .Line({{40, "library every Saturday"}, {200, "Worker 31/03/2027"}, {330, "use it each month"}})
      .Line({{40, "Print a leaflet on the ferry"}, {200, "Ferry Manager"}, {330, "Leaflets on each"}})
      .Line({{40, "timetable"}, {200, "30/06/2027"}, {330, "crossing"}})
      .Line({{40, "Train ferry crews"}, {200, "30/09/2027"}, {330, "Crews trained"}})
      .Line({{40, "to spot harm"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Youth Worker");
  CHECK(plan.rows[0].timeframe == "31/03/2027");
  CHECK(plan.rows[1].action == "Print a leaflet on the ferry timetable");
  CHECK(plan.rows[1].lead == "Ferry Manager");
  CHECK(plan.rows[1].timeframe == "30/06/2027");
  CHECK(plan.rows[2].lead.empty());
  CHECK(plan.rows[2].timeframe == "30/09/2027");
}

TEST_CASE("without references or gaps a row starts with a second lead, or with a date where its row had none") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {200, "Lead"}, {330, "Due"}, {430, "Status"}})
      .Bold()
      .Line({{40, "Open a drop-in at the harbour"}, {200, "Harbour Youth"}, {330, "31/03/2027"}, {430, "Green"}})
      .Line({{40, "library every Saturday with"}, {200, "Worker"}})
      .Line({{40, "the youth workers"}})
      .Line({{40, "Print a ferry timetable leaflet"}, {200, "Ferry Manager"}})
      .Line({{40, "Train ferry crews to spot harm"}, {200, "Crew Lead"}, {330, "30/09/2027"}, {430, "Amber"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Youth Worker");
  CHECK(plan.rows[1].action == "Print a ferry timetable leaflet");
  CHECK(plan.rows[1].lead == "Ferry Manager");
  CHECK(plan.rows[1].timeframe.empty());
  CHECK(plan.rows[2].lead == "Crew Lead");
  CHECK(plan.rows[2].progress == "Amber");
}

}  // namespace
}  // namespace planrows
