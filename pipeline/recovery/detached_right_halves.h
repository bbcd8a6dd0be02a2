// DetachedRightHalves: puts back the right-hand cells (lead, date, status,
// an outcome right of the action) that pdftotext's default mode wrote
// before the rest of their row. Where a row's action is taller than the
// rows beside it, pdftotext may write that row's right-hand cells among the
// rows above, as a row of no reference, and its reference and action
// further down the page with no cells after them:
//
//   DA1 Evaluate joint visits           <- a whole row
//   Rosalind Ballantyne
//   October 2018
//   Keith Fairbairn                     <- DA2's lead and date, written early
//   November 2018
//   DA3 Launch a perpetrator programme  <- a whole row
//   ...
//   DA2 Agree police notifications      <- DA2's reference and action alone
//   Publish joint visits
//
// pdftotext may also run the actions of such rows printed close together
// into one paragraph ("OS9 ..." over "OS10 ..."): each is a row of its own.
// On a page where each row of a reference and action alone has a row of
// right-hand cells alone written before it, the first such row going to the
// first, and none is left over, they are joined; otherwise which goes with
// which cannot be told, and the page's rows stay as read (MisreadRowFilter
// then leaves out, with a warning, those whose action is another column's).
#ifndef PLANROWS_PIPELINE_RECOVERY_DETACHED_RIGHT_HALVES_H_
#define PLANROWS_PIPELINE_RECOVERY_DETACHED_RIGHT_HALVES_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

class DetachedRightHalves {
 public:
  // Joins halves of rows read under `columns`, a table's columns with a
  // reference column left of its action; `cell_fit` and `classifier` must
  // outlive it.
  DetachedRightHalves(const CellFit& cell_fit, const CellClassifier& classifier,
                      std::vector<std::optional<Column>> columns);

  // Joins in `rows`, page by page, the rows of right-hand cells alone to
  // the rows of a reference and action alone after them (file comment).
  void Join(std::vector<RebuiltRow>* rows) const;

 private:
  // The left halves that `row` holds when it is a reference and its action
  // with no right-hand cell: itself, or one a reference where pdftotext ran
  // the actions of rows printed close together into one paragraph ("OS9
  // Update the guidance" over "OS10 Agree the curriculum"), each action
  // opening with a capital. None otherwise.
  std::vector<RebuiltRow> LeftHalves(const RebuiltRow& row) const;
  // The right halves that `row` holds when it is a row of no reference
  // whose cells, cut anew under the right-hand columns, make rows each
  // holding a lead, date or status: pdftotext may write the right halves
  // of several rows together. None otherwise; none either for a row that
  // starts in lower case, which goes on with a cell of the page before.
  std::vector<std::vector<std::string>> RightHalves(const RebuiltRow& row) const;
  // Adds to `out` the rows of `page`, one page's, with their halves joined;
  // false, adding nothing, when the halves do not pair off.
  bool JoinPage(const std::vector<RebuiltRow>& page, std::vector<RebuiltRow>* out) const;

  const CellFit& cell_fit_;
  const CellClassifier& classifier_;
  std::vector<std::optional<Column>> columns_;
  size_t ref_column_ = 0;
  size_t right_ = 0;  // The first right-hand column; 0 when the table has no halves.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_DETACHED_RIGHT_HALVES_H_
