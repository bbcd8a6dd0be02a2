// Words that Tesseract read out of specks in the white between cells.
#include "extractors/speck_words.h"

#include <catch2/catch.hpp>

#include "extractors/pix_ptr.h"

namespace planrows {
namespace {

// A word read over the box `x0`..`x1` by `y0`..`y1` with `confidence`.
PositionedWord Read(const char* text, double x0, double y0, double x1, double y1, double confidence) {
  PositionedWord word;
  word.text = text;
  word.box = Box{x0, y0, x1, y1};
  word.confidence = confidence;
  return word;
}

// Draws a black box `w` by `h` pixels at (`x`, `y`) on the grey `page`.
void Ink(Pix* page, int x, int y, int w, int h) {
  BOX* box = boxCreate(x, y, w, h);
  pixClearInRect(page, box);
  boxDestroy(&box);
}

TEST_CASE("a doubtful word over specks alone is dropped; one over a stroke or read surely stays") {
  PixPtr page(pixCreate(600, 200, 8));
  pixSetAll(page.get());
  Ink(page.get(), 105, 60, 2, 2);  // Two specks of dust between two cells.
  Ink(page.get(), 110, 90, 1, 2);
  Ink(page.get(), 205, 60, 4, 30);  // The stem of an "I".
  Ink(page.get(), 305, 70, 8, 8);   // A bullet's dot.
  Ink(page.get(), 405, 60, 2, 2);   // Specks under a word read surely.
  std::vector<PositionedWord> words = {Read("I", 100, 50, 116, 98, 31), Read("I", 200, 55, 212, 92, 40),
                                       Read("e", 300, 65, 318, 82, 45), Read("§", 400, 50, 420, 98, 88)};
  DropSpeckWords(page.get(), 34, &words);
  REQUIRE(words.size() == 3);
  CHECK(words[0].box.x0 == 200);
  CHECK(words[1].text == "e");
  CHECK(words[2].text == "§");
}

}  // namespace
}  // namespace planrows
