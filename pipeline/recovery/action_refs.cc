#include "pipeline/recovery/action_refs.h"

#include <algorithm>

namespace planrows {
namespace {

// A table's actions are split when at least this many of its rows without a
// reference start with one, and at least this share of them.
constexpr size_t kLeastRows = 2;
constexpr double kLeastShare = 0.75;

}  // namespace

void ActionRefs::Apply(RecoveredPlan* plan) const {
  for (const TableTrace& table : plan->tables) {
    size_t first = std::min<size_t>(std::max(table.first_row, 0), plan->rows.size());
    size_t count = std::min<size_t>(std::max(table.rows, 0), plan->rows.size() - first);
    ApplyToTable(&plan->rows, first, count);
  }
}

void ActionRefs::ApplyToTable(std::vector<ActionRow>* rows, size_t first, size_t count) const {
  size_t without = 0, starting = 0;
  std::string ref, rest;
  for (size_t r = first; r < first + count; ++r) {
    if (!(*rows)[r].ref.empty()) continue;
    ++without;
    starting += Split((*rows)[r].action, &ref, &rest);
  }
  if (starting < kLeastRows || starting < kLeastShare * without) return;
  for (size_t r = first; r < first + count; ++r) {
    ActionRow& row = (*rows)[r];
    if (row.ref.empty() && Split(row.action, &ref, &rest)) {
      row.ref = ref;
      row.action = rest;
    }
  }
}

bool ActionRefs::Split(const std::string& action, std::string* ref, std::string* rest) const {
  size_t bullet = patterns_.BulletLength(action);
  if (!patterns_.MatchActionRef(std::string_view(action).substr(bullet), ref, rest)) return false;
  while (!ref->empty() && ref->back() == '.') ref->pop_back();
  rest->insert(0, action, 0, bullet);
  return true;
}

}  // namespace planrows
