#include "extractors/line_builder.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

// A word of 9-point text whose top is at `top`, left edge at `x`.
PositionedWord WordAt(const std::string& text, double x, double top) {
  return PositionedWord{text, Box{x, top, x + 6.0 * text.size(), top + 9}, 9};
}

TEST_CASE("a row break is a gap even where most rows are one line") {
  // Cells wrap at a 10.5-point pitch; rows are 16.5 points apart. Only
  // two rows of five wrap, so most pairs of lines are parted by a row break.
  std::vector<PositionedWord> words;
  double top = 100;
  for (int row = 0; row < 5; ++row) {
    words.push_back(WordAt("Action" + std::to_string(row), 40, top));
    words.push_back(WordAt("Lead", 300, top));
    if (row == 1 || row == 3) {
      top += 10.5;
      words.push_back(WordAt("wrapped", 40, top));
    }
    top += 16.5;
  }
  std::vector<TextLine> lines = LineBuilder::Build(words);
  REQUIRE(lines.size() == 7);
  std::vector<bool> gaps;
  for (const TextLine& line : lines) gaps.push_back(line.gap_before);
  CHECK(gaps == std::vector<bool>{false, true, false, true, true, false, true});
}

TEST_CASE("a line of a height few lines share is parted by the page's pitch, not by its rare pairs") {
  // OCR gives a line without tall letters ("we are") a height of its own.
  // Of the few lines of that height, the pairs that follow each other
  // are parted by a wide gap: that gap is no usual line spacing.
  auto short_word = [](const std::string& text, double x, double top) {
    return PositionedWord{text, Box{x, top + 2, x + 6.0 * text.size(), top + 8}, 9};
  };
  std::vector<PositionedWord> words{short_word("news", 40, 70), short_word("we are", 40, 100)};
  for (int i = 0; i < 6; ++i) words.push_back(WordAt("Heading" + std::to_string(i), 40, 111 + 11.0 * i));
  std::vector<TextLine> lines = LineBuilder::Build(words);
  REQUIRE(lines.size() == 8);
  CHECK(lines[1].gap_before);
  CHECK_FALSE(lines[2].gap_before);
}

TEST_CASE("lines of one paragraph at an even pitch have no gaps") {
  std::vector<PositionedWord> words;
  for (int i = 0; i < 6; ++i) words.push_back(WordAt("line", 40, 100 + 11.0 * i));
  for (const TextLine& line : LineBuilder::Build(words)) CHECK_FALSE(line.gap_before);
}

TEST_CASE("a ruling parts the first line with text under it, not a merged cell's line left of it") {
  // An outcome cell at x 40 spans two rows; the ruling between the rows
  // starts at the action column (x 200), just above the outcome's last line.
  std::vector<PositionedWord> words{WordAt("Parents", 40, 100), WordAt("Promote", 200, 100),
                                    WordAt("know", 40, 111),    WordAt("online", 40, 122),
                                    WordAt("Update", 200, 133), WordAt("Full", 40, 150)};
  std::vector<Ruling> rulings{{120, 195, 500}, {146, 35, 500}};
  std::vector<TextLine> lines = LineBuilder::Build(words, rulings);
  REQUIRE(lines.size() == 5);
  std::vector<bool> ruled;
  for (const TextLine& line : lines) ruled.push_back(line.ruled_row_start);
  CHECK(ruled == std::vector<bool>{false, false, false, true, true});
  CHECK(lines[3].ruling_x0 == 195);
}

TEST_CASE("rulings on a page without text mark nothing") {
  CHECK(LineBuilder::Build({}, {{120, 35, 500}}).empty());
}

}  // namespace
}  // namespace planrows
