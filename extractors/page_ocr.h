// PageOcr: reads the words of one rendered page image with Tesseract. Owns
// one TessBaseAPI, so each worker thread keeps its own PageOcr.
#ifndef PLANROWS_EXTRACTORS_PAGE_OCR_H_
#define PLANROWS_EXTRACTORS_PAGE_OCR_H_

#include <memory>
#include <vector>

#include "extractors/positioned_word.h"
#include "pipeline/base/result.h"

struct Pix;

namespace poppler {
class image;
}

namespace planrows {

// What OCR read on one page.
struct OcrPage {
  std::vector<PositionedWord> words;
  std::vector<Ruling> rulings;  // Horizontal ruling lines, painted out before reading.
  int quarter_turns = 0;         // Clockwise quarter turns the page was given to read upright.
};

class PageOcr {
 public:
  PageOcr();
  ~PageOcr();
  PageOcr(const PageOcr&) = delete;
  PageOcr& operator=(const PageOcr&) = delete;

  // Turns `image` (rendered at `dpi`) upright if it was scanned sideways or
  // upside down (noted in the result), deskews it, takes out its ruling
  // lines (noted too) and returns its words with boxes in points (72 per
  // inch) on the page turned upright, and confidences; ink the page pass
  // left unread or read doubtfully is read again patch by patch
  // (MissedInkReader). Fails when Tesseract or its English data cannot be
  // loaded.
  Result<OcrPage> Read(const poppler::image& image, double dpi);

 private:
  // Read for a page image `gray` that stands as it is to be read.
  Result<OcrPage> ReadUpright(Pix* gray, double dpi);

  struct Engine;
  std::unique_ptr<Engine> engine_;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PAGE_OCR_H_
