// PageColumns: where a table's columns start on a page that prints no
// repeat of its header. A converter that lays out each page on its own
// (pdftotext -layout) sizes the columns to that page's text, so on the next
// page every column may start a few characters further left or right, with
// no header to tell where. The cells of the page's rows tell it: the points
// where cells of several lines start are the page's columns, in the order
// of the table's.
#ifndef PLANROWS_PIPELINE_RECOVERY_PAGE_COLUMNS_H_
#define PLANROWS_PIPELINE_RECOVERY_PAGE_COLUMNS_H_

#include <optional>
#include <vector>

#include "extractors/page_text.h"

namespace planrows {

class PageColumns {
 public:
  // The starts of the columns that start at `starts` on the page the table
  // began on, read anew from the cells of positioned `page`: each of the
  // page's column starts given to one column in order, the nearer ones
  // where the page shows fewer, and a column it shows none of moved as the
  // column before it. Nothing when the page's cells start where the
  // columns already do, or when the page shows more columns than the
  // table has (another table's) by more than one start; one start more is
  // a column whose cells start at two places, and the start whose leaving
  // out lets the rest move the columns least is left out. A page showing
  // more starts than that is first read by its rows: a start that no row
  // shares with the start left of it is that column set apart (a row laid
  // out on its own, its cells shifted).
  static std::optional<std::vector<double>> Read(const std::vector<double>& starts, const PageText& page);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_PAGE_COLUMNS_H_
