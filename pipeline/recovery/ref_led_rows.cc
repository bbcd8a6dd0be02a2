// The rows RefLedActions reads set beside the rows the tables gave: which
// reading stands, and what each lends the other.
#include "pipeline/recovery/ref_led_actions.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Words at the start of an action that tell it from the plan's others.
constexpr size_t kHeadWords = 4;

// The words of `text` folded for matching, each followed by a space, as
// Head gives the first of them.
std::string FoldedWords(const std::string& text) {
  std::string folded;
  for (const std::string& word : CellText::Words(CellText::FoldForMatch(text))) folded += word + ' ';
  return folded;
}

// `ref` folded for matching, its spaces dropped: a reference a narrow
// column cut over two lines ("YV" over "1") is read with a space by one
// reader and without by another, whose heading broke words so ("YV1").
std::string RefKey(const std::string& ref) {
  std::string key = CellText::FoldForMatch(ref);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

// True when the owner cells of `action` bear out those `row` holds: one
// of its lead, date and status at least is the row's, none another.
bool BearsOut(const ActionRow& action, const ActionRow& row) {
  size_t same = 0;
  for (auto [given, held] : {std::pair(&action.lead, &row.lead), std::pair(&action.timeframe, &row.timeframe),
                             std::pair(&action.progress, &row.progress)}) {
    if (given->empty() || held->empty()) continue;
    if (CellText::FoldForMatch(*given) != CellText::FoldForMatch(*held)) return false;
    ++same;
  }
  return same > 0;
}

}  // namespace

bool RefLedActions::Replace(const std::vector<RowFields>& actions, const std::vector<ActionRow>& rows) const {
  std::set<std::string> refs, heads;
  for (const ActionRow& row : rows) {
    refs.insert(RefKey(row.ref));
    heads.insert(Head(row.action));
  }
  size_t held = 0;
  for (const RowFields& action : actions) {
    held += refs.count(RefKey(action.ref)) > 0 || heads.count(Head(action.action)) > 0;
  }
  return !actions.empty() && 2 * held < actions.size() && AreActions(actions, rows);
}

bool RefLedActions::AreActions(const std::vector<RowFields>& actions, const std::vector<ActionRow>& rows) const {
  size_t verb_led = std::count_if(actions.begin(), actions.end(), [this](const RowFields& action) {
    return rules_.patterns.StartsAction(action.action);
  });
  return 2 * actions.size() >= rows.size() || 2 * verb_led >= actions.size();
}

std::vector<ActionRow> RefLedActions::Merge(std::vector<ActionRow> actions, const std::vector<ActionRow>& rows) {
  std::map<std::string, const ActionRow*> by_head;
  for (const ActionRow& row : rows) by_head.emplace(Head(row.action), &row);
  for (ActionRow& action : actions) {
    auto found = by_head.find(Head(action.action));
    if (found == by_head.end()) continue;
    const ActionRow& row = *found->second;
    if (!row.ref.empty() && RefKey(row.ref) != RefKey(action.ref)) continue;
    ActionRow merged = row;
    merged.ref = std::move(action.ref);
    merged.action = std::move(action.action);
    action = std::move(merged);
  }
  return actions;
}

std::string RefLedActions::FoldedCells(const ActionRow& row) {
  std::string folded = " ";
  for (const std::string* cell : {&row.action, &row.outcome, &row.lead, &row.timeframe, &row.progress}) {
    folded += FoldedWords(*cell) + "| ";
  }
  return folded;
}

std::vector<ActionRow> RefLedActions::AddLost(const std::vector<ActionRow>& actions, std::vector<ActionRow> rows) {
  // Each row folded once: a plan may hold hundreds of rows and actions.
  std::vector<std::string> refs, cells;
  for (const ActionRow& row : rows) {
    refs.push_back(RefKey(row.ref));
    cells.push_back(FoldedCells(row));
  }
  std::vector<std::vector<ActionRow>> lost(rows.size() + 1);  // The actions to put before each row, or at the end.
  std::vector<ActionRow> pending;                              // Those before the next action a row holds.
  for (const ActionRow& action : actions) {
    // Beside a reference alone that led none, which lines are whose action is unsure.
    if (std::count(action.flags.begin(), action.flags.end(), kBesideUnledFlag)) continue;
    const std::string ref = RefKey(action.ref), head = ' ' + Head(action.action);
    size_t held = 0;
    while (held < rows.size() && refs[held] != ref && cells[held].find(head) == std::string::npos) ++held;
    if (held == rows.size()) {
      pending.push_back(std::count(action.flags.begin(), action.flags.end(), kRefApartFlag) ? WithoutOwners(action)
                                                                                            : action);
      continue;
    }
    lost[held].insert(lost[held].end(), pending.begin(), pending.end());
    pending.clear();
  }
  lost.back().insert(lost.back().end(), pending.begin(), pending.end());
  std::vector<ActionRow> merged;
  for (size_t r = 0; r <= rows.size(); ++r) {
    merged.insert(merged.end(), lost[r].begin(), lost[r].end());
    if (r < rows.size()) merged.push_back(std::move(rows[r]));
  }
  return merged;
}

ActionRow RefLedActions::WithoutOwners(ActionRow action) {
  action.lead.clear();
  action.leads.clear();
  action.timeframe.clear();
  action.progress.clear();
  return action;
}

std::vector<ActionRow> RefLedActions::GiveOwners(const std::vector<ActionRow>& actions,
                                                 std::vector<ActionRow> rows) {
  std::map<std::string, const ActionRow*> by_ref_and_head;
  for (const ActionRow& action : actions) {
    // Which action a reference printed apart leads is sure only where a row bears it out.
    if (std::count(action.flags.begin(), action.flags.end(), kRefApartFlag)) continue;
    by_ref_and_head.emplace(RefKey(action.ref) + '|' + Head(action.action), &action);
  }
  for (ActionRow& row : rows) {
    auto found = by_ref_and_head.find(RefKey(row.ref) + '|' + Head(row.action));
    if (row.ref.empty() || found == by_ref_and_head.end()) continue;
    const ActionRow& action = *found->second;
    if (!BearsOut(action, row)) continue;
    if (row.lead.empty() && !action.lead.empty()) {
      row.lead = action.lead;
      row.leads = action.leads;
    }
    if (row.timeframe.empty()) row.timeframe = action.timeframe;
    if (row.progress.empty()) row.progress = action.progress;
  }
  return rows;
}

std::vector<ActionRow> RefLedActions::AddRowsLeft(std::vector<ActionRow> actions, const std::vector<ActionRow>& rows) {
  std::set<std::string> forms;
  for (const ActionRow& action : actions) forms.insert(FormOf(action.ref));
  // A row led by a reference of another form ("1.1" among "1.2.1") is a foreword's paragraph or a heading's.
  std::vector<ActionRow> referenced;
  for (const ActionRow& row : rows) {
    if (!row.ref.empty() && forms.count(FormOf(row.ref)) > 0) referenced.push_back(row);
  }
  return AddLost(referenced, std::move(actions));
}

std::string RefLedActions::Head(const std::string& action) {
  std::vector<std::string> words = CellText::Words(CellText::FoldForMatch(action));
  std::string head;
  for (size_t w = 0; w < words.size() && w < kHeadWords; ++w) head += words[w] + ' ';
  return head;
}

}  // namespace planrows
