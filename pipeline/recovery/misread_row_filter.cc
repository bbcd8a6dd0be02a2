#include "pipeline/recovery/misread_row_filter.h"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "pipeline/text/cell_text.h"

namespace planrows {

bool MisreadRowFilter::IsMisread(const ActionRow& row) const {
  if (row.action.empty()) return false;
  std::string text = CellText::ForPatterns(row.action);
  return rules_.timeframes.IsTimeframe(text) || rules_.patterns.IsStatusCell(text) ||
         rules_.patterns.IsColumnRef(text);
}

void MisreadRowFilter::Apply(RecoveredPlan* plan) const {
  std::vector<ActionRow> kept;
  std::vector<int> kept_before;  // For each row, how many rows before it are kept.
  for (ActionRow& row : plan->rows) {
    kept_before.push_back(static_cast<int>(kept.size()));
    if (!IsMisread(row)) {
      kept.push_back(std::move(row));
      continue;
    }
    plan->warnings.push_back(fmt::format(
        "page {}: a row whose action reads \"{}\" was left out: the cells of its rows are mixed", row.where.page,
        row.action));
  }
  kept_before.push_back(static_cast<int>(kept.size()));
  for (TableTrace& table : plan->tables) {
    int first = kept_before[table.first_row];
    table.rows = kept_before[table.first_row + table.rows] - first;
    table.first_row = first;
  }
  plan->rows = std::move(kept);
}

}  // namespace planrows
