// Tests of the rule sets in rules/: what each recognises and what it must not.
#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("header synonyms map to canonical columns") {
  const HeaderRules& h = TestRules().headers;
  CHECK(h.Match("REF")->column == Column::kRef);
  // Plans that code their actions ("A1", "B4") head the references so.
  CHECK(h.Match("Code")->column == Column::kRef);
  CHECK(h.Match("Action Summary")->column == Column::kAction);
  CHECK(h.Match("What we will do")->column == Column::kAction);
  CHECK(h.Match("Lead/ subgroup")->column == Column::kLead);
  CHECK(h.Match("By when")->column == Column::kTimeframe);
  CHECK(h.Match("Lead & Completion Date")->column == Column::kLeadTimeframe);
  CHECK(h.Match("Current Status (RAG)")->column == Column::kProgress);
  CHECK(h.Match("Desired outcome")->column == Column::kOutcome);
  // Questions of who and when head the lead and timeframe columns.
  CHECK(h.Match("Who will lead?")->column == Column::kLead);
  CHECK(h.Match("When will it be done?")->column == Column::kTimeframe);
  // Plans that speak of work, not actions, head their action column so.
  CHECK(h.Match("Work to be undertaken")->column == Column::kAction);
  CHECK(h.Match("Work to be done")->column == Column::kAction);
  CHECK(h.MatchWords("Improvements undertaken this year")->column == Column::kAction);
  std::optional<ColumnName> measure = h.Match("Measure which details a direct impact on children");
  REQUIRE(measure);
  CHECK(measure->extra_key == "measure");
  CHECK_FALSE(h.Match("Carry out a multi-agency audit"));
  // Columns no row field holds head extras of their own, not a neighbour's cells.
  CHECK(h.Match("Resources required")->extra_key == "resources");
  CHECK(h.Match("Risks / dependencies")->extra_key == "risks");
  CHECK(h.Match("Links to other plans")->extra_key == "links");
  // A mark without a word heads a column as written.
  CHECK(h.Match("#")->column == Column::kRef);
  CHECK(h.Match("Num.")->column == Column::kRef);  // Number, cut short as narrow columns head it.
  CHECK_FALSE(h.Match("-"));
}

TEST_CASE("a heading of an owner and a deadline is one column of leads with their dates") {
  const HeaderRules& h = TestRules().headers;
  CHECK(h.Match("Owner and deadline")->column == Column::kLeadTimeframe);
  CHECK(h.Match("Owner / deadline")->column == Column::kLeadTimeframe);
  CHECK(h.Match("Lead and deadline")->column == Column::kLeadTimeframe);
  CHECK(h.Match("Who / when")->column == Column::kLeadTimeframe);
  CHECK(h.Match("Owner and when")->column == Column::kLeadTimeframe);
  CHECK(h.Match("Who and by when")->column == Column::kLeadTimeframe);
}

TEST_CASE("a heading of two names of one column joined by a slash names that column") {
  const HeaderRules& h = TestRules().headers;
  CHECK_FALSE(h.Match("KPI / measure"));
  REQUIRE(h.MatchJoinedNames("KPI / measure"));
  CHECK(h.MatchJoinedNames("KPI / measure")->extra_key == "measure");
  REQUIRE(h.MatchJoinedNames("Actions / tasks"));
  CHECK(h.MatchJoinedNames("Actions / tasks")->column == Column::kAction);
  // Parts naming two columns, or a part that is no name of the rules, make no joined name.
  CHECK_FALSE(h.MatchJoinedNames("Lead / date"));
  CHECK_FALSE(h.MatchJoinedNames("Key actions / steps"));
  CHECK_FALSE(h.MatchJoinedNames("Person / agency responsible"));
  CHECK_FALSE(h.MatchJoinedNames("Key actions"));
}

TEST_CASE("results expected name the outcome column, deliverables the action column by their word") {
  const HeaderRules& h = TestRules().headers;
  CHECK(h.Match("Expected results")->column == Column::kOutcome);
  CHECK(h.Match("Intended result")->column == Column::kOutcome);
  // The impact a plan intends is what it wants to achieve; how impact is measured is a measure.
  CHECK(h.Match("Intended impact")->column == Column::kOutcome);
  CHECK(h.MatchWords("Impact measure")->extra_key == "measure");
  // A word, not a name: on its own "Deliverables" may title a page of a plan.
  CHECK_FALSE(h.Match("Deliverables"));
  CHECK(h.MatchWords("Key deliverables")->column == Column::kAction);
}

TEST_CASE("how a plan will know its work worked names the measure column, however the question is worded") {
  const HeaderRules& h = TestRules().headers;
  std::optional<ColumnName> asked = h.Match("How we will know it has made a difference");
  REQUIRE(asked);
  CHECK(asked->extra_key == "measure");
  CHECK(h.Match("How will we know we succeeded")->extra_key == "measure");
}

