// FixedWidthRows: cuts the cells of a table written a cell a line into
// rows, where every row takes as many lines as the table has columns, an
// empty cell a blank line, as converters write a table one cell per line:
//
//   Theme Code Key actions Lead Due
//   Hidden children          <- the theme, written on its first row only
//   hc1
//   Map the home visits
//   R Okafor
//   May 2026
//                            <- the next row's empty theme
//   hc2
//   ...
//
// Each row's reference stands at the same place among its cells, so rows
// are cut around the references: a row starts as many cells before its
// reference as there are columns before the reference column. Counting a
// row's cells from its reference alone would give the theme to the row
// above. Where the reference column stands, when no heading names it, is
// told by Score: the place that gives the cells columns they fit. A table
// without references is cut by counting (GroupCounted).
#ifndef PLANROWS_PIPELINE_RECOVERY_FIXED_WIDTH_ROWS_H_
#define PLANROWS_PIPELINE_RECOVERY_FIXED_WIDTH_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/cell_kind.h"

namespace planrows {

class FixedWidthRows {
 public:
  // A reader of rows under `columns`, one of which is kRef, judged by
  // `cell_fit` and `classifier`, which must outlive it. With `numbered`, a
  // bare number ("7") is a reference.
  FixedWidthRows(const CellFit& cell_fit, const CellClassifier& classifier, std::vector<std::optional<Column>> columns,
                 bool numbered);

  // The rows of `pieces`, a cell each ("" for an empty one), cut around
  // the references; nothing when they do not cut so: no reference, or
  // text the rows leave over (before the first row, between rows, past the
  // last), as a cell wrapped over two lines does.
  std::optional<std::vector<GroupedRow>> Group(const std::vector<std::string>& pieces) const;
  // How well the cells of the rows Group cuts fit their columns, summed;
  // nothing when Group cuts none.
  std::optional<double> Score(const std::vector<std::string>& pieces) const;
  // The rows of `pieces` of a table without references, every row as many
  // pieces as there are columns; the last row may end short, its last
  // cells empty (the blank lines before a section heading are the
  // heading's). Nothing unless every row has an action and hardly any cell
  // of a lead, date or progress column reads as another column's would: a
  // cell wrapped over two lines shifts every cell after it.
  std::optional<std::vector<GroupedRow>> GroupCounted(const std::vector<std::string>& pieces) const;

 private:
  // The index of each piece of `pieces` that is a reference, whole ("EH2", "YV 1").
  std::vector<size_t> RefPieces(const std::vector<std::string>& pieces) const;
  // True when column `c` is the one column of a lead, date or progress, whose cells Misfits checks.
  bool Checks(size_t c) const;
  // True when `cell` does not fit its column `c`, the one column of a lead, date or progress.
  bool Misfits(size_t c, const std::string& cell) const;
  // The row of `pieces[start, end)`, the first put in column `first_column`;
  // a row short of cells has an empty run of them where its cells then fit
  // their columns best (Misfits), after its last cell when none fits better.
  GroupedRow PlaceRow(const std::vector<std::string>& pieces, size_t start, size_t end, size_t first_column) const;

  const CellFit& cell_fit_;
  const CellClassifier& classifier_;
  std::vector<std::optional<Column>> columns_;
  size_t ref_column_ = 0;
  bool numbered_ = false;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_FIXED_WIDTH_ROWS_H_
