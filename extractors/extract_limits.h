// ExtractLimits: the bounds reading one document keeps to, so that a
// hostile or broken file costs bounded time and memory and gets one clear
// error instead of running the batch out of either. Each is an option of
// `planrows ingest`, named in the error so that it can be raised.
#ifndef PLANROWS_EXTRACTORS_EXTRACT_LIMITS_H_
#define PLANROWS_EXTRACTORS_EXTRACT_LIMITS_H_

#include <cstddef>

namespace planrows {

struct ExtractLimits {
  // Pages of a PDF; a longer one is refused before any page is read.
  int max_pages = 1000;
  // Pixels of a page rendered for OCR, in millions: a larger page is
  // rendered at a lower resolution, down to kMinOcrDpi, and refused below.
  double max_ocr_megapixels = 25;
  // Bytes of one line of a text file (after decoding to UTF-8).
  size_t max_line_bytes = 100000;
  // Seconds for one document, checked between pages and between stages.
  double time_limit_seconds = 600;
};

// Below this resolution OCR reads nothing useful: a page that would need a
// lower one to stay under max_ocr_megapixels is not OCRed.
constexpr double kMinOcrDpi = 70;

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_EXTRACT_LIMITS_H_
