// Ruling lines taken out of a scanned page before OCR: long rules, and the
// short pieces of a table's vertical rules drawn cell by cell.
#include "extractors/ruling_eraser.h"

#include <catch2/catch.hpp>

#include "tests/extractors/grey_page.h"

namespace planrows {
namespace {

constexpr double kDpi = 300;

// A white page with black boxes drawn by the test.
class Page : public GreyPage {
 public:
  Page() : GreyPage(1200, 1200) {}
  // Draws a black box `w` by `h` pixels at (`x`, `y`).
  void Ink(int x, int y, int w, int h) { Paint(x, y, w, h); }
  // True when the pixel at (`x`, `y`) is still ink.
  bool InkAt(int x, int y) const { return At(x, y) < 128; }
};

TEST_CASE("a long horizontal rule is erased and reported and a long vertical one is erased") {
  Page page;
  page.Ink(100, 200, 900, 3);
  page.Ink(600, 300, 3, 400);
  std::vector<Ruling> rulings = EraseRulings(page.pix(), kDpi);
  REQUIRE(rulings.size() == 1);
  CHECK(rulings[0].y == Approx(201.5));
  CHECK(!page.InkAt(500, 201));
  CHECK(!page.InkAt(601, 500));
}

TEST_CASE("short vertical pieces standing one under another on one x are erased") {
  Page page;
  // A rule drawn row by row, each piece 0.2 in tall, a pixel off the last.
  for (int row = 0; row < 4; ++row) page.Ink(400 + row % 2, 100 + 70 * row, 3, 60);
  EraseRulings(page.pix(), kDpi);
  for (int row = 0; row < 4; ++row) CHECK(!page.InkAt(401, 130 + 70 * row));
}

TEST_CASE("a long rule that steps a pixel aside is erased whole") {
  Page page;
  page.Ink(600, 100, 2, 100);  // Shorter than a long rule, and a piece on its own.
  page.Ink(601, 200, 2, 300);
  EraseRulings(page.pix(), kDpi);
  CHECK(!page.InkAt(600, 150));
  CHECK(!page.InkAt(601, 400));
}

TEST_CASE("a stub where borders drawn cell by cell meet is erased with them") {
  Page page;
  page.Ink(100, 300, 900, 2);
  page.Ink(500, 288, 2, 10);  // The end of the row above's border, just over the rule.
  page.Ink(520, 320, 20, 40);  // A glyph of the cell below, past the cell's padding.
  EraseRulings(page.pix(), kDpi);
  CHECK(!page.InkAt(500, 292));
  CHECK(page.InkAt(530, 340));
}

TEST_CASE("a lone tall stroke and short strokes one under another are kept") {
  Page page;
  page.Ink(800, 100, 3, 60);  // A title's tall letter.
  for (int row = 0; row < 4; ++row) page.Ink(300, 400 + 50 * row, 3, 30);  // Letters of body text, 0.1 in.
  EraseRulings(page.pix(), kDpi);
  CHECK(page.InkAt(801, 130));
  for (int row = 0; row < 4; ++row) CHECK(page.InkAt(301, 415 + 50 * row));
}

TEST_CASE("the vertical rules of a table of one row, meeting its borders, are erased; a stem under a rule is kept") {
  Page page;
  page.Ink(100, 300, 900, 3);  // The table's top and bottom borders.
  page.Ink(100, 360, 900, 3);
  page.Ink(400, 300, 3, 63);   // A vertical rule between them, 0.2 in tall.
  page.Ink(700, 480, 3, 60);   // A tall letter under the table, clear of its border.
  EraseRulings(page.pix(), kDpi);
  CHECK(!page.InkAt(401, 330));
  CHECK(page.InkAt(701, 510));
}

TEST_CASE("the short rules of a header row of one line, joined to its borders, are erased; a stem in it is kept") {
  Page page;
  page.Ink(100, 300, 900, 3);  // The header row's top and bottom borders, 0.11 in apart.
  page.Ink(100, 333, 900, 3);
  page.Ink(400, 300, 3, 36);   // A rule between two headings, from border to border.
  page.Ink(500, 307, 3, 20);   // A heading letter's stem, kept off the borders by the padding.
  EraseRulings(page.pix(), kDpi);
  CHECK(!page.InkAt(401, 320));
  CHECK(page.InkAt(501, 320));
}

TEST_CASE("a short border across one column between vertical rules is erased; a dash in a cell is kept") {
  Page page;
  page.Ink(100, 100, 3, 600);  // The table's left border and the rule after its narrow first column.
  page.Ink(190, 100, 3, 600);
  page.Ink(100, 400, 93, 3);   // A row's border across the first column alone, 0.3 in.
  page.Ink(400, 100, 3, 600);  // The next column's rule, with a dash in the cell before it.
  page.Ink(230, 300, 70, 3);
  EraseRulings(page.pix(), kDpi);
  CHECK(!page.InkAt(150, 401));
  CHECK(page.InkAt(260, 301));
}

}  // namespace
}  // namespace planrows
