// RunningTextFilter: finds the running headers and footers of a PDF or of
// a converter's text with form feeds ("West Berkshire LSCB Business Plan
// 2015 - 2017", "Page 2 of 5"), which repeat at the top or bottom of most
// pages and would otherwise break into tables that run across pages.
#ifndef PLANROWS_PIPELINE_RECOVERY_RUNNING_TEXT_FILTER_H_
#define PLANROWS_PIPELINE_RECOVERY_RUNNING_TEXT_FILTER_H_

#include <functional>
#include <vector>

#include "pipeline/recovery/plan_line.h"

namespace planrows {

class RunningTextFilter {
 public:
  // Removes from `lines` the lines that sit in a page's top or bottom
  // margin band (on text pages, its first or last line) with the same text
  // in the same band on at least half of the document's pages, and on two
  // or more, but for
  // numbers that follow the page's number ("Page 2 of 5"), with only such
  // lines between them and the page's edge; except the
  // lines of a table's header row repeated at the top of each page, though
  // it wraps anew on each: `keep(i)` is the number of lines such a header
  // starting at index `i` fills, or 0. The first line left on each page is
  // marked as its start.
  using Keep = std::function<size_t(size_t index)>;
  static void Apply(std::vector<PlanLine>* lines, const Keep& keep);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RUNNING_TEXT_FILTER_H_
