// What OCR leaves of a plan's layout: no type, gaps it may not find, words
// parted where it lost a glyph, bullets read as letters.
#include <catch2/catch.hpp>

#include "tests/recovery/scan_fixture.h"

namespace planrows {
namespace {

// A record: its labels at x 40, its values at x 160; the lead's label in
// two cells, as OCR parts "Officer / team" where it lost the slash, and
// wrapped onto a second line.
void AddRecord(PageBuilder* pages, const std::string& ref, const std::string& work, const std::string& lead,
               const std::string& date) {
  pages->Line({{40, "Ref no."}, {160, ref}}, true);
  pages->Line({{40, "Work to do"}, {160, work}}, true);
  if (lead.empty()) {
    pages->Line({{40, "Officer"}, {82, "team"}}, true);
  } else {
    pages->Line({{40, "Officer"}, {82, "team"}, {160, lead}}, true);
  }
  pages->Line({{40, "responsible"}});
  if (date.empty()) {
    pages->Line({{40, "Due by"}}, true);
  } else {
    pages->Line({{40, "Due by"}, {160, date}}, true);
  }
}

TEST_CASE("scanned record blocks: a label OCR parted at a lost slash is one label, a section heading no gap sets "
          "apart is a heading") {
  PageBuilder pages;
  pages.Page().Line({{36, "Saltmarsh Youth Partnership Plan 2027"}}).Line({{36, "1. Safer streets"}});
  AddRecord(&pages, "SS 1", "Light the underpass on the quay path", "", "May 2027");
  AddRecord(&pages, "SS 2", "Train bus drivers to spot exploitation", "Transport Lead", "June 2027");
  AddRecord(&pages, "SS 3", "Map the late-night venues with licensing", "P Tregarthen", "");
  pages.Line({{36, "2. Heard and believed"}});
  AddRecord(&pages, "HB 1", "Run a listening week in every youth club", "Youth Service Manager", "July 2027");
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[1].lead == "Transport Lead");
  CHECK(plan.rows[2].lead == "P Tregarthen");
  CHECK(plan.rows[2].timeframe.empty());
  CHECK(plan.rows[3].ref == "HB 1");
  CHECK(plan.rows[3].section == "Heard and believed");
  CHECK(plan.rows[3].lead == "Youth Service Manager");
}

TEST_CASE("in a scanned table a bulleted list whose bullet OCR read as a letter starts a row after a gap") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {250, "Lead"}, {350, "By when"}, {450, "RAG"}}, true)
      .Line({{40, "Open a youth hub in the market hall"}, {250, "Youth Lead"}, {350, "May 2027"}, {450, "G"}}, true)
      .Line({{40, "e"}, {50, "Publish the hub timetable"}, {350, "Ongoing"}}, true)
      .Line({{40, "e"}, {50, "Review the hub with its users"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "May 2027");
  CHECK(plan.rows[1].timeframe == "Ongoing");
  CHECK(plan.rows[1].lead.empty());
}

TEST_CASE("at a page top a row starts whose cells all restart though the cut row had no status") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Goal"}, {140, "Action"}, {300, "Lead"}, {400, "By when"}, {480, "RAG"}}, true)
      .Line({{40, "Safer homes"}, {140, "Visit families waiting"}, {300, "Housing Lead"},
             {400, "Quarterly"}},
            true)
      .Page()
      .Line({{40, "Goal"}, {140, "Action"}, {300, "Lead"}, {400, "By when"}, {480, "RAG"}}, true)
      .Line({{40, "Healthy minds"}, {140, "Train school nurses"}, {300, "Named Nurse"}, {400, "May 2027"},
             {480, "A"}},
            true);
  RecoveredPlan plan = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Housing Lead");
  CHECK(plan.rows[1].action == "Train school nurses");
  CHECK(plan.rows[1].timeframe == "May 2027");
}

TEST_CASE("at a scanned page top a list whose bullet OCR read as a letter, with a date of its own, starts a row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Action"}, {250, "Aim"}, {350, "Lead"}, {450, "By when"}}, true)
      .Line({{40, "Agree the ferry timetable with"}, {250, "Islanders reach"}, {450, "30/11/2027"}}, true)
      .Line({{40, "the harbour trust"}, {250, "the mainland"}})
      .Page()
      .Line({{40, "Action"}, {250, "Aim"}, {350, "Lead"}, {450, "By when"}}, true)
      .Line({{40, "e"}, {50, "Run a night crossing"}, {250, "Islanders reach"}, {350, "Ferry Desk"},
             {450, "31/07/2027"}}, true)
      .Line({{40, "e"}, {50, "Review the crossings"}, {250, "the mainland"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead.empty());
  CHECK(plan.rows[0].timeframe == "30/11/2027");
  CHECK(plan.rows[1].lead == "Ferry Desk");
  CHECK(plan.rows[1].timeframe == "31/07/2027");
}

TEST_CASE("in a scanned lead column two leads OCR parted where it lost their slash are two leads of the lead") {
  // "Harbour Team" and "Ferry Desk" start close together left of "Due":
  // they are the leads' second halves, not dates set left of their heading.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {250, "Lead"}, {400, "Due"}}, true)
      .Line({{40, "1.1"}, {70, "Light the harbour steps"}, {250, "Port Police Unit"}, {343, "Harbour Team"},
             {400, "May 2031"}}, true)
      .Line({{40, "1.2"}, {70, "Train the ferry crews"}, {250, "Youth Service Team"}, {347, "Ferry Desk"},
             {400, "June 2031"}}, true)
      .Line({{40, "1.3"}, {70, "Paint the slipway"}, {250, "Boat Club"}, {400, "July 2031"}}, true);
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Port Police Unit / Harbour Team");
  CHECK(plan.rows[0].timeframe == "May 2031");
  CHECK(plan.rows[1].lead == "Youth Service Team / Ferry Desk");
  CHECK(plan.rows[1].timeframe == "June 2031");
}

TEST_CASE("in a scanned table a first row whose reference OCR misread is a row, not a line of the header") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {80, "Action"}, {250, "Lead"}, {350, "Due"}}, true)
      .Line({{40, "Al"}, {80, "Open a youth hub"}, {250, "Youth Lead"}})
      .Line({{40, "A2"}, {80, "Train the hub staff"}, {250, "Hub Manager"}, {350, "June 2027"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a youth hub");
  CHECK(plan.rows[0].lead == "Youth Lead");
  CHECK(plan.rows[1].ref == "A2");
}

TEST_CASE("in a scanned table numbered 1 2 3 under each theme, a number 1 that OCR read as a letter is 1") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "No."}, {80, "Action"}, {250, "Lead"}, {350, "Due"}}, true)
      .Line({{40, "1"}, {80, "Open a youth hub"}, {250, "Youth Lead"}, {350, "May 2027"}})
      .Line({{40, "2"}, {80, "Train the hub staff"}, {250, "Hub Manager"}, {350, "June 2027"}})
      .Line({{40, "Priority 2: Safer streets"}}, true)
      .Line({{40, "I"}, {80, "Light the park paths"}, {250, "Parks Lead"}, {350, "July 2027"}}, true)
      .Line({{40, "2"}, {80, "Fund a night bus"}, {250, "Transport Lead"}, {350, "August 2027"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].action == "Light the park paths");
  CHECK(plan.rows[3].ref == "2");
  CHECK(plan.rows[3].lead == "Transport Lead");
}

