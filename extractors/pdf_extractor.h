// PdfExtractor: reads PDFs: words with boxes and fonts, and ruling lines,
// from each page's content (PdfLayoutReader), and by OCR (PageOcr) for pages
// that have no text layer, page by page, so that scanned and mixed documents
// come out like born-digital ones.
#ifndef PLANROWS_EXTRACTORS_PDF_EXTRACTOR_H_
#define PLANROWS_EXTRACTORS_PDF_EXTRACTOR_H_

#include <functional>
#include <memory>
#include <string>

#include "extractors/extract_limits.h"
#include "extractors/extractor.h"
#include "extractors/page_ocr.h"
#include "extractors/pdf_layout_reader.h"

namespace poppler {
class document;
class page;
}

namespace planrows {

// Told, before each page of a PDF is read, the path the PDF was given by, the
// page's number (from 1) and the PDF's page count, so that a caller can show
// how far a long scan has come. Called on the extracting thread.
using PageProgress = std::function<void(const std::string& path, int page, int pages)>;

struct PdfOptions {
  std::string password;   // For encrypted PDFs.
  bool ocr = true;        // OCR pages without a text layer.
  double dpi = 300;       // Resolution pages are rendered at for OCR.
  int min_text_chars = 20;  // A page with fewer text-layer characters is OCRed.
  ExtractLimits limits;     // Pages, OCR pixels and time.
  PageProgress on_page;     // Told of each page before it is read; may be empty.
};

class PdfExtractor : public Extractor {
 public:
  explicit PdfExtractor(PdfOptions options) : options_(std::move(options)) {}

  // Reads every page of the PDF in `bytes`. Fails with InvalidInput for a
  // damaged, encrypted (without the right password) or empty PDF, one with
  // neither text nor anything OCR can read, one of more pages than the
  // limit, and one not read within the time limit. Poppler's messages
  // become the document's warnings. Tells options_.on_page of each page
  // before reading it.
  Result<DocumentText> Extract(const std::string& path, const std::string& bytes) override;

 private:
  // The words and rulings of a page's text layer, turned upright; sets the
  // size of `text` as the page reads.
  static void TextLayer(PageLayout layout, PageText* text, std::vector<PositionedWord>* words,
                        std::vector<Ruling>* rulings);
  // The PDF opened again with Poppler's renderer, for pages that need OCR.
  Result<std::unique_ptr<poppler::document>> OpenForRendering(const std::string& bytes) const;
  // Reads the pages of `reader` into `document`, telling options_.on_page
  // of each page of the PDF at `path` before it is read.
  Status ReadPages(const PdfLayoutReader& reader, const std::string& path, const std::string& bytes,
                   DocumentText* document);
  // The resolution `page` is rendered at for OCR: options_.dpi, lowered so
  // the image stays under the pixel limit; 0 (and a warning) when that
  // would be too low to read.
  double OcrDpi(const poppler::page& page, int number, DocumentText* document) const;
  // The words and ruling lines of `page` read by OCR; appends a warning
  // when OCR fails.
  OcrPage OcrWords(const poppler::page& page, int number, DocumentText* document);

  PdfOptions options_;
  std::unique_ptr<PageOcr> ocr_;  // Created on first use: loading Tesseract is slow.
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PDF_EXTRACTOR_H_
