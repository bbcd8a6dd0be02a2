#include "pipeline/recovery/misread_row_filter.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest and most words of a column heading looked for at the start of a
// cell: one word ("Due", "Lead") may well start a cell of its own.
constexpr size_t kMinHeadingWords = 2;
constexpr size_t kMaxHeadingWords = 5;
// Fewest rows with a reference that make a table one of numbered rows.
constexpr int kMinNumberedRows = 2;
// Least share of a numbered table's rows that are unnumbered prose alone
// (IsUnnumberedProseAlone) for the table to be read from mixed cells: a
// row or two may be a note or a heading of the table's own.
constexpr double kMixedProseShare = 0.25;

// `words` [begin, end) joined by spaces.
std::string Joined(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string text;
  for (size_t k = begin; k < end; ++k) text += std::string(text.empty() ? "" : " ") + words[k];
  return text;
}

}  // namespace

bool MisreadRowFilter::IsOtherCell(const std::string& text) const {
  return text.empty() || rules_.timeframes.IsTimeframe(text) || rules_.patterns.IsStatusCell(text) ||
         rules_.patterns.IsColumnRef(text);
}

bool MisreadRowFilter::IsHeadingCell(const std::string& text) const {
  std::vector<std::string> words = CellText::Words(CellText::ForPatterns(text));
  for (size_t cut = kMinHeadingWords; cut <= std::min(words.size(), kMaxHeadingWords); ++cut) {
    if (rules_.headers.IsFullName(Joined(words, 0, cut)) && IsOtherCell(Joined(words, cut, words.size()))) {
      return true;
    }
  }
  return false;
}

bool MisreadRowFilter::IsOtherColumnsHeading(const std::string& lead) const {
  std::string text = CellText::ForPatterns(lead);
  if (CellText::Words(text).size() < kMinHeadingWords || !rules_.headers.IsFullName(text)) return false;
  std::optional<ColumnName> named = rules_.headers.Match(text);
  return named && named->column != Column::kLead && named->column != Column::kLeadTimeframe;
}

bool MisreadRowFilter::StartsWithRef(const std::string& ref) const {
  std::vector<std::string> words = CellText::Words(ref);
  // A reference's capitals alone ("VCS") are one whose number OCR misread.
  bool capitals = words.size() == 1 && rules_.patterns.IsRefCapitals(ref) && !IsOtherCell(ref);
  return words.empty() || capitals || rules_.patterns.IsColumnRef(ref) || rules_.patterns.IsColumnRef(words[0]) ||
         CellClassifier(rules_).RefWordsAtStart(words) > 0;
}

bool MisreadRowFilter::IsBareReference(const ActionRow& row) {
  return !row.ref.empty() && row.action.empty() && row.lead.empty() && row.timeframe.empty() &&
         row.progress.empty();
}

bool MisreadRowFilter::IsUnnumberedProseAlone(const ActionRow& row) const {
  return row.ref.empty() && row.lead.empty() && row.timeframe.empty() && row.progress.empty() &&
         !rules_.patterns.StartsAction(row.action);
}

bool MisreadRowFilter::IsMisread(const ActionRow& row, bool in_numbered_table) const {
  std::vector<std::string> words = CellText::Words(CellText::ForPatterns(row.action));
  // One such cell, or two run together ("31/03/2026 K4.2").
  for (size_t cut = 1; cut <= words.size(); ++cut) {
    if (IsOtherCell(Joined(words, 0, cut)) && IsOtherCell(Joined(words, cut, words.size()))) return true;
  }
  if (!StartsWithRef(row.ref)) return true;
  // A row is known by its reference or its action: with neither, its cells are other rows' (a lead, a date).
  if (row.ref.empty() && words.empty()) return true;
  // A reference alone, its row's cells all read elsewhere (under another
  // reference of a run written one under another, as pdftotext does).
  if (IsBareReference(row)) return true;
  // A name alone in the action's place, in a row without a reference or a
  // lead, or without a reference among numbered rows, is a lead's cell.
  if (row.ref.empty() && (row.lead.empty() || in_numbered_table) &&
      CellClassifier(rules_).Classify(row.action) == CellKind::kLead) {
    return true;
  }
  for (const std::string* cell : {&row.ref, &row.action, &row.timeframe, &row.progress}) {
    if (IsHeadingCell(*cell)) return true;
  }
  return IsOtherColumnsHeading(row.lead);
}

