// TextExtractor: reads plan documents that a converter already turned into
// text (.txt, .md): tab-separated table rows, Markdown headings, bold and
// pipe tables, form feeds between pages, in any common encoding.
#ifndef PLANROWS_EXTRACTORS_TEXT_EXTRACTOR_H_
#define PLANROWS_EXTRACTORS_TEXT_EXTRACTOR_H_

#include "extractors/extract_limits.h"
#include "extractors/extractor.h"

namespace planrows {

class TextExtractor : public Extractor {
 public:
  // An extractor that refuses lines longer than `limits.max_line_bytes`.
  explicit TextExtractor(const ExtractLimits& limits = ExtractLimits()) : max_line_bytes_(limits.max_line_bytes) {}

  // Splits the decoded text into pages (at form feeds) and lines; a line's
  // tabs or pipe-table bars split it into segments, one per cell, whose box
  // x is the cell's column index and y the line number. Fails with
  // InvalidInput, naming the line, for a line over the length limit.
  Result<DocumentText> Extract(const std::string& path, const std::string& bytes) override;

 private:
  size_t max_line_bytes_;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_TEXT_EXTRACTOR_H_
