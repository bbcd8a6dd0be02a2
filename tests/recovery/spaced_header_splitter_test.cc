// SpacedHeaderSplitter on header lines written with single spaces.
#include "pipeline/recovery/spaced_header_splitter.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

using Names = std::vector<std::string>;

TEST_CASE("a header of known names splits into them, a two-word name kept whole") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Ref Action Lead By when Progress") == Names{"Ref", "Action", "Lead", "By when", "Progress"});
  CHECK(splitter.Split("No. Key actions Lead agency Deadline RAG status") ==
        Names{"No.", "Key actions", "Lead agency", "Deadline", "RAG status"});
}

TEST_CASE("outcomes headed as the change a plan wants to see are a known name beside one no rule knows") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Harbour area Change we want to see Task Lead By when") ==
        Names{"Harbour area", "Change we want to see", "Task", "Lead", "By when"});
  std::optional<ColumnName> named = TestRules().headers.Match("The change we want to see");
  REQUIRE(named);
  CHECK(named->column == Column::kOutcome);
}

TEST_CASE("two known names joined by an ampersand are one heading of both") {
  // "Owner &" over "Target date" is no heading: a heading goes on past the word that joins it.
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Goal Steps we will take Owner & Target Date Measure of success") ==
        Names{"Goal", "Steps we will take", "Owner & Target Date", "Measure of success"});
}

TEST_CASE("a name no rule knows is a column of its own, ended by a question mark") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Ref Action Who picks this up? How it will look when done Timescale") ==
        Names{"Ref", "Action", "Who picks this up?", "How it will look when done", "Timescale"});
}

TEST_CASE("headings of two names of one column joined by a slash count as known names") {
  // Only "Time scale" is a name the rules hold whole; "KPI / measure" joins two names of one column.
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Area of focus Key actions / steps Person / agency responsible Time scale KPI / measure") ==
        Names{"Area of focus", "Key actions / steps", "Person / agency responsible", "Time scale", "KPI / measure"});
}

TEST_CASE("prose and short lines are no header") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Lead the review of the action plan by the end of June").empty());
  CHECK(splitter.Split("Action Lead").empty());  // Two names: too few for a header on one line.
  CHECK(splitter.Split("Fenland Harbour Safeguarding Partnership Annual Plan").empty());
}

TEST_CASE("names that end a sentence are no header but for a short heading's stop") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK_FALSE(splitter.MayBeHeader(Names{"Independent", "Chair is accountable to the", "Chief Executive."}));
  CHECK_FALSE(splitter.IsHeader(Names{"Action", "Lead", "Target date", "Progress is reviewed monthly."}));
  CHECK(splitter.MayBeHeader(Names{"Action", "Lead", "Org."}));
  CHECK(splitter.IsHeader(Names{"Action", "Lead", "Target date", "No."}));
}

TEST_CASE("a known name followed by a capitalised word ends there; headings unknown by name count by their words") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Ref Proposed activity Outcome sought Named officer(s) and partners Timescale Status update") ==
        Names{"Ref", "Proposed activity", "Outcome sought", "Named officer(s) and partners", "Timescale",
              "Status update"});
}

TEST_CASE("a heading of two columns' words, read by its head noun, makes a header") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Ref Task owner When is it due? Current status (RAG)") ==
        Names{"Ref", "Task owner", "When is it due?", "Current status (RAG)"});
}

TEST_CASE("an abbreviation's dot before a capital ends a name no rule knows") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Item no. Steps we plan Owner / date Latest position") ==
        Names{"Item no.", "Steps we plan", "Owner / date", "Latest position"});
}

TEST_CASE("unknown names whose words tell two columns are two names") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("No. Task Owner Deadline Update (Q3) Outputs and signs of impact") ==
        Names{"No.", "Task", "Owner", "Deadline", "Update (Q3)", "Outputs and signs of impact"});
}

TEST_CASE("names no rule knows split at their capitals when the rows say how many, never at initials") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  auto words = SpacedHeaderSplitter::WordsOf;
  CHECK(splitter.SplitAtCapitals(words("Item no. Work planned Champion Target finish"), 4) ==
        Names{"Item no.", "Work planned", "Champion", "Target finish"});
  CHECK(splitter.SplitAtCapitals(words("Item no. Work planned Champion Target finish"), 5).empty());
  CHECK(splitter.SplitAtCapitals(words("C Gill/ Quality & Performance Group"), 5).empty());
  CHECK(splitter.SplitAtCapitals(words("Steward Purpose Keeper"), 3).empty());  // no name a rule tells
}

