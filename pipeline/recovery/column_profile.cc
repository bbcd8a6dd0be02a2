#include "pipeline/recovery/column_profile.h"

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {

void ColumnProfile::Add(std::string_view cell, CellKind kind, const TimeframeFinder& dates) {
  ++filled;
  ++kinds[int(kind)];
  LeadAndTimeframe split = dates.Split(cell);
  lead_and_date += !split.lead.empty() && !split.timeframe.empty();
  whole_dates += kind == CellKind::kDate && dates.IsTimeframe(CellText::Clean(cell));
  texts.insert(CellText::FoldForMatch(cell));
}

void ColumnProfile::TakeAsRefs(const std::array<int, kCellKindCount>& misread) {
  for (int k = 0; k < kCellKindCount; ++k) {
    kinds[k] -= misread[k];
    kinds[int(CellKind::kRef)] += misread[k];
  }
}

std::string ColumnProfile::Describe() const {
  std::string out = fmt::format("{} cells", filled);
  for (int k = 1; k < kCellKindCount; ++k) {
    if (kinds[k] > 0) out += fmt::format(", {} {}", kinds[k], CellKindName(CellKind(k)));
  }
  return out;
}

}  // namespace planrows
