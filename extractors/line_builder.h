// LineBuilder: groups the positioned words of one page (text layer or OCR)
// into TextLines in reading order, and each line into Segments split at
// wide horizontal gaps, so that the cells of a table row become separate
// segments while the words of one cell stay together.
#ifndef PLANROWS_EXTRACTORS_LINE_BUILDER_H_
#define PLANROWS_EXTRACTORS_LINE_BUILDER_H_

#include <vector>

#include "extractors/page_text.h"
#include "extractors/positioned_word.h"

namespace planrows {

class LineBuilder {
 public:
  // Returns the lines of a page built from its `words` (in any order). Sets
  // each line's box, gap_before (a vertical gap like a blank line),
  // heading_level (font clearly larger than the body text), bold and
  // confidence (mean of its words' OCR confidences), and ruled_row_start,
  // ruling_x0 and ruling_x1 where `rulings` run between a line and the one
  // above.
  static std::vector<TextLine> Build(std::vector<PositionedWord> words, const std::vector<Ruling>& rulings = {});
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_LINE_BUILDER_H_
