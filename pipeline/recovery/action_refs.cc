#include "pipeline/recovery/action_refs.h"

#include <algorithm>
#include <string_view>

#include "pipeline/recovery/lookalike_refs.h"

namespace planrows {
namespace {

// A table's actions are split when at least this many of its rows without a
// reference start with one, and at least this share of them.
constexpr size_t kLeastRows = 2;
constexpr double kLeastShare = 0.75;

// Marks that may follow a reference ("1.1:", "1.1 -", "3.1a—").
const char* const kRefEnds[] = {":", ")", "-", "\u2013", "\u2014"};

}  // namespace

std::string ActionRefs::RepairedHead(const std::string& text, const std::set<std::string>& letters) const {
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
  // too ("pp1"); without the mark, "All" could be no "A11", unless the
  // table's other references start with its letters ("ppl" among "pp2").
  std::string_view after = std::string_view(text).substr(end);
  bool marked = std::any_of(std::begin(kRefEnds), std::end(kRefEnds), [&](std::string_view mark) {
    bool spaced = !after.empty() && after[0] == ' ' && after.substr(1, mark.size()) == mark;
    return spaced || after.substr(0, mark.size()) == mark;
  });
  std::string word = head.substr(0, end);
  std::string column_ref = patterns_.RepairColumnRef(word);
  bool known_letters = letters.count(LookalikeRefs::LetterPrefix(column_ref)) > 0;
  return (marked || known_letters ? column_ref : patterns_.RepairRef(word)) + text.substr(end);
}

std::set<std::string> ActionRefs::RefLetters(const std::vector<ActionRow>& rows, size_t first, size_t end) const {
  std::set<std::string> letters;
  std::string ref, rest;
  for (size_t r = first; r < end; ++r) {
    if (rows[r].ref.empty() && Split(rows[r], {}, &ref, &rest)) letters.insert(LookalikeRefs::LetterPrefix(ref));
  }
  letters.erase("");
  return letters;
}

ActionRefs::Count ActionRefs::CountStarts(const std::vector<ActionRow>& rows, size_t first, size_t end,
                                          const std::set<std::string>& letters) const {
  Count count;
  std::string ref, rest;
  for (size_t r = first; r < end; ++r) {
    if (!rows[r].ref.empty()) continue;
    ++count.without;
    count.starting += Split(rows[r], letters, &ref, &rest);
  }
  return count;
}

void ActionRefs::Apply(RecoveredPlan* plan) const {
  auto most_start = [](const Count& c) { return c.starting >= kLeastRows && c.starting >= kLeastShare * c.without; };
  const std::vector<ActionRow>& rows = plan->rows;
  bool plan_starts = most_start(CountStarts(rows, 0, rows.size(), RefLetters(rows, 0, rows.size())));
  for (const TableTrace& table : plan->tables) {
    auto [first, end] = table.RowRange(rows.size());
    std::set<std::string> letters = RefLetters(rows, first, end);
    Count count = CountStarts(rows, first, end, letters);
    // A table of a row or so (a theme's own, its header printed again) goes
    // as the plan's tables go.
    bool small = count.without < kLeastRows && count.starting == count.without;
    if (!most_start(count) && !(small && plan_starts)) continue;
    std::string ref, rest;
    for (size_t r = first; r < end; ++r) {
      ActionRow& row = plan->rows[r];
      if (row.ref.empty() && Split(row, letters, &ref, &rest)) {
        row.ref = ref;
        row.action = rest;
      }
    }
  }
}

bool ActionRefs::Split(const ActionRow& row, const std::set<std::string>& letters, std::string* ref,
                       std::string* rest) const {
  const std::string& action = row.action;
  size_t bullet = patterns_.BulletLength(action), start = bullet;
  // A glyph that OCR read for a bullet ("e", "»"), a word apart from the reference, goes.
  size_t space = action.find(' ', bullet);
  if (space != std::string::npos && patterns_.IsBulletCell(std::string_view(action).substr(bullet, space - bullet))) {
    start = space + 1;
  }
  // Lookalikes are OCR's misreadings: a text's "All" is a word whatever the table's references.
  const std::set<std::string> none;
  bool read_by_ocr = row.where.confidence >= 0;
  if (!patterns_.MatchActionRef(RepairedHead(action.substr(start), read_by_ocr ? letters : none), ref, rest)) {
    return false;
  }
  while (!ref->empty() && ref->back() == '.') ref->pop_back();
  rest->insert(0, action, 0, bullet);
  return true;
}

}  // namespace planrows
