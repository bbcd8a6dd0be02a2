// SlashRowReader: reads a table whose converter separated cells by " / "
// ("2.1 / Run two audits / Head of Quality / Police / June 2025 / On
// track"), where a lead cell may itself hold " / " between two leads. The
// header is a line of column names separated the same way; a row starts
// with its reference (in a table with a reference column) and may wrap onto
// the lines after it. A row with more parts than columns is cut into cells
// by CellGrouper, the extra parts joining the cells they read like.
#ifndef PLANROWS_PIPELINE_RECOVERY_SLASH_ROW_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_SLASH_ROW_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class SlashRowReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit SlashRowReader(const RecoveryRules& rules) : rules_(rules), cell_fit_(rules), classifier_(rules) {}

  // Reads the table whose header is `lines[at]` into `table`; false when no
  // such table starts there.
  bool Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;

  // True when `line` is a header of column names separated by " / ":
  // names enough known columns, or, with `columns` from its rows, names
  // one (the rows must then bear it out).
  bool IsHeader(const PlanLine& line, size_t columns = 0) const;

  // The parts of `text` between " / " separators, trimmed; empty parts kept,
  // also at either end ("Oct-21 /" gives "Oct-21" and "").
  static std::vector<std::string> Parts(std::string_view text);

 private:
  // The column names of a header line `text`; with `columns`, the count
  // its rows tell, names are joined until they are that many.
  std::vector<std::string> Headings(std::string_view text, size_t columns = 0) const;
  // How much two neighbouring parts of a header read as one name
  // ("KPI / measure", "Person / agency responsible"); negative when they
  // name two columns.
  double JoinScore(const std::string& left, const std::string& right) const;
  // The part of a row's first line that holds its reference: the first,
  // or the place of a column the header `lines[at]` names for references
  // when the rows under it hold references there (behind a theme column,
  // blank but on a theme's first row), or where none is named, of the
  // first column whose parts on the rows under it are references.
  size_t RefPart(const std::vector<PlanLine>& lines, size_t at) const;
  // The columns that the rows under the header `lines[at]` tell: the
  // fewest parts of a row that has a reference in part `ref_part`, a lead
  // holding " / " giving more; without references, the parts of most
  // lines; 0 when the rows do not agree. Sets `*numbered` when rows have
  // references.
  size_t RowColumns(const std::vector<PlanLine>& lines, size_t at, size_t ref_part, bool* numbered) const;
  // The cells of a row whose text is `text`, one per column of `columns`;
  // where a reference stands in the reference column's place, the parts
  // before it are the cells before it whatever the rest holds.
  std::vector<std::string> Cells(const std::string& text, const std::vector<std::optional<Column>>& columns) const;
  // Unnames each column of `columns` that its heading's words took for the
  // dates ("Target") where the cells of `rows` (first line and text) under
  // it, in rows of a part a cell, are prose and never a date (measures), so
  // that the cells of longer rows are placed by what they read like.
  void DropProseDates(const std::vector<std::pair<const PlanLine*, std::string>>& rows,
                      std::vector<std::optional<Column>>* columns) const;
  // True when `text` starts a row: with a reference in part `ref_part`, or
  // in a table without a reference column, with a capital or with a
  // reference in front of the action ("ce2: Audit ...").
  bool StartsRow(const std::string& text, bool has_ref_column, size_t ref_part) const;

  const RecoveryRules& rules_;
  CellFit cell_fit_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_SLASH_ROW_READER_H_
