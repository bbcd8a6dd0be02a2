// HeaderContentCheck: tells whether the cells read under a header hold what
// its names say. A line of known names in the midst of a header that a
// converter scattered over lines ("Why we are doing this" / "Steps to take"
// / "Latest update", the other names elsewhere) reads as a header of its
// own, and its columns then take other columns' cells: a progress column
// all dates, a date column without one.
#ifndef PLANROWS_PIPELINE_RECOVERY_HEADER_CONTENT_CHECK_H_
#define PLANROWS_PIPELINE_RECOVERY_HEADER_CONTENT_CHECK_H_

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class HeaderContentCheck {
 public:
  // A check by the patterns of `rules`, which must outlive it.
  explicit HeaderContentCheck(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // True when a column of `table` belies its known name: one named for a
  // date holds, in a few cells or more, not one date; one named for prose
  // (an outcome, an action, progress) holds nothing but dates; or one named
  // for leads holds references in a third of its cells or more.
  bool Belied(const RebuiltTable& table) const;
  // The share of the filled cells of `table` whose text is of the kind
  // their column's role holds (KindHeldBy): a lead's cells leads, a date's
  // dates; progress may be told in prose, and an action, an outcome or a
  // column no name gives a role (extra) in any text but references, dates
  // and leads. 0 when none is filled.
  double Agreement(const RebuiltTable& table) const;

 private:
  // Fewest filled cells of a column that tell what it holds.
  static constexpr int kMinCells = 3;
  // A lead column whose cells are references one in this many, or more, belies its name.
  static constexpr int kMostRefShareInLeads = 3;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_HEADER_CONTENT_CHECK_H_
