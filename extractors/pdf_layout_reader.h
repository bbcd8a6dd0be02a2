// PdfLayoutReader: the words of a PDF's pages with their fonts, and the
// horizontal ruling lines that Word tables draw, in one pass of Poppler's
// core output-device API over each page's content (no rendering).
#ifndef PLANROWS_EXTRACTORS_PDF_LAYOUT_READER_H_
#define PLANROWS_EXTRACTORS_PDF_LAYOUT_READER_H_

#include <memory>
#include <string>
#include <vector>

#include "extractors/positioned_word.h"
#include "pipeline/base/result.h"

class PDFDoc;
class GlobalParamsIniter;

namespace planrows {

// What a page's text layer and vector graphics hold.
struct PageLayout {
  double width = 0, height = 0;  // As displayed (after the page's /Rotate).
  std::vector<PositionedWord> words;
  std::vector<Ruling> rulings;
  int rotation = 0;  // Quarter turns most of the text is set in (0..3).
};

class PdfLayoutReader {
 public:
  // Opens the PDF in `bytes` (which must outlive the reader). Fails with
  // InvalidInput when it is damaged, or encrypted and `password` does not open it.
  static Result<std::unique_ptr<PdfLayoutReader>> Open(const std::string& bytes, const std::string& password);
  ~PdfLayoutReader();

  int PageCount() const;
  // The layout of page `index` (0-based).
  PageLayout Read(int index) const;

 private:
  PdfLayoutReader() = default;

  std::unique_ptr<GlobalParamsIniter> params_;
  std::unique_ptr<PDFDoc> doc_;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PDF_LAYOUT_READER_H_
