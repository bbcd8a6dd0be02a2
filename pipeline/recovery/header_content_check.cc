#include "pipeline/recovery/header_content_check.h"

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool HeaderContentCheck::Belied(const RebuiltTable& table) const {
  const std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(table.headings, rules_.headers);
  for (size_t c = 0; c < columns.size(); ++c) {
    // A heading named by its words ("Target") may name another column, one of a name hardly.
    if (!columns[c] || !rules_.headers.IsFullName(table.headings[c])) continue;
    const Column column = *columns[c];
    const bool names_date = column == Column::kTimeframe;
    const bool names_prose = column == Column::kOutcome || column == Column::kAction || column == Column::kProgress;
    if (!names_date && !names_prose) continue;
    int filled = 0, dates = 0;
    for (const RebuiltRow& row : table.rows) {
      if (row.IsHeading() || c >= row.cells.size() || CellText::IsNoise(row.cells[c])) continue;
      ++filled;
      dates += classifier_.Classify(row.cells[c]) == CellKind::kDate;
    }
    if (filled < kMinCells) continue;
    if ((names_date && dates == 0) || (names_prose && dates == filled)) return true;
  }
  return false;
}

double HeaderContentCheck::Agreement(const RebuiltTable& table) const {
  const std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(table.headings, rules_.headers);
  int filled = 0, agreeing = 0;
  for (const RebuiltRow& row : table.rows) {
    for (size_t c = 0; c < columns.size() && c < row.cells.size() && !row.IsHeading(); ++c) {
      if (CellText::IsNoise(row.cells[c])) continue;
      const CellKind kind = classifier_.Classify(row.cells[c]);
      const CellKind held = columns[c] ? KindHeldBy(*columns[c]) : CellKind::kOther;
      const bool prose = kind == CellKind::kProse || kind == CellKind::kOther;
      const bool told_by_form = held == CellKind::kRef || held == CellKind::kDate || held == CellKind::kLead;
      ++filled;
      agreeing += kind == held || (prose && !told_by_form);
    }
  }
  return filled == 0 ? 0 : static_cast<double>(agreeing) / filled;
}

}  // namespace planrows
