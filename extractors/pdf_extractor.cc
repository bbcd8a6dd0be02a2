#include "extractors/pdf_extractor.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <utility>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "extractors/library_messages.h"
#include "extractors/line_builder.h"
#include "pipeline/base/deadline.h"

namespace planrows {
namespace {

// Fewest ruling lines that make a page's table a ruled one.
constexpr size_t kMinRulingsForTable = 3;

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

// What Poppler's renderer says of a damaged PDF becomes the document's warnings.
void ToWarnings(const std::string& message, void*) { LibraryMessages::Say("Poppler", message.c_str()); }

}  // namespace

double PdfExtractor::OcrDpi(const poppler::page& page, int number, DocumentText* document) const {
  poppler::rectf rect = page.page_rect();
  const double square_inches = std::max(1.0, rect.width()) * std::max(1.0, rect.height()) / (72.0 * 72.0);
  const double max_pixels = options_.limits.max_ocr_megapixels * 1e6;
  const double dpi = std::min(options_.dpi, std::sqrt(max_pixels / square_inches));
  if (dpi >= options_.dpi) return dpi;
  if (dpi >= kMinOcrDpi) {
    document->warnings.push_back(fmt::format("page {}: OCR at {:.0f} dpi, not {:.0f}, to stay under {} megapixels "
                                             "(--max-ocr-megapixels)",
                                             number, dpi, options_.dpi, options_.limits.max_ocr_megapixels));
    return dpi;
  }
  document->warnings.push_back(fmt::format(
      "page {}: too large to OCR ({:.0f} x {:.0f} points: over {} megapixels at {:.0f} dpi; --max-ocr-megapixels)",
      number, rect.width(), rect.height(), options_.limits.max_ocr_megapixels, kMinOcrDpi));
  return 0;
}

OcrPage PdfExtractor::OcrWords(const poppler::page& page, int number, DocumentText* document) {
  const double dpi = OcrDpi(page, number, document);
  if (dpi == 0) return {};
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

Result<std::unique_ptr<poppler::document>> PdfExtractor::OpenForRendering(const std::string& bytes) const {
  poppler::set_debug_error_function(ToWarnings, nullptr);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), options_.password, options_.password));
  if (!pdf || pdf->is_locked()) return Status::InvalidInput("PDF cannot be opened for rendering");
  return pdf;
}

void PdfExtractor::TextLayer(PageLayout layout, PageText* text, std::vector<PositionedWord>* words,
                             std::vector<Ruling>* rulings) {
  const double width = layout.width, height = layout.height;
  text->width = layout.rotation % 2 == 1 ? height : width;
  text->height = layout.rotation % 2 == 1 ? width : height;
  for (PositionedWord& w : layout.words) w.box = Upright(w.box, layout.rotation, width, height);
  *words = std::move(layout.words);
  // Rulings of a page read sideways run down it: they separate no rows.
  if (layout.rotation % 2 == 1) return;
  for (const Ruling& r : layout.rulings) {
    Box turned = Upright(Box{r.x0, r.y, r.x1, r.y}, layout.rotation, width, height);
    rulings->push_back(Ruling{turned.y0, turned.x0, turned.x1});
  }
}

Status PdfExtractor::ReadPages(const PdfLayoutReader& reader, const std::string& path, const std::string& bytes,
                               DocumentText* document) {
  const Deadline deadline(options_.limits.time_limit_seconds);
  const int pages = reader.PageCount();
  std::unique_ptr<poppler::document> rendering;  // Opened when a page needs OCR.
  for (int i = 0; i < pages; ++i) {
    if (deadline.Passed()) {
      return Status::InvalidInput(fmt::format("time limit of {} s reached at page {} of {} (--time-limit)",
                                              deadline.seconds(), i + 1, pages));
    }
    if (options_.on_page) options_.on_page(path, i + 1, pages);
    PageText text;
    text.number = i + 1;
    std::vector<PositionedWord> words;
    std::vector<Ruling> rulings;
    TextLayer(reader.Read(i), &text, &words, &rulings);
    size_t chars = 0;
    for (const PositionedWord& w : words) chars += w.text.size();
    if (static_cast<int>(chars) < options_.min_text_chars && options_.ocr) {
      if (!rendering) {
        Result<std::unique_ptr<poppler::document>> opened = OpenForRendering(bytes);
        if (!opened.ok()) return opened.status();
        rendering = std::move(opened).value();
      }
      std::unique_ptr<poppler::page> page(rendering->create_page(i));
      OcrPage read = page ? OcrWords(*page, text.number, document) : OcrPage{};
      words = std::move(read.words);
      rulings = std::move(read.rulings);
      text.from_ocr = true;
      // The words stand on the page turned upright.
      if (read.quarter_turns % 2 == 1) std::swap(text.width, text.height);
    }
    // A page's rulings tell its rows apart only where it has a ruled table.
    text.ruled = rulings.size() >= kMinRulingsForTable;
    text.lines = LineBuilder::Build(std::move(words), rulings);
    document->pages.push_back(std::move(text));
  }
  return Status::Ok();
}

Result<DocumentText> PdfExtractor::Extract(const std::string& path, const std::string& bytes) {
  LibraryMessages messages;
  Result<std::unique_ptr<PdfLayoutReader>> reader = PdfLayoutReader::Open(bytes, options_.password);
  if (!reader.ok()) return reader.status();
  int pages = (*reader)->PageCount();
  if (pages <= 0) return Status::InvalidInput("PDF has no pages");
  if (pages > options_.limits.max_pages) {
    return Status::InvalidInput(
        fmt::format("too many pages ({}; limit {}, --max-pages)", pages, options_.limits.max_pages));
  }
  DocumentText document;
  if (Status status = ReadPages(**reader, path, bytes, &document); !status.ok()) return status;
  size_t lines = 0;
  for (const PageText& page : document.pages) lines += page.lines.size();
  if (lines == 0) {
    // The pages' warnings (a page too large to OCR) say why, on the same line.
    std::string why = options_.ocr ? "no text in the PDF, and OCR found none" : "no text layer in the PDF (OCR is off)";
    for (const std::string& warning : document.warnings) why += "; " + warning;
    return Status::InvalidInput(why);
  }
  for (std::string& warning : messages.Warnings()) document.warnings.push_back(std::move(warning));
  return document;
}

}  // namespace planrows
