// HtmlReport: one self-contained HTML page (no network) for people who read
// rather than query: a board-by-topic heat map, completeness charts and a
// table of each board's actions. The page draws itself from data embedded in it.
#ifndef PLANROWS_PIPELINE_ANALYSIS_HTML_REPORT_H_
#define PLANROWS_PIPELINE_ANALYSIS_HTML_REPORT_H_

#include <ostream>

#include "pipeline/base/result.h"
#include "pipeline/store/store.h"

namespace planrows {

class HtmlReport {
 public:
  // Writes the report of everything in `store` to `out`, the rows as they
  // are read: memory does not grow with the number of rows.
  static Status Render(Store* store, std::ostream& out);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_ANALYSIS_HTML_REPORT_H_