TEST_CASE("a heading's word that a narrow column broke over lines is joined without spaces") {
  const HeaderRules& h = TestRules().headers;
  CHECK(h.JoinHeadingLine("Completi", "on by") == "Completion by");
  CHECK(h.JoinHeadingLine(h.JoinHeadingLine("K", "e"), "y") == "Key");
  CHECK(h.JoinHeadingLine(h.JoinHeadingLine(h.JoinHeadingLine("R", "e"), "f"), "#") == "Ref #");
  CHECK(h.JoinHeadingLine("Lead", "officer") == "Lead officer");  // Two words, not one broken.
}

TEST_CASE("references are recognised in their printed forms") {
  const PlanPatterns& p = TestRules().patterns;
  for (const char* ref : {"1.1", "2.1.3", "3.2.", "1.1a", "EH2", "CSE1", "4.10"}) CHECK(p.IsRef(ref));
  for (const char* not_ref : {"2015", "Cnt'd", "1", "Ref", "2013-14"}) CHECK_FALSE(p.IsRef(not_ref));
}

TEST_CASE("an action opens with any of the many verbs plans use and a noun's cell does not") {
  const PlanPatterns& p = TestRules().patterns;
  for (const char* action : {"Review the audit tool", "Extend the hub to the coast", "Gather the views of carers",
                             "Invest in a second worker", "Listen to young carers", "Streamline the referral form"}) {
    CHECK(p.StartsAction(action));
  }
  for (const char* noun : {"Review Group", "Check note", "Lead professionals are confident", "Report went to the Board",
                           "Target date", "Use of resources", "Children are heard"}) {
    CHECK_FALSE(p.StartsAction(noun));
  }
}

TEST_CASE("section headings give their number and title") {
  const PlanPatterns& p = TestRules().patterns;
  auto dudley = p.MatchSection("DSCB STRATEGIC PRIORITY ONE: Children and Young People are safe");
  REQUIRE(dudley);
  CHECK(dudley->number == "1");
  CHECK(dudley->title == "Children and Young People are safe");
  auto theme = p.MatchSection("Theme 4 \xE2\x80\x93 Domestic Abuse and Vulnerable Groups");
  REQUIRE(theme);
  CHECK(theme->number == "4");
  CHECK(theme->title == "Domestic Abuse and Vulnerable Groups");
  auto priority = p.MatchSection("Priority 1.1: To scrutinise the plans.");
  REQUIRE(priority);
  CHECK(priority->number == "1.1");
  auto bare = p.MatchSection("Priority 2:");
  REQUIRE(bare);
  CHECK(bare->title.empty());
  CHECK_FALSE(p.MatchSection("Priorities for the year ahead"));
  // A body's acronym may lead a heading; a lower-case word is a sentence's.
  CHECK(p.MatchSection("NSCP Goal 3 - Safer online lives"));
  CHECK_FALSE(p.MatchSection("to Section 11 audits so that their safeguarding"));
  CHECK_FALSE(p.MatchSection("and Priority 2 work with schools"));
  CHECK_FALSE(p.MatchSection("section 11 audits and"));
}

TEST_CASE("board and plan period are read from title text") {
  const PlanPatterns& p = TestRules().patterns;
  CHECK(p.FindBoard("This is the Business Plan for Redbridge Local Safeguarding Children's Board to cover") ==
        "Redbridge Local Safeguarding Children's Board");
  CHECK(p.FindBoard("Northmoor LSCB") == "Northmoor LSCB");
  CHECK(p.FindBoard("# Calder Brook Safeguarding Partnership") == "Calder Brook Safeguarding Partnership");
  CHECK(p.FindBoard("Westholm Children's Safeguarding Board") == "Westholm Children's Safeguarding Board");
  CHECK(p.FindBoard("Elmsford Children\xE2\x80\x99s Partnership Board Business Plan 2018-21") ==
        "Elmsford Children\xE2\x80\x99s Partnership Board");
  CHECK(p.FindBoard("the board will meet quarterly").empty());
  CHECK(p.FindBoard("Kestrel Vale lscb").empty());  // Acronyms in capitals only: "lscb" may be a word.
  int start = 0, end = 0;
  REQUIRE(p.FindPeriod("BUSINESS PLAN 2015 \xE2\x80\x93 2018", &start, &end));
  CHECK(start == 2015);
  CHECK(end == 2018);
  REQUIRE(p.FindPeriod("Business Plan 2015/16", &start, &end));
  CHECK(end == 2016);
}

