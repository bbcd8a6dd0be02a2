#include "pipeline/recovery/header_content_check.h"

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool HeaderContentCheck::Belied(const RebuiltTable& table) const {
  const std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(table.headings, rules_.headers);
  for (size_t c = 0; c < columns.size(); ++c) {
    if (!columns[c]) continue;
    // A heading named by its words ("Target") may name another column, one
    // of a name hardly; whatever names a lead, no reference is one.
    const bool full_name = rules_.headers.IsFullName(table.headings[c]);
    const Column column = *columns[c];
    const bool names_date = full_name && column == Column::kTimeframe;
    const bool names_prose =
        full_name && (column == Column::kOutcome || column == Column::kAction || column == Column::kProgress);
    const bool names_lead = column == Column::kLead || column == Column::kLeadTimeframe;
    if (!names_date && !names_prose && !names_lead) continue;
    int filled = 0, dates = 0, refs = 0;
    for (const RebuiltRow& row : table.rows) {
      if (row.IsHeading() || c >= row.cells.size() || CellText::IsNoise(row.cells[c])) continue;
      ++filled;
      const CellKind kind = classifier_.Classify(row.cells[c]);
      dates += kind == CellKind::kDate;
      refs += kind == CellKind::kRef;
    }
    if (filled < kMinCells) continue;
    if ((names_date && dates == 0) || (names_prose && dates == filled)) return true;
    // Rows' references stand in a column of their own: a lead column holding
    // them in many cells took the cells of rows it did not read.
    if (names_lead && refs >= kMinCells && refs * kMostRefShareInLeads >= filled) return true;
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
      // A lead-and-date column's cell may read as its date ("J Rees March 2027").
      const bool lead_date = columns[c] == Column::kLeadTimeframe && kind == CellKind::kDate;
      ++filled;
      agreeing += kind == held || (prose && !told_by_form) || lead_date;
    }
  }
  return filled == 0 ? 0 : static_cast<double>(agreeing) / filled;
}

}  // namespace planrows
