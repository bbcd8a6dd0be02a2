// LookalikeRefs: cells OCR read as words that a column's references show
// to be references.
#include "pipeline/recovery/lookalike_refs.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

// The cells of one column, noted with the kind the classifier gives them.
std::array<int, kCellKindCount> MisreadIn(const std::vector<std::string>& cells) {
  CellClassifier classifier(TestRules());
  LookalikeRefs lookalikes(TestRules().patterns);
  for (const std::string& cell : cells) lookalikes.Note(cell, classifier.Classify(cell));
  return lookalikes.Misread();
}

TEST_CASE("a word that is a reference of the column's letters with a digit misread counts as a reference") {
  std::array<int, kCellKindCount> misread = MisreadIn({"kfl", "kf2", "kf3", "rwl", "rw2"});
  CHECK(misread[int(CellKind::kOther)] == 2);
  CHECK(misread[int(CellKind::kRef)] == 0);
}

TEST_CASE("a lookalike whose letters no reference of the column starts with stays a word") {
  CHECK(MisreadIn({"kf2", "kf3", "all", "til"}) == std::array<int, kCellKindCount>{});
  CHECK(MisreadIn({"all", "ill", "nil"}) == std::array<int, kCellKindCount>{});
}

}  // namespace
}  // namespace planrows
