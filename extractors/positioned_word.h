// PositionedWord: one word read from a PDF page's text layer or by OCR, with
// its box; the raw material that LineBuilder turns into TextLines.
#ifndef PLANROWS_EXTRACTORS_POSITIONED_WORD_H_
#define PLANROWS_EXTRACTORS_POSITIONED_WORD_H_

#include <string>

#include "extractors/page_text.h"

namespace planrows {

struct PositionedWord {
  std::string text;  // UTF-8.
  Box box;           // Page units (PDF points), y grows downwards.
  double font_size = 0;  // 0 when unknown (OCR gives the box height instead).
  bool bold = false;
  double confidence = -1;  // OCR confidence 0..100; -1 for a text layer.
};

// A horizontal ruling line on a page, in points.
struct Ruling {
  double y = 0;
  double x0 = 0, x1 = 0;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_POSITIONED_WORD_H_
