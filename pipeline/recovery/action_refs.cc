#include "pipeline/recovery/action_refs.h"

#include <algorithm>
#include <string_view>

namespace planrows {
namespace {

// A table's actions are split when at least this many of its rows without a
// reference start with one, and at least this share of them.
constexpr size_t kLeastRows = 2;
constexpr double kLeastShare = 0.75;

// Marks that may follow a reference ("1.1:", "1.1 -", "3.1a—").
const char* const kRefEnds[] = {":", ")", "-", "\u2013", "\u2014"};

}  // namespace

std::string ActionRefs::RepairedHead(const std::string& text) const {
  std::string head = text.substr(0, text.find(' '));
  size_t end = head.size();
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view mark : kRefEnds) {
      if (end >= mark.size() && std::string_view(head).substr(end - mark.size(), mark.size()) == mark) {
        end -= mark.size();
        cut = true;
      }
    }
  }
  // A head that a mark ends ("ppl:", "ppl \u2013") is a reference as its
  // column would hold it, so a number OCR read all as letters is repaired
  // too ("pp1"); without the mark, "All" could be no "A11".
  std::string_view after = std::string_view(text).substr(end);
  bool marked = std::any_of(std::begin(kRefEnds), std::end(kRefEnds), [&](std::string_view mark) {
    bool spaced = !after.empty() && after[0] == ' ' && after.substr(1, mark.size()) == mark;
    return spaced || after.substr(0, mark.size()) == mark;
  });
  std::string word = head.substr(0, end);
  std::string repaired = marked ? patterns_.RepairColumnRef(word) : patterns_.RepairRef(word);
  return repaired + text.substr(end);
}

ActionRefs::Count ActionRefs::CountStarts(const std::vector<ActionRow>& rows, size_t first, size_t end) const {
  Count count;
  std::string ref, rest;
  for (size_t r = first; r < end; ++r) {
    if (!rows[r].ref.empty()) continue;
    ++count.without;
    count.starting += Split(rows[r].action, &ref, &rest);
  }
  return count;
}

void ActionRefs::Apply(RecoveredPlan* plan) const {
  auto most_start = [](const Count& c) { return c.starting >= kLeastRows && c.starting >= kLeastShare * c.without; };
  bool plan_starts = most_start(CountStarts(plan->rows, 0, plan->rows.size()));
  for (const TableTrace& table : plan->tables) {
    auto [first, end] = table.RowRange(plan->rows.size());
    Count count = CountStarts(plan->rows, first, end);
    // A table of a row or so (a theme's own, its header printed again) goes
    // as the plan's tables go.
    bool small = count.without < kLeastRows && count.starting == count.without;
    if (!most_start(count) && !(small && plan_starts)) continue;
    std::string ref, rest;
    for (size_t r = first; r < end; ++r) {
      ActionRow& row = plan->rows[r];
      if (row.ref.empty() && Split(row.action, &ref, &rest)) {
        row.ref = ref;
        row.action = rest;
      }
    }
  }
}

bool ActionRefs::Split(const std::string& action, std::string* ref, std::string* rest) const {
  size_t bullet = patterns_.BulletLength(action), start = bullet;
  // A glyph that OCR read for a bullet ("e", "»"), a word apart from the reference, goes.
  size_t space = action.find(' ', bullet);
  if (space != std::string::npos && patterns_.IsBulletCell(std::string_view(action).substr(bullet, space - bullet))) {
    start = space + 1;
  }
  if (!patterns_.MatchActionRef(RepairedHead(action.substr(start)), ref, rest)) return false;
  while (!ref->empty() && ref->back() == '.') ref->pop_back();
  rest->insert(0, action, 0, bullet);
  return true;
}

}  // namespace planrows
