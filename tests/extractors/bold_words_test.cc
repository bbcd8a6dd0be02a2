// Bold told from the width of a scanned word's strokes, which Tesseract
// does not report.
#include "extractors/bold_words.h"

#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "extractors/pix_ptr.h"

namespace planrows {
namespace {

// A white 8-bit page on which the test prints words as rows of strokes.
class Page {
 public:
  Page() : pix_(pixCreate(2000, 2000, 8)) { pixSetAll(pix_.get()); }

  // Prints `text` at (`x`, `y`): 30 pixels high, a stroke of `stroke`
  // pixels every 12, one for each character, and returns it as a word.
  PositionedWord Word(const std::string& text, int x, int y, int stroke) {
    for (size_t c = 0; c < text.size(); ++c) {
      BOX* box = boxCreate(x + 12 * static_cast<int>(c), y, stroke, 30);
      pixClearInRect(pix_.get(), box);
      boxDestroy(&box);
    }
    PositionedWord word;
    word.text = text;
    word.box = Box{double(x), double(y), double(x + 12 * static_cast<int>(text.size())), double(y + 30)};
    return word;
  }
  Pix* pix() { return pix_.get(); }

 private:
  PixPtr pix_;
};

// A page of 30 regular words, one a line, to set the usual stroke.
std::vector<PositionedWord> RegularBody(Page* page) {
  std::vector<PositionedWord> words;
  for (int line = 0; line < 30; ++line) words.push_back(page->Word("audit", 100, 100 + 50 * line, 3));
  return words;
}

TEST_CASE("a scanned word of wide strokes is bold and a regular one is not") {
  Page page;
  std::vector<PositionedWord> words = RegularBody(&page);
  words.push_back(page.Word("Lead", 100, 1700, 6));
  MarkBoldWords(page.pix(), &words);
  CHECK(!words.front().bold);
  CHECK(words.back().bold);
}

TEST_CASE("a scanned word takes the weight of most of its line, a word too small to tell too") {
  Page page;
  std::vector<PositionedWord> words = RegularBody(&page);
  words.push_back(page.Word("2", 600, 1700, 3));         // A section's number, thin as OCR binarised it.
  words.push_back(page.Word("Listening", 630, 1700, 6));
  words.push_back(page.Word("a", 600, 1800, 6));         // A blot read as a letter in a regular line.
  words.push_back(page.Word("survey", 630, 1800, 3));
  words.push_back(page.Word("When", 600, 1900, 6));      // A heading's word read thinner than it is.
  words.push_back(page.Word("will", 670, 1900, 3));
  words.push_back(page.Word("Update", 800, 1900, 6));
  MarkBoldWords(page.pix(), &words);
  CHECK(words[30].bold);
  CHECK(words[31].bold);
  CHECK(!words[32].bold);
  CHECK(words[35].bold);
}

TEST_CASE("a page of too few words tells no bold") {
  Page page;
  std::vector<PositionedWord> words{page.Word("Lead", 100, 100, 6), page.Word("audit", 100, 200, 3)};
  MarkBoldWords(page.pix(), &words);
  CHECK(!words[0].bold);
}

}  // namespace
}  // namespace planrows
