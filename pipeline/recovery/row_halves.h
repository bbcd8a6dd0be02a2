// RowHalves: puts back together rows whose cells pdftotext wrote in two
// halves. On a crowded page of a ruled table, pdftotext's default mode may
// write the left-hand cells (reference, outcome, action) of several rows
// one after the other, and only then the right-hand cells (lead, date,
// status) of the same rows, in the same order:
//
//   tr4  Co-produce the hub      <- rows of left halves only
//   tr5  Launch a joint panel
//   B Ormerod   Dec-17   G       <- then the right halves, in turn
//   J Rees      Feb-16   R
//
// The grouper reads the right halves as rows of their own, cut at the
// wrong places as it looks for references and actions in them; this cuts
// them anew into right halves and joins the n-th to the n-th left half.
#ifndef PLANROWS_PIPELINE_RECOVERY_ROW_HALVES_H_
#define PLANROWS_PIPELINE_RECOVERY_ROW_HALVES_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

class RowHalves {
 public:
  // Joins halves of rows read under `columns`, a table's columns with a
  // reference column left of its action; `cell_fit` and `classifier`
  // must outlive it.
  RowHalves(const CellFit& cell_fit, const CellClassifier& classifier, std::vector<std::optional<Column>> columns);

  // Joins in `rows`, each cell a piece of text as the grouper read it,
  // each run of at least two rows of a reference and left-hand cells only
  // to the rows of no reference after it, their cells cut anew into right
  // halves; a row's left-hand cells are those up to its action.
  void Join(std::vector<GroupedRow>* rows) const;

  // Where a row of a table's `columns` parts into halves: its reference
  // column, and `right`, the first column right of its action; `right` is
  // 0 when the table has no halves (no reference left of an action, or no
  // column after the action).
  struct Split {
    size_t ref_column = 0;
    size_t right = 0;
  };
  static Split SplitOf(const std::vector<std::optional<Column>>& columns);

 private:
  // True when `row` has a cell in a column of [begin, end).
  static bool HasCellIn(const GroupedRow& row, size_t begin, size_t end);
  // True when `row` starts with a reference.
  bool HasRef(const GroupedRow& row) const;
  // True when `row` may be a right half read apart: it holds no reference,
  // nor prose left of the right-hand cells where they hold none.
  bool IsRightHalf(const GroupedRow& row) const;
  // The right halves that the cells of `rows` [begin, end), in order, form.
  std::vector<GroupedRow> RightHalves(const std::vector<GroupedRow>& rows, size_t begin, size_t end) const;

  const CellFit& cell_fit_;
  const CellClassifier& classifier_;
  std::vector<std::optional<Column>> columns_;
  size_t ref_column_ = 0;
  size_t right_ = 0;  // The first right-hand column; 0 when the table has no halves.
  bool prose_right_ = false;  // A right-hand column holds prose.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ROW_HALVES_H_