TEST_CASE("in a scanned table with a theme left of its references a first row under a wrapped header is a row") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Our aim"}, {110, "Ref"}, {160, "Work to be"}, {300, "Lead and date"}, {420, "Milestones"}})
      .Line({{160, "undertaken"}})
      .Line({{40, "Safer"}, {110, "4.1"}, {160, "Map the late-night"}, {300, "Licensing Team"}, {420, "Draft by"}})
      .Line({{40, "streets"}, {160, "venues"}, {300, "By end of Ql"}, {420, "May 2027"}})
      .Line({{110, "4.2"}, {160, "Light the quay path"}, {300, "Highways Lead"}})
      .Line({{160, "underpass"}, {300, "By end of Q3"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "4.1");
  CHECK(plan.rows[0].action == "Map the late-night venues");
  CHECK(plan.rows[0].lead == "Licensing Team");
  CHECK(plan.rows[0].timeframe == "By end of Q1");
  CHECK(plan.rows[1].timeframe == "By end of Q3");
}

TEST_CASE("in a scanned lead and date column a quarter OCR misread before its year stays in the date") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {110, "Work to be undertaken"}, {300, "Lead and date"}, {420, "Status"}})
      .Line({{40, "4.1"}, {110, "Map the late-night venues"}, {300, "Licensing Team &"}, {420, "Green"}})
      .Line({{300, "Quay Wardens Ql 2031/32"}})
      .Line({{40, "4.2"}, {110, "Light the quay path"}, {300, "Highways Lead"}, {420, "Amber"}})
      .Line({{300, "Q3 2031/32"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Licensing Team & Quay Wardens");
  CHECK(plan.rows[0].timeframe == "Q1 2031/32");
  CHECK(plan.rows[1].timeframe == "Q3 2031/32");
}

TEST_CASE("a date's last digit that OCR set on a line of its own inside a row stays in the date") {
  // OCR reads a cell's two lines a few points off the row's line, so the
  // wrapped "9" stands alone between lines of the row, like a page number.
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {110, "Work to be undertaken"}, {300, "Lead"}, {420, "Due"}, {480, "RAG"}})
      .RuledAbove()
      .Line({{110, "Map the late-night"}, {300, "Licensing Team"}, {420, "31/12/201"}}, false, 112)
      .RuledAbove()
      .Line({{40, "4.1"}, {480, "A"}}, false, 118)
      .Line({{420, "9"}}, false, 124)
      .Line({{110, "venues"}}, false, 130)
      .Line({{40, "4.2"}, {110, "Light the quay path"}, {300, "Highways Lead"}, {420, "May 2031"}}, false, 148)
      .RuledAbove()
      .Line({{290, "7"}}, false, 800);
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].timeframe == "31/12/2019");
  CHECK(plan.rows[1].lead == "Highways Lead");
  CHECK(plan.rows[1].timeframe == "May 2031");
}

TEST_CASE("a scanned table of one row under a header with no cell over its reference keeps the reference") {
  PageBuilder pages;
  pages.Page()
      .Line({{43, "Theme Two"}, {157, "Heard at school"}}, true)
      .Line({{463, "Who and by"}}, true)
      .Line({{74, "Intended impact"}, {273, "Actions to deliver"}, {463, "when"}, {528, "RAG"}})
      .Line({{48, "2.1a"}, {74, "Pupils say they are heard at"}, {273, "Open a listening room in"}, {463, "Jun-31"}},
            true)
      .Line({{74, "school and know who to tell"}, {273, "each secondary school"}});
  RecoveredPlan plan = RecoverScan(pages);
  REQUIRE(plan.rows.size() == 1);
  CHECK(plan.rows[0].ref == "2.1a");
  CHECK(plan.rows[0].outcome == "Pupils say they are heard at school and know who to tell");
  CHECK(plan.rows[0].timeframe == "Jun-31");
}

}  // namespace
}  // namespace planrows
