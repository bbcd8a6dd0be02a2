// MonospacePage: a page of text laid out in character columns, as
// `pdftotext -layout` and similar converters write a table: cells at fixed
// columns with runs of spaces between them, each cell wrapped onto the lines
// below at its own column. Such a page is read as if printed in 10-point
// Courier, so that it becomes a positioned page like a PDF's text layer,
// and the table recovery that reads PDFs reads it too.
#ifndef PLANROWS_EXTRACTORS_MONOSPACE_PAGE_H_
#define PLANROWS_EXTRACTORS_MONOSPACE_PAGE_H_

#include <string>
#include <vector>

#include "extractors/page_text.h"

namespace planrows {

// One line of a text input as decoded, with its 1-based line number.
struct SourceLine {
  std::string text;
  int number = 0;
};

class MonospacePage {
 public:
  // True when the lines of `pages`, a document, are laid out in columns:
  // enough of them hold a run of spaces between words that is no
  // sentence's spacing. A document is read one way throughout, so that a
  // table's header repeated on a short page reads as the first did.
  static bool IsLaidOut(const std::vector<std::vector<SourceLine>>& pages);

  // `lines` as a positioned page numbered `number`: each word boxed where
  // 10-point Courier at 12-point leading would print it, blank lines as
  // the vertical gaps they print as.
  static PageText Position(const std::vector<SourceLine>& lines, int number);
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_MONOSPACE_PAGE_H_
