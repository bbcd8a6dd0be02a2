// TextExtractor: reads plan documents that a converter already turned into
// text (.txt, .md): tab-separated table rows, Markdown headings, bold and
// pipe tables, form feeds between pages, in any common encoding.
#ifndef PLANROWS_EXTRACTORS_TEXT_EXTRACTOR_H_
#define PLANROWS_EXTRACTORS_TEXT_EXTRACTOR_H_

#include "extractors/extractor.h"

namespace planrows {

class TextExtractor : public Extractor {
 public:
  // Splits the decoded text into pages (at form feeds) and lines; a line's
  // tabs or pipe-table bars split it into segments, one per cell, whose box
  // x is the cell's column index and y the line number.
  Result<DocumentText> Extract(const std::string& path, const std::string& bytes) override;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_TEXT_EXTRACTOR_H_
