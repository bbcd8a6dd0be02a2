// MisreadRowFilter: leaves out of a recovered plan the rows whose action is
// only a date, a status or a reference, or two of them ("Ongoing", "By end
// of Q4", "3.2.", "31/03/2026 K4.2"): other columns' cells stand in the
// action's place, so the reading mixed the cells of its rows (as pdftotext
// does on a crowded page, writing the cells of several rows out of order)
// and which row each cell belongs to cannot be told. So are the rows with
// a column's heading in a cell ("RAG status", "Target date Oct-18"): the
// reading took a header repeated among the cells for cells; and so are
// rows with a date, a status or a name where the reference goes, or with
// a name alone in the action's place (with a lead beside it too, where
// the row has no reference in a table of numbered rows: its cells are those
// of a lead column written interleaved with others, as pdftotext does with
// side-by-side cells), or with neither a reference nor an action (the lead
// and date of a row whose action the reading lost), or with a reference
// alone (its cells read under another reference). So are rows of a run,
// each under a reference of its own, that share one action: a cell
// spanning the rows (their outcome, printed once beside several actions)
// was read in the action's place, the actions themselves lost. So are,
// where they are a quarter of a table of numbered rows or more, its rows
// without a reference of prose alone that opens as no action does ("65% of
// audited cases rated good", "Indicators of success"): a measure's cells
// and headings that pdftotext wrote apart from their rows, read as rows. A
// warning names each row left out, by its action or else its first filled
// cell; a row of such a run by its reference and action.
#ifndef PLANROWS_PIPELINE_RECOVERY_MISREAD_ROW_FILTER_H_
#define PLANROWS_PIPELINE_RECOVERY_MISREAD_ROW_FILTER_H_

#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class MisreadRowFilter {
 public:
  // A filter by `rules`, which must outlive it.
  explicit MisreadRowFilter(const RecoveryRules& rules) : rules_(rules) {}

  // Takes the misread rows out of `plan`, keeping its tables' spans of
  // rows right, and adds a warning for each to its warnings.
  void Apply(RecoveredPlan* plan) const;

 private:
  // True when `row`'s action is only a date, a status or a reference, or
  // two of them, or a cell of it is a column heading (IsHeadingCell), or
  // its lead cell another column's heading (IsOtherColumnsHeading), or
  // its reference cell starts with no reference, or without a reference
  // or a lead its action is a name ("Education Partnership"), or it has
  // neither a reference nor an action, or only a reference
  // (IsBareReference). `in_numbered_table` says the row is
  // in a table of numbered rows: without a reference there, a name in the
  // action's place is a lead's cell even with a lead beside it.
  bool IsMisread(const ActionRow& row, bool in_numbered_table) const;
  // True when `row` has neither a reference, a lead, a date nor a progress,
  // and its action opens as no action does ("Review the ..."): a row of
  // numbered rows that lost its reference brings its other cells at least,
  // or an action's words.
  bool IsUnnumberedProseAlone(const ActionRow& row) const;
  // For each of `plan`'s rows, true when it is unnumbered prose alone
  // (IsUnnumberedProseAlone) in a table of numbered rows, by
  // `in_numbered_table`, where such rows are a quarter of its rows or more.
  std::vector<bool> MixedProseRows(const RecoveredPlan& plan, const std::vector<bool>& in_numbered_table) const;
  // True when `row` has a reference and neither an action, a lead, a date
  // nor a progress: pdftotext writes a run of references one under another
  // and their cells after them, all read as the last reference's.
  static bool IsBareReference(const ActionRow& row);
  // For each of `rows`, true when it and the row next to it have references
  // of their own, unlike, and one action: a cell spanning rows read in the
  // action's place. A merged action cell over rows has one reference (its
  // other rows none), so it is not taken for one.
  static std::vector<bool> SharedActionRows(const std::vector<ActionRow>& rows);
  // For each of `plan`'s rows, true when it is in a table of two or more
  // rows with a reference.
  static std::vector<bool> InNumberedTable(const RecoveredPlan& plan);
  // True when `text` is empty, a date, a status or a reference.
  bool IsOtherCell(const std::string& text) const;
  // True when `text` is a column's full heading of a few words, perhaps
  // followed by one other cell (IsOtherCell): "RAG status", "Target date
  // Oct-18". A lead's cell is not looked at: a lead may be called by a
  // heading's words ("Named lead").
  bool IsHeadingCell(const std::string& text) const;
  // True when `lead`, a row's lead cell, is the full heading of another
  // column than the lead's, of a few words ("Success criteria"): a header
  // read as cells. A heading's words may call a lead ("Named lead"), but
  // hardly another column's whole name.
  bool IsOtherColumnsHeading(const std::string& lead) const;
  // True when `ref`, a row's reference cell, is empty or starts with a
  // reference ("1.2", "EH 1", "1.2 and more" of a mixed cell), or is a
  // reference's capitals alone, its number misread ("VCS"): one that
  // starts with a date, a status or a name holds other columns' cells.
  bool StartsWithRef(const std::string& ref) const;

  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_MISREAD_ROW_FILTER_H_