TEST_CASE("a combined lead and date cell splits at the date") {
  const TimeframeFinder& t = TestRules().timeframes;
  LeadAndTimeframe a = t.Split("BSCB Business Manager QA & PM Ctte Throughout 2013-14");
  CHECK(a.lead == "BSCB Business Manager QA & PM Ctte");
  CHECK(a.timeframe == "Throughout 2013-14");
  LeadAndTimeframe b = t.Split("Business Manager March 2013 June 2013 September 2013");
  CHECK(b.lead == "Business Manager");
  CHECK(b.timeframe == "March 2013 June 2013 September 2013");
  LeadAndTimeframe c = t.Split("April 2013 Business Manager Sept 2013");
  CHECK(c.lead == "Business Manager");
  CHECK(c.timeframe == "Sept 2013");
  LeadAndTimeframe d = t.Split("Chair of CDOP Gladys Xavier");
  CHECK(d.lead == "Chair of CDOP Gladys Xavier");
  CHECK(d.timeframe.empty());
  CHECK(t.IsTimeframe("2015-2016"));
  CHECK(t.IsTimeframe("On-going"));
  CHECK_FALSE(t.IsTimeframe("Vulnerable Children"));
}

TEST_CASE("quarter ends, month-year abbreviations and dashes before a date") {
  const TimeframeFinder& t = TestRules().timeframes;
  CHECK(t.IsTimeframe("By end of Q4"));
  CHECK(t.IsTimeframe("By the end of Q2"));
  CHECK(t.IsTimeframe("Nov-27"));
  CHECK_FALSE(t.IsTimeframe("Quality"));
  // A narrow column broke a date at its dash.
  CHECK(t.JoinsBrokenWord("Oct-", "19"));
  CHECK_FALSE(t.JoinsBrokenWord("Oct-", "Hospital Trust"));
  LeadAndTimeframe split = t.Split("Harbour Police; T Okonjo \u2013 By end of Q3");
  CHECK(split.lead == "Harbour Police; T Okonjo");
  CHECK(split.timeframe == "By end of Q3");
}

TEST_CASE("page numbers and footers as printed and as OCR read them") {
  const PlanPatterns& p = TestRules().patterns;
  CHECK(p.IsPageNumber("Page 3 of 9"));
  CHECK(p.IsPageNumber("- 12 -"));
  CHECK(p.IsPageNumber("Page 1 of i"));
  CHECK(p.IsPageNumber("Page 2.0f 2"));
  CHECK(p.IsPageNumber("Page l of 4"));
  CHECK_FALSE(p.IsPageNumber("Page 1 of the plan"));
  CHECK_FALSE(p.IsPageNumber("Oct 2031"));
}

TEST_CASE("status cells and lettered section headings") {
  const PlanPatterns& p = TestRules().patterns;
  CHECK(p.IsStatusCell("Amber"));
  CHECK(p.IsStatusCell("RAG: Green"));
  CHECK(p.IsStatusCell("Not yet started"));
  CHECK(p.IsStatusCell("Not due yet"));
  CHECK(p.IsStatusCell("Not yet due"));
  CHECK_FALSE(p.IsStatusCell("Not due to the Board until March"));
  CHECK(p.IsStatusCell("G"));
  CHECK_FALSE(p.IsStatusCell("Green spaces audit"));
  CHECK(p.IsStatusCell("approx. 40%"));
  CHECK(p.IsStatusCell("About 60% complete"));
  CHECK_FALSE(p.IsStatusCell("about green"));
  CHECK(p.IsStatusCell("Red/Amber"));
  CHECK(p.IsStatusCell("amber / green"));
  CHECK_FALSE(p.IsStatusCell("Green/blue infrastructure"));
  CHECK(p.IsStatusCell("Rolled over"));
  CHECK(p.IsStatusCell("Rolled forward to the next year"));
  CHECK_FALSE(p.IsStatusCell("Rolled out to all schools"));
  // A status word broken by a narrow column is one word; words that are no status stay apart.
  CHECK(p.RepairBrokenStatus("Underw ay") == "Underway");
  CHECK(p.RepairBrokenStatus("Ongoin g") == "Ongoing");
  CHECK(p.RepairBrokenStatus("On track") == "On track");
  CHECK(p.RepairBrokenStatus("On going") == "On going");  // Printed so: a short word of its own.
  CHECK(p.RepairBrokenStatus("Gr een spaces") == "Gr een spaces");
  std::optional<SectionHeading> heading = p.MatchSection("Objective C \u2013 Safer harbours");
  REQUIRE(heading);
  CHECK(heading->number == "C");
  CHECK(heading->title == "Safer harbours");
  CHECK_FALSE(p.MatchSection("Outcome a better service for carers"));
}

}  // namespace
}  // namespace planrows
