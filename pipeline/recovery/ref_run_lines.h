// RefRunLines: puts back in row order the lines of a ruled table that
// pdftotext wrote references first. Where the rows' references stand close
// one under another, pdftotext writes them as one run and the rows' action
// cells after it, one under another:
//
//   2.5.
//   2.6.
//
//   2.7.
//
//   Audit the annual learning conference
//   in each locality
//   Pilot the multi-agency audit calendar
//
//   Update learning briefings with the
//   voluntary and community sector
//
// is read as 2.5. over "Audit ...", 2.6. over "Pilot ..." and 2.7. over
// "Update ...". The prose after the run parts into cells where a paragraph
// starts, where a line starts in capitals after a line that ends neither a
// sentence nor mid-phrase, and where a list of bullets starts or ends (a
// cell's items stay together). Only when it parts into as many cells as
// the run has references is each reference put before its cell; otherwise
// which cell is whose cannot be told, and the lines stay as written.
#ifndef PLANROWS_PIPELINE_RECOVERY_REF_RUN_LINES_H_
#define PLANROWS_PIPELINE_RECOVERY_REF_RUN_LINES_H_

#include <optional>
#include <set>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RefRunLines {
 public:
  // A reorderer by `rules`, which must outlive it.
  explicit RefRunLines(const RecoveryRules& rules) : rules_(rules), classifier_(rules), cell_fit_(rules) {}

  // `lines`, a table's body, with each run of two or more lone references
  // followed by its cells put in row order; the first line of each cell so
  // put after its reference is added to `placed`.
  std::vector<const PlanLine*> InRowOrder(const std::vector<const PlanLine*>& lines,
                                          std::set<const PlanLine*>* placed) const;
  // True when `columns`, a table's columns in order, have the action's
  // right after the reference's: only then is the prose after a run of
  // references their actions (not, say, their outcomes).
  static bool ActionsFollowRefs(const std::vector<std::optional<Column>>& columns);
  // The lines from `lines[begin]` cut into the action cells of `refs`
  // references: each cell's lines, in order; empty when the prose there
  // does not part into that many cells. `*end` is set past the lines used.
  std::vector<std::vector<const PlanLine*>> ActionCells(const std::vector<const PlanLine*>& lines, size_t begin,
                                                        size_t refs, size_t* end) const;
  // True when `line` is a reference alone.
  bool IsLoneRef(const PlanLine& line) const;

 private:
  // The index past the paragraph that starts at `lines[begin]`.
  static size_t ParagraphEnd(const std::vector<const PlanLine*>& lines, size_t begin);
  // True when `line` starts a cell of its own after `previous`, a line of
  // the same paragraph in a cell that is a list when `in_list`: see the
  // file comment.
  bool StartsCell(const PlanLine& previous, const PlanLine& line, bool in_list) const;
  // True when `line` may start a cell: on a bullet or a capital.
  bool StartsAnyCell(const PlanLine& line) const;
  // True when `line` starts with a bullet.
  bool IsBullet(const PlanLine& line) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
  CellFit cell_fit_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_REF_RUN_LINES_H_