std::vector<bool> MisreadRowFilter::SharedActionRows(const std::vector<ActionRow>& rows) {
  std::vector<bool> shared(rows.size(), false);
  for (size_t i = 0; i + 1 < rows.size(); ++i) {
    const ActionRow& row = rows[i];
    const ActionRow& next = rows[i + 1];
    if (!row.action.empty() && row.action == next.action && !row.ref.empty() && !next.ref.empty() &&
        row.ref != next.ref) {
      shared[i] = shared[i + 1] = true;
    }
  }
  return shared;
}

std::vector<bool> MisreadRowFilter::InNumberedTable(const RecoveredPlan& plan) {
  std::vector<bool> numbered_table(plan.rows.size(), false);
  for (const TableTrace& table : plan.tables) {
    auto [begin, end] = table.RowRange(plan.rows.size());
    int numbered = static_cast<int>(std::count_if(plan.rows.begin() + begin, plan.rows.begin() + end,
                                                  [](const ActionRow& row) { return !row.ref.empty(); }));
    if (numbered < kMinNumberedRows) continue;
    std::fill(numbered_table.begin() + begin, numbered_table.begin() + end, true);
  }
  return numbered_table;
}

std::vector<bool> MisreadRowFilter::MixedProseRows(const RecoveredPlan& plan,
                                                   const std::vector<bool>& in_numbered_table) const {
  std::vector<bool> mixed(plan.rows.size(), false);
  for (const TableTrace& table : plan.tables) {
    auto [begin, end] = table.RowRange(plan.rows.size());
    std::vector<size_t> prose_alone;
    for (size_t i = begin; i < end; ++i) {
      if (in_numbered_table[i] && IsUnnumberedProseAlone(plan.rows[i])) prose_alone.push_back(i);
    }
    if (prose_alone.empty() || prose_alone.size() < kMixedProseShare * (end - begin)) continue;
    for (size_t i : prose_alone) mixed[i] = true;
  }
  return mixed;
}

void MisreadRowFilter::Apply(RecoveredPlan* plan) const {
  const std::vector<bool> shared_action = SharedActionRows(plan->rows);
  const std::vector<bool> in_numbered_table = InNumberedTable(*plan);
  const std::vector<bool> mixed_prose = MixedProseRows(*plan, in_numbered_table);
  std::vector<ActionRow> kept;
  std::vector<int> kept_before;  // For each row, how many rows before it are kept.
  for (size_t i = 0; i < plan->rows.size(); ++i) {
    ActionRow& row = plan->rows[i];
    kept_before.push_back(static_cast<int>(kept.size()));
    if (shared_action[i]) {
      plan->warnings.push_back(fmt::format(
          "page {}: the row {} was left out: its action \"{}\" is its neighbour's too, a cell spanning rows "
          "read where each row's own action was lost",
          row.where.page, row.ref, row.action));
      continue;
    }
    if (!mixed_prose[i] && !IsMisread(row, in_numbered_table[i])) {
      kept.push_back(std::move(row));
      continue;
    }
    // The row is named by its first filled cell of these, its action's place first.
    const std::pair<const char*, const std::string*> cells[] = {
        {"action", &row.action}, {"lead", &row.lead}, {"timeframe", &row.timeframe}, {"progress", &row.progress}};
    const auto* shown = std::find_if(std::begin(cells), std::end(cells), [](const auto& cell) {
      return !cell.second->empty();
    });
    if (shown == std::end(cells)) {
      plan->warnings.push_back(fmt::format("page {}: the row {} was left out: only its reference was read",
                                           row.where.page, row.ref));
      continue;
    }
    plan->warnings.push_back(
        fmt::format("page {}: a row whose {} reads \"{}\" was left out: the cells of its rows are mixed",
                    row.where.page, shown->first, *shown->second));
  }
  kept_before.push_back(static_cast<int>(kept.size()));
  for (TableTrace& table : plan->tables) {
    auto [begin, end] = table.RowRange(plan->rows.size());
    table.first_row = kept_before[begin];
    table.rows = kept_before[end] - table.first_row;
  }
  plan->rows = std::move(kept);
}

}  // namespace planrows
