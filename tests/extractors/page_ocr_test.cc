// OCR of scanned pages: words, boxes and confidences, deskew, ruling lines.
#include "extractors/page_ocr.h"

#include <catch2/catch.hpp>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <set>
#include <string>

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

TEST_CASE("a blank image gives no words", "[ocr]") {
  poppler::image blank(800, 600, poppler::image::format_gray8);
  std::fill(blank.data(), blank.data() + blank.bytes_per_row() * 600, static_cast<char>(0xFF));
  PageOcr ocr;
  Result<OcrPage> page = ocr.Read(blank, kDpi);
  REQUIRE(page.ok());
  CHECK(page->words.empty());
}

}  // namespace
}  // namespace planrows
