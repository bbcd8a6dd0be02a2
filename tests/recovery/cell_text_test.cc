#include "pipeline/text/cell_text.h"
#include "pipeline/text/edit_distance.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

TEST_CASE("HTML list items become '; '-separated and entities are decoded") {
  CHECK(CellText::Clean("<ul> <li>Section 11 agreed by QA&amp;PM</li> <li>Audits  done</li> </ul>") ==
        "Section 11 agreed by QA&PM; Audits done");
}

TEST_CASE("bullet glyphs, including private-use ones, are dropped") {
  CHECK(CellText::Clean("\xEF\x82\xB7 Maintain services \xEF\x82\xB7 Review") == "Maintain services Review");
  CHECK(CellText::Clean("\xE2\x80\xA2") == "");
}

TEST_CASE("whitespace collapses and printed punctuation stays") {
  CHECK(CellText::Clean("  HOS \xE2\x80\x93  Quality\tAssurance \n") == "HOS \xE2\x80\x93 Quality Assurance");
}

TEST_CASE("NFKC folds compatibility characters") {
  CHECK(CellText::Clean("\xEF\xAC\x81nal") == "final");  // U+FB01 ligature fi.
}

TEST_CASE("folding for matching lowers case and drops punctuation") {
  CHECK(CellText::FoldForMatch("Lead/ subgroup") == "lead subgroup");
  CHECK(CellText::FoldForMatch("Current Status (RAG)") == "current status rag");
  CHECK(CellText::FoldForMatch("Lead & Completion Date") == "lead completion date");
}

TEST_CASE("noise is text without letters or digits") {
  CHECK(CellText::IsNoise(" , "));
  CHECK(CellText::IsNoise("\xE2\x80\xA2"));
  CHECK_FALSE(CellText::IsNoise("1"));
  CHECK_FALSE(CellText::IsNoise("&"));  // "Performance &" over "Improvement Officer".
}

}  // namespace
TEST_CASE("a line ends mid-phrase on a joining word, a determiner or a joining character") {
  CHECK(CellText::EndsMidPhrase("Walk the estate with"));
  CHECK(CellText::EndsMidPhrase("reported to the Harbour Board each"));
  CHECK(CellText::EndsMidPhrase("Tide Office &"));
  CHECK(CellText::EndsMidPhrase("Quay Office;"));
  CHECK_FALSE(CellText::EndsMidPhrase("Walk the estate"));
}

TEST_CASE("a line starts mid-phrase on a separator that joins it to the line above") {
  CHECK(CellText::StartsMidPhrase("/ Quay Office"));
  CHECK(CellText::StartsMidPhrase("& Tide Office"));
  CHECK(CellText::StartsMidPhrase(", Harbour Master"));
  CHECK_FALSE(CellText::StartsMidPhrase("- Walk the estate"));
  CHECK_FALSE(CellText::StartsMidPhrase("Quay Office /"));
}

TEST_CASE("a full line goes on inside its last word only where slashes made a word wider than a line") {
  CHECK(CellText::GoesOnInsideWord("Tide Office/Harbou", "r/Ferry Police", 18));
  CHECK(CellText::GoesOnInsideWord("Quay Warden/Ferr", "y/Lock Keeper", 16));
  // A slashed word as wide as a line or less would have wrapped whole.
  CHECK_FALSE(CellText::GoesOnInsideWord("Tide Office/Harb", "our Police", 16));
  CHECK_FALSE(CellText::GoesOnInsideWord("walk the estate", "walls each term", 15));
  CHECK_FALSE(CellText::GoesOnInsideWord("Tide Office/Harbou", "r/Ferry Police", 20));
  CHECK_FALSE(CellText::GoesOnInsideWord("Tide Office/Harbou", "R/Ferry Police", 18));
}

TEST_CASE("a line ends mid-phrase on a name's possessive, not on one in lower case") {
  CHECK(CellText::EndsMidPhrase("R Tamsin/Young People's"));
  CHECK(CellText::EndsMidPhrase("Head of Children\u2019s"));
  CHECK_FALSE(CellText::EndsMidPhrase("the child's needs as well as the parent's"));
}

TEST_CASE("a wrapped line joins its cell after a space but where the wrap split a word") {
  std::string cell = "Survey closed with 100 response";
  CellText::AppendWrapped("s", &cell);
  CHECK(cell == "Survey closed with 100 responses");
  cell = "Report went to the March Executiv";
  CellText::AppendWrapped("e and was agreed", &cell);
  CHECK(cell == "Report went to the March Executive and was agreed");
  cell = "Map the Sub-";
  CellText::AppendWrapped("group's work", &cell);
  CHECK(cell == "Map the Sub-group's work");
  cell = "Run";
  CellText::AppendWrapped("a survey", &cell);
  CHECK(cell == "Run a survey");
  cell = "Lead: R";
  CellText::AppendWrapped("s Mann", &cell);
  CHECK(cell == "Lead: R s Mann");
  // A bullet as OCR reads it starts an item.
  cell = "e Launch the transition protocol";
  CellText::AppendWrapped("e Embed the courses", &cell);
  CHECK(cell == "e Launch the transition protocol e Embed the courses");
  CellText::AppendWrapped("e e Map the routes", &cell);
  CHECK(cell == "e Launch the transition protocol e Embed the courses e e Map the routes");
}

TEST_CASE("a heading read again by OCR may have a letter misread dropped or added") {
  CHECK(CellText::ReadsAgain("lead by", "lead hy"));
  CHECK(CellText::ReadsAgain("evidence of change", "evidence of change'"));
  CHECK(CellText::ReadsAgain("progress", "progess"));
  CHECK_FALSE(CellText::ReadsAgain("lead", "leads and partners"));
  CHECK_FALSE(CellText::ReadsAgain("when it will be done", "when willit be done"));
}

TEST_CASE("edit distance counts insertions deletions substitutions and swaps") {
  CHECK(EditDistance("search", "serach") == 1);
  CHECK(EditDistance("lead", "lead") == 0);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("kitten", "sitting") == 3);
}

}  // namespace planrows
