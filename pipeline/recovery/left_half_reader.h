// LeftHalfReader: reads a table whose left-hand cells plain pdftotext wrote
// apart from its right-hand ones. On a page of a Word table printed to PDF,
// pdftotext's default mode may write the headings of the reference and
// action columns, then each row's reference and action (section headings
// and repeated headings among them), and only after all of them the other
// columns' headings and cells, in an order of their own:
//
//   ID                      <- the left-hand headings
//   Task
//   1.1a                    <- a row's reference, then its action
//   Test location mapping
//   meetings
//   Priority 2 - Out of sight
//   2.1a
//   Monitor take-up of ...
//   Accountable lead        <- the right-hand headings, then their cells
//   Target
//   date
//   Early Years Forum
//   May-16
//
// The rows are read from the left halves, a reference and the action under
// it; the right-hand cells of the page, whose rows cannot be told for sure,
// are left out with a warning. A reference with no action right under it
// (pdftotext wrote a few references, then their actions) takes a cell of
// the action next to it when the cells' count tells whose each is; else
// such rows are left out too, with a warning.
#ifndef PLANROWS_PIPELINE_RECOVERY_LEFT_HALF_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_LEFT_HALF_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class LeftHalfReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit LeftHalfReader(const RecoveryRules& rules) : rules_(rules), cell_fit_(rules), classifier_(rules) {}

  // Reads the table whose left-hand headings start at `lines[at]` into
  // `table`, to the end of the page; false when no such table starts there.
  bool Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;

 private:
  // One row's left half: its reference line and the lines of its action.
  struct Half {
    const PlanLine* ref = nullptr;
    std::vector<std::string> action;
    bool heading = false;  // A section heading: `ref` is its line.
    // Text after a blank line under the action, or a date or status alone
    // under it: the action may hold cells of other columns.
    bool unsure = false;
  };

  // The column names on the short lines from `lines[at]` on its page, up
  // to a row's reference or a section heading, a line in lower case going
  // on with a name above ("Target" over "date"); `*end` is set past them.
  std::vector<std::string> ReadNames(const std::vector<PlanLine>& lines, size_t at, size_t* end) const;
  // The column `name` names by its name or, failing that, its words.
  std::optional<Column> ColumnOf(const std::string& name) const;
  // True when `names` are the left-hand headings of such a table: a
  // reference column's (or a name no rule knows, references bearing it
  // out), then an action's.
  bool AreLeftNames(const std::vector<std::string>& names) const;
  // True when `line` holds a reference alone.
  bool IsRefAlone(const PlanLine& line) const;
  // True when `line` is a column heading: a short line a rule names, or
  // after a blank line one whose words name a column.
  bool IsHeadingName(const PlanLine& line) const;
  // The right-hand column names from `lines[at]`, each a heading name or
  // its wrapped tail in lower case; `*end` is set past them.
  std::vector<std::string> ReadRightNames(const std::vector<PlanLine>& lines, size_t at, size_t* end) const;
  // The left halves from `lines[at]` to the first column heading that is
  // not one of `header` repeated, or to a date or status alone, on the
  // page of `lines[at]`; `*end` is set to where they end.
  std::vector<Half> ReadHalves(const std::vector<PlanLine>& lines, size_t at, const std::vector<std::string>& header,
                               size_t* end) const;
  // A run of references without actions among the halves of a section.
  struct BareRun {
    size_t begin = 0;
    size_t length = 0;

    // The half whose action's cells the run takes: the one after it, or
    // the one before.
    size_t Giver(bool after) const { return after ? begin + length : begin - 1; }
  };

  // The runs of references without actions in `run`, a section's halves.
  static std::vector<BareRun> BareRuns(const std::vector<Half>& run);
  // The one way, a bit per run of `bare` (set: it takes the cells of the
  // action after it, else before it), in which the `cells` of the actions
  // next to the runs (empty for others) fit the references they go to;
  // nullopt when none or several do.
  static std::optional<uint32_t> FittingWay(const std::vector<Half>& run, const std::vector<BareRun>& bare,
                                            const std::vector<std::vector<std::string>>& cells);
  // The cells the action of `half` reads as best.
  std::vector<std::string> Cells(const Half& half) const;
  // The actions of `run`, the halves of a section, one per half: a half's
  // own; for references without an action (pdftotext wrote a few
  // references, then their actions, or the other way round), the cells of
  // the action next to them, when exactly one way of sharing out the
  // cells of the actions next to such references fits their counts;
  // nullopt where which action is whose cannot be told.
  std::vector<std::optional<std::string>> Actions(const std::vector<Half>& run) const;
  // Adds to `table` the rows of `halves` whose action is told (Actions),
  // but for unsure ones; warns of those left out.
  void AddRows(const std::vector<Half>& halves, RebuiltTable* table) const;
  // Reads the left halves of one page from `lines[at]`, under the
  // left-hand headings `left`, into `table`, its headings set on the first
  // page; returns the index past the page, or `at` when none are there.
  size_t ReadPage(const std::vector<PlanLine>& lines, size_t at, const std::vector<std::string>& left,
                  RebuiltTable* table) const;

  const RecoveryRules& rules_;
  CellFit cell_fit_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_LEFT_HALF_READER_H_
