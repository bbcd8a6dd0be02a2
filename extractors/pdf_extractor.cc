#include "extractors/pdf_extractor.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "extractors/line_builder.h"

namespace planrows {
namespace {

// Pages larger than this (in points, 200 inches) are not rendered for OCR:
// their image would not fit in memory at OCR resolution.
constexpr double kMaxRenderedSide = 14400;
// Longest side of a rendered page in pixels; the resolution drops to fit.
constexpr double kMaxPixels = 12000;

bool IsBoldFont(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return name.find("bold") != std::string::npos || name.find("black") != std::string::npos ||
         name.find("heavy") != std::string::npos;
}

std::string Utf8(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Turns boxes of text set in quarter turns `rotation` (Poppler's 0..3, in
// page space of `width` x `height`) into the page as one reads it, so that
// a landscape table on a rotated page reads left to right, top to bottom.
Box Upright(const Box& b, int rotation, double width, double height) {
  switch (rotation) {
    case 1: return Box{b.y0, width - b.x1, b.y1, width - b.x0};
    case 2: return Box{width - b.x1, height - b.y1, width - b.x0, height - b.y0};
    case 3: return Box{height - b.y1, b.x0, height - b.y0, b.x1};
    default: return b;
  }
}

// Poppler logs damaged-PDF complaints to stderr; planrows reports errors itself.
void QuietPoppler(const std::string&, void*) {}

}  // namespace

std::vector<PositionedWord> PdfExtractor::TextLayerWords(const poppler::page& page, PageText* text) {
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  // The page reads in the direction most of its characters run.
  size_t chars_by_rotation[4] = {0, 0, 0, 0};
  for (const poppler::text_box& box : boxes) chars_by_rotation[box.rotation() & 3] += box.text().size();
  int rotation = static_cast<int>(std::max_element(chars_by_rotation, chars_by_rotation + 4) - chars_by_rotation);
  // Boxes come in the page's displayed frame, which is the media box turned
  // by the page's /Rotate; the boxes themselves tell which way round it is.
  double width = text->width, height = text->height, right = 0;
  for (const poppler::text_box& box : boxes) right = std::max(right, box.bbox().right());
  if (right > width + 1) std::swap(width, height);
  text->width = rotation % 2 == 1 ? height : width;
  text->height = rotation % 2 == 1 ? width : height;
  std::vector<PositionedWord> words;
  for (const poppler::text_box& box : boxes) {
    std::string text = Utf8(box.text());
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    poppler::rectf r = box.bbox();
    PositionedWord word;
    word.text = std::move(text);
    word.box = Upright(Box{r.left(), r.top(), r.right(), r.bottom()}, rotation, width, height);
    word.font_size = box.get_font_size();
    word.bold = IsBoldFont(box.get_font_name());
    words.push_back(std::move(word));
  }
  return words;
}

OcrPage PdfExtractor::OcrWords(const poppler::page& page, int number, DocumentText* document) {
  poppler::rectf rect = page.page_rect();
  double side = std::max(rect.width(), rect.height());
  if (side > kMaxRenderedSide) {
    document->warnings.push_back(fmt::format("page {}: too large to OCR ({:.0f} points)", number, side));
    return {};
  }
  double dpi = std::min(options_.dpi, kMaxPixels * 72 / std::max(1.0, side));
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid()) {
    document->warnings.push_back(fmt::format("page {}: could not be rendered for OCR", number));
    return {};
  }
  if (!ocr_) ocr_ = std::make_unique<PageOcr>();
  Result<OcrPage> read = ocr_->Read(image, dpi);
  if (!read.ok()) {
    document->warnings.push_back(fmt::format("page {}: OCR failed: {}", number, read.status().message()));
    return {};
  }
  return std::move(read).value();
}

Result<DocumentText> PdfExtractor::Extract(const std::string& path, const std::string& bytes) {
  (void)path;
  poppler::set_debug_error_function(QuietPoppler, nullptr);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), options_.password, options_.password));
  if (!pdf) return Status::InvalidInput("damaged or truncated PDF, or encrypted with another password");
  if (pdf->is_locked()) {
    pdf->unlock(options_.password, options_.password);  // Returns whether it is still locked.
    if (pdf->is_locked()) {
      return Status::InvalidInput(options_.password.empty() ? "encrypted PDF; give its password with --password"
                                                            : "encrypted PDF; the password given does not open it");
    }
  }
  int pages = pdf->pages();
  if (pages <= 0) return Status::InvalidInput("PDF has no pages");
  DocumentText document;
  size_t words_total = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      document.warnings.push_back(fmt::format("page {}: unreadable", i + 1));
      continue;
    }
    PageText text;
    text.number = i + 1;
    poppler::rectf rect = page->page_rect();
    text.width = rect.width();
    text.height = rect.height();
    std::vector<PositionedWord> words = TextLayerWords(*page, &text);
    size_t chars = 0;
    for (const PositionedWord& w : words) chars += w.text.size();
    std::vector<Ruling> rulings;
    if (static_cast<int>(chars) < options_.min_text_chars && options_.ocr) {
      OcrPage read = OcrWords(*page, text.number, &document);
      words = std::move(read.words);
      rulings = std::move(read.rulings);
      text.from_ocr = true;
      text.ruled = !rulings.empty();
    }
    words_total += words.size();
    text.lines = LineBuilder::Build(std::move(words), rulings);
    document.pages.push_back(std::move(text));
  }
  if (words_total == 0) {
    return Status::InvalidInput(options_.ocr ? "no text in the PDF, and OCR found none"
                                             : "no text layer in the PDF (OCR is off)");
  }
  return document;
}

}  // namespace planrows
