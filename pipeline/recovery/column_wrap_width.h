// ColumnWrapWidth: the width a converter wrapped one column's cells to,
// over the pages of a table printed column by column. The converter wraps
// every cell of a column to one width, the same on every page; a page
// whose cells are all short shows less of it than it is, and reads a line
// that had room for the next word as full. The width two pages' widest
// lines reach alike is the column's (lines reach the width often, a line
// wider than it never); a width one page alone reaches may be a stray
// line's, and is not taken.
#ifndef PLANROWS_PIPELINE_RECOVERY_COLUMN_WRAP_WIDTH_H_
#define PLANROWS_PIPELINE_RECOVERY_COLUMN_WRAP_WIDTH_H_

#include <cstddef>
#include <vector>

namespace planrows {

class ColumnWrapWidth {
 public:
  // Per column, the width its cells were wrapped to, from `widest`, the
  // printed width of each page's widest line of each column (0 where a
  // page has none), pages in order: the widest that two pages or more
  // reach alike; 0 for a column where no two do.
  static std::vector<size_t> Shared(const std::vector<std::vector<size_t>>& widest);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_COLUMN_WRAP_WIDTH_H_
