// PdfExtractor: reads PDFs: words with boxes and fonts from each page's
// text layer (Poppler), and by OCR (PageOcr) for pages that have none, page
// by page, so that scanned and mixed documents come out like born-digital ones.
#ifndef PLANROWS_EXTRACTORS_PDF_EXTRACTOR_H_
#define PLANROWS_EXTRACTORS_PDF_EXTRACTOR_H_

#include <memory>
#include <string>

#include "extractors/extractor.h"
#include "extractors/page_ocr.h"

namespace poppler {
class page;
}

namespace planrows {

struct PdfOptions {
  std::string password;   // For encrypted PDFs.
  bool ocr = true;        // OCR pages without a text layer.
  double dpi = 300;       // Resolution pages are rendered at for OCR.
  int min_text_chars = 20;  // A page with fewer text-layer characters is OCRed.
};

class PdfExtractor : public Extractor {
 public:
  explicit PdfExtractor(PdfOptions options) : options_(std::move(options)) {}

  // Reads every page of the PDF in `bytes`. Fails with InvalidInput for a
  // damaged, encrypted (without the right password) or empty PDF, and for
  // one with neither text nor anything OCR can read.
  Result<DocumentText> Extract(const std::string& path, const std::string& bytes) override;

 private:
  // The words of `page` from its text layer, turned upright; swaps the
  // size of `text` when the page reads sideways.
  static std::vector<PositionedWord> TextLayerWords(const poppler::page& page, PageText* text);
  // The words and ruling lines of `page` read by OCR; appends a warning
  // when OCR fails.
  OcrPage OcrWords(const poppler::page& page, int number, DocumentText* document);

  PdfOptions options_;
  std::unique_ptr<PageOcr> ocr_;  // Created on first use: loading Tesseract is slow.
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PDF_EXTRACTOR_H_
