// OCR of scanned pages: words, boxes and confidences, pages turned upright,
// deskew, ruling lines.
#include "extractors/page_ocr.h"

#include <catch2/catch.hpp>

#include <omp.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace planrows {
namespace {

constexpr double kDpi = 300;

poppler::image RenderPage(const std::string& name, int page) {
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_file(std::string(PLANROWS_CORPUS_DIR) + "/" + name));
  REQUIRE(pdf != nullptr);
  std::unique_ptr<poppler::page> p(pdf->create_page(page));
  REQUIRE(p != nullptr);
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  return renderer.render_page(p.get(), kDpi, kDpi);
}

std::set<std::string> Texts(const OcrPage& page) {
  std::set<std::string> texts;
  for (const PositionedWord& w : page.words) texts.insert(w.text);
  return texts;
}

TEST_CASE("a scanned table page gives its words, in page points, with confidences", "[ocr]") {
  poppler::image image = RenderPage("scanned/002_482c4765827834fc-scan.pdf", 2);
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(image, kDpi);
  REQUIRE(page.ok());
  std::set<std::string> texts = Texts(*page);
  for (const char* word : {"Theme", "Early", "Help", "Desired", "outcome", "Timeframe", "Evans", "January"}) {
    CHECK(texts.count(word) == 1);
  }
  for (const PositionedWord& w : page->words) {
    CHECK(w.box.x0 >= 0);
    CHECK(w.box.x1 <= 596);
    CHECK(w.box.y1 <= 842);
    CHECK(w.confidence >= 0);
    CHECK(w.confidence <= 100);
  }
  // The table's rows are ruled; the rulings are found and reported.
  CHECK(page->rulings.size() >= 5);
}

TEST_CASE("a header row printed in white on dark blue is read", "[ocr]") {
  // A fictional plan's table, its header row filled as Word's table styles fill it.
  poppler::image image = RenderPage("fixtures/dark-header-scan.pdf", 0);
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(image, kDpi);
  REQUIRE(page.ok());
  std::set<std::string> texts = Texts(*page);
  for (const char* word : {"Objective", "Action", "Who", "when", "Where", "now?"}) CHECK(texts.count(word) == 1);
}

// The words of `page` on the text line through `y` (points), left to right.
std::vector<std::string> LineAt(const OcrPage& page, double y) {
  std::vector<const PositionedWord*> line;
  for (const PositionedWord& w : page.words) {
    if (w.box.y0 <= y && y <= w.box.y1) line.push_back(&w);
  }
  std::sort(line.begin(), line.end(),
            [](const PositionedWord* a, const PositionedWord* b) { return a->box.x0 < b->box.x0; });
  std::vector<std::string> texts;
  for (const PositionedWord* w : line) texts.push_back(w->text);
  return texts;
}

TEST_CASE("short lone words layout analysis garbles are read again on their own", "[ocr]") {
  // Tesseract's page pass reads the bold refs of this table's narrow first
  // column as "cS" or "mie", and glues the initials of the lead column to
  // the action column's words ("may__C", "a___L").
  poppler::image image = RenderPage("scanned/002_482c4765827834fc-scan.pdf", 2);
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(image, kDpi);
  REQUIRE(page.ok());
  std::set<std::string> texts = Texts(*page);
  for (const char* ref : {"1.1", "1.2", "1.5", "2.1", "2.2", "2.5", "2.6"}) {
    CHECK(texts.count(ref) == 1);
  }
  for (const char* garbled : {"cS", "mie", "may__C", "a___L", "2.0"}) {
    CHECK(texts.count(garbled) == 0);
  }
  // Each initial is a word of its own, in its place before the surname, and
  // its box is in page points like the others'. (Which letter: this "C",
  // speckled, reads as "B" in grey and as "C" in black ink, and the grey
  // reading is the surer; its scanned plans read better in grey overall.)
  const PositionedWord* gill = nullptr;
  for (const PositionedWord& w : page->words) {
    if (w.text == "Gill") gill = &w;
  }
  REQUIRE(gill != nullptr);
  std::vector<std::string> line = LineAt(*page, (gill->box.y0 + gill->box.y1) / 2);
  auto at = std::find(line.begin(), line.end(), "Gill");
  REQUIRE(at - line.begin() >= 2);
  CHECK((*(at - 1)).size() == 1);
  CHECK(std::isupper(static_cast<unsigned char>((*(at - 1))[0])));
  CHECK(*(at - 2) == "may");
}

// `image`, an 8-bit grey image, turned a quarter clockwise.
poppler::image TurnedQuarter(const poppler::image& image) {
  const int width = image.width(), height = image.height();
  poppler::image turned(height, width, poppler::image::format_gray8);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      turned.data()[static_cast<size_t>(x) * turned.bytes_per_row() + (height - 1 - y)] =
          image.const_data()[static_cast<size_t>(y) * image.bytes_per_row() + x];
    }
  }
  return turned;
}

TEST_CASE("a page image turned a quarter is turned back before it is read", "[ocr]") {
  poppler::image image = TurnedQuarter(RenderPage("scanned/002_482c4765827834fc-scan.pdf", 2));
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(image, kDpi);
  REQUIRE(page.ok());
  CHECK(page->quarter_turns == 3);
  std::set<std::string> texts = Texts(*page);
  for (const char* word : {"Theme", "Desired", "outcome", "Timeframe"}) CHECK(texts.count(word) == 1);
  // The words stand on the page upright, as tall as it was before it was turned.
  for (const PositionedWord& w : page->words) CHECK(w.box.x1 <= 596);
}

TEST_CASE("an upright page image is read as it is", "[ocr]") {
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(RenderPage("scanned/002_482c4765827834fc-scan.pdf", 2), kDpi);
  REQUIRE(page.ok());
  CHECK(page->quarter_turns == 0);
}

TEST_CASE("a blank image gives no words", "[ocr]") {
  poppler::image blank(800, 600, poppler::image::format_gray8);
  std::fill(blank.data(), blank.data() + blank.bytes_per_row() * 600, static_cast<char>(0xFF));
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(blank, kDpi);
  REQUIRE(page.ok());
  CHECK(page->words.empty());
}

TEST_CASE("reading a page leaves Tesseract's OpenMP to one thread", "[ocr]") {
  poppler::image blank(200, 200, poppler::image::format_gray8);
  std::fill(blank.data(), blank.data() + blank.bytes_per_row() * 200, static_cast<char>(0xFF));
  PageOcr ocr;
  REQUIRE(ocr.Read(blank, kDpi).ok());
  // No parallel region is active, so each runs on the calling thread alone.
  CHECK(omp_get_max_active_levels() == 0);
}

}  // namespace
}  // namespace planrows
