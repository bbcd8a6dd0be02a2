// Dark fills of a scanned page turned white before OCR, their letters black;
// paper, light tints and small blots left as they were.
#include "extractors/dark_fills.h"

#include <catch2/catch.hpp>

#include "tests/extractors/grey_page.h"

namespace planrows {
namespace {

constexpr double kDpi = 300;

// A page as wide as a table's header row.
GreyPage Page() { return GreyPage(1200, 600); }

TEST_CASE("a dark band's white letters turn black on white") {
  GreyPage page = Page();
  page.Paint(100, 100, 800, 80, 60);  // A header row in dark blue's grey.
  page.Paint(150, 120, 6, 40, 255);   // The stem of a white letter.
  page.Paint(300, 120, 30, 6, 255);   // A white bar.
  WhitenDarkFills(page.pix(), kDpi);
  CHECK(page.At(120, 110) == 255);
  CHECK(page.At(600, 170) == 255);
  CHECK(page.At(152, 140) == 0);
  CHECK(page.At(315, 122) == 0);
}

TEST_CASE("a strong fill's black letters stay black and the fill turns white") {
  GreyPage page = Page();
  page.Paint(100, 300, 200, 60, 90);  // A RAG cell in red's grey.
  page.Paint(150, 315, 5, 30, 0);
  WhitenDarkFills(page.pix(), kDpi);
  CHECK(page.At(110, 310) == 255);
  CHECK(page.At(152, 330) == 0);
}

TEST_CASE("a title's bold letters are no fill") {
  GreyPage page = Page();
  for (int x = 100; x < 700; x += 22) page.Paint(x, 100, 14, 80, 0);  // Thick strokes a narrow gap apart.
  WhitenDarkFills(page.pix(), kDpi);
  CHECK(page.At(105, 140) == 0);
  CHECK(page.At(118, 140) == 255);
}

TEST_CASE("paper and light tints with their letters and blots too small for a cell are left as they were") {
  GreyPage page = Page();
  page.Paint(100, 100, 800, 80, 225);  // A header row in a light tint.
  page.Paint(150, 120, 5, 40, 0);
  page.Paint(600, 400, 20, 20, 30);    // A bullet or blot, no cell.
  page.Paint(700, 400, 5, 40, 0);      // Ink on paper.
  WhitenDarkFills(page.pix(), kDpi);
  CHECK(page.At(120, 110) == 225);
  CHECK(page.At(152, 140) == 0);
  CHECK(page.At(610, 410) == 30);
  CHECK(page.At(702, 420) == 0);
  CHECK(page.At(50, 50) == 255);
}

}  // namespace
}  // namespace planrows
