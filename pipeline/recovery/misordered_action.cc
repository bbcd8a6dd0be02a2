#include "pipeline/recovery/misordered_action.h"

#include <optional>

#include <fmt/format.h>

namespace planrows {
namespace {

// Share of a column's filled cells opening as actions do above which its
// cells are the actions, and below which they are not.
constexpr double kActionsShare = 0.5;
constexpr double kNoActionsShare = 0.25;

}  // namespace

void MisorderedAction::Swap(const std::vector<ColumnProfile>& profiles, TableLayout* layout) {
  const int action = layout->IndexOf(Column::kAction);
  if (action < 0 || profiles[action].filled == 0 || profiles[action].ActionOpeningShare() >= kNoActionsShare) return;
  for (int other : {action - 1, action + 1}) {
    if (other < 0 || other >= static_cast<int>(profiles.size())) continue;
    const LayoutColumn& beside = layout->columns()[other];
    // Only a role heading words gave, not a heading that names it plainly.
    if (!beside.name || beside.name->column != Column::kExtra ||
        beside.source != TableLayout::RoleSource::kHeadingWords ||
        profiles[other].ActionOpeningShare() < kActionsShare) {
      continue;
    }
    std::optional<ColumnName> extra = beside.name;
    std::optional<ColumnName> action_name = layout->columns()[action].name;
    layout->SetRole(other, action_name, TableLayout::RoleSource::kContent,
                    fmt::format("cells open as actions; column {}'s, headed so, do not: action", action + 1));
    layout->SetRole(action, extra, TableLayout::RoleSource::kContent,
                    fmt::format("cells open as no action; takes column {}'s heading", other + 1));
    return;
  }
}

}  // namespace planrows