TEST_CASE("a name no rule knows ends where a wrapped header's next line starts with a capital") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  // "Tag" / "Our intent" / "Owned by whom" / "Finish" over "target" / "Progress" over "remark".
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf("Tag Our intent Owned by whom Finish target "
                                                                 "Progress remark Tasks we will do");
  const SpacedHeaderSplitter::LineStarts line_starts = {1, 3, 6, 7, 8, 9, 10};
  CHECK(splitter.SplitBorneOut(words, line_starts) ==
        Names{"Tag", "Our intent", "Owned by whom", "Finish target", "Progress remark", "Tasks we will do"});
  // Without the lines, the fewest unknown names run "Tag" into the next.
  CHECK(splitter.SplitBorneOut(words, {}).front() != "Tag");
}

TEST_CASE("over a reference, a short first name no rule knows is the reference column's") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  auto words = SpacedHeaderSplitter::WordsOf("Entry Steps agreed Task owner When is it due? Progress remark");
  CHECK(splitter.SplitWords(words).empty());
  CHECK(splitter.SplitWords(words, true, {5, 8}) ==
        Names{"Entry", "Steps agreed", "Task owner", "When is it due?", "Progress remark"});
}

TEST_CASE("names no rule knows end before a capital after lower case or after a word that tells a column") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Ref Work we will do Ownership Progress") ==
        Names{"Ref", "Work we will do", "Ownership", "Progress"});
  CHECK(splitter.Split("Ref Outputs Named officer Progress") == Names{"Ref", "Outputs", "Named officer", "Progress"});
  CHECK(splitter.Split("Item Goal Products Named officer By Progress") ==
        Names{"Item", "Goal", "Products", "Named officer", "By", "Progress"});
  // Capitals alone stand inside a name.
  CHECK(splitter.Split("Ref Action Lead Progress at Q3") == Names{"Ref", "Action", "Lead", "Progress at Q3"});
}

TEST_CASE("a header of expected results and deliverables splits at its known names and words") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Expected results Key deliverables Lead officer Deadline") ==
        Names{"Expected results", "Key deliverables", "Lead officer", "Deadline"});
}

TEST_CASE("a theme's column no rule knows stands first in a header its agreed actions and owners make") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Workstream Agreed actions Led by whom Target month") ==
        Names{"Workstream", "Agreed actions", "Led by whom", "Target month"});
  CHECK(splitter.Split("Pillar Agreed action What success looks like Owner and deadline RAG") ==
        Names{"Pillar", "Agreed action", "What success looks like", "Owner and deadline", "RAG"});
}

TEST_CASE("a word that tells a column between two names no rule knows is a name of its own") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf("Strand Interventions Rationale Lead officer Notes");
  CHECK(splitter.SplitBorneOut(words, {}) ==
        Names{"Strand", "Interventions", "Rationale", "Lead officer", "Notes"});
}

TEST_CASE("outcomes headed by why are names of their own after a theme's name no rule knows") {
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Strand Why it matters Steps agreed Sponsor Due date Progress") ==
        Names{"Strand", "Why it matters", "Steps agreed", "Sponsor", "Due date", "Progress"});
}

TEST_CASE("a long header whose first name alone no rule tells splits though few names are known in full") {
  // "Area of work" heads a theme's column in the plan's own words; the others are told by their words.
  SpacedHeaderSplitter splitter(TestRules().headers);
  CHECK(splitter.Split("Area of work Outcome for walkers Actions we will take Responsible lead(s) Target completion "
                       "Commentary") == Names{"Area of work", "Outcome for walkers", "Actions we will take",
                                              "Responsible lead(s)", "Target completion", "Commentary"});
  // Shorter, or with an untold name further on, it says too little to be a header on its own.
  CHECK(splitter.Split("Area of work Actions we will take Target completion").empty());
}

TEST_CASE("names borne out by rows under them are a header only where one in three tells a column") {
  // A table of board members, a name or an agency a line, over an action table's references is no header.
  SpacedHeaderSplitter splitter(TestRules().headers);
  auto words = [](const std::string& text) { return SpacedHeaderSplitter::WordsOf(text); };
  CHECK(splitter.SplitBorneOut(words("Row Steps we take Champion Progress note"), {}).size() == 4);
  CHECK(splitter.SplitBorneOut(words("Harbour Master Lock Keeper Agency Canal Trust Fenland Police Marsh Ferry Company "
                                     "Weir Rescue Service Drainage Board"),
                               {})
            .empty());
}

}  // namespace
}  // namespace planrows
