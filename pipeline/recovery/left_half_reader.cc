#include "pipeline/recovery/left_half_reader.h"

#include <cctype>
#include <cstdint>

#include <fmt/format.h>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words on a line of column names, and most such lines in a row.
constexpr int kMaxNameWords = 4;
constexpr size_t kMaxNameLines = 6;
// Fewest rows read back for the left halves to be taken for a table.
constexpr size_t kMinRows = 2;
// Most runs of references without actions in a section whose ways of
// taking their actions' cells are tried.
constexpr size_t kMaxBareRuns = 8;

bool StartsLowerCase(const std::string& text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text[0]));
}

// The texts of the reference lines `refs`, joined for a warning.
std::string RefsOf(const std::vector<const PlanLine*>& refs) {
  std::string out;
  for (const PlanLine* ref : refs) out += std::string(out.empty() ? "" : ", ") + ref->text;
  return out;
}

}  // namespace

std::vector<std::string> LeftHalfReader::ReadNames(const std::vector<PlanLine>& lines, size_t at,
                                                   size_t* end) const {
  std::vector<std::string> names;
  size_t k = at;
  for (; k < lines.size() && k - at < kMaxNameLines; ++k) {
    const PlanLine& line = lines[k];
    if (line.page != lines[at].page || !line.IsSingleCell() || IsRefAlone(line) ||
        TextTableEnd::IsSectionHeading(line, rules_.patterns) || CellText::WordCount(line.text) > kMaxNameWords) {
      break;
    }
    if (StartsLowerCase(line.text) && !names.empty()) {
      names.back() += " " + line.text;
    } else {
      names.push_back(line.text);
    }
  }
  *end = k;
  return names;
}

std::optional<Column> LeftHalfReader::ColumnOf(const std::string& name) const {
  if (std::optional<ColumnName> named = rules_.headers.Match(name)) return named->column;
  if (std::optional<ColumnName> told = rules_.headers.MatchWords(name)) return told->column;
  return std::nullopt;
}

bool LeftHalfReader::AreLeftNames(const std::vector<std::string>& names) const {
  if (names.size() != 2 || StartsLowerCase(names[0])) return false;
  std::optional<Column> first = ColumnOf(names[0]);
  return (!first || *first == Column::kRef) && ColumnOf(names[1]) == Column::kAction;
}

bool LeftHalfReader::IsRefAlone(const PlanLine& line) const {
  std::vector<std::string> words = CellText::Words(line.text);
  return !words.empty() && classifier_.RefWordsAtStart(words) == words.size();
}

bool LeftHalfReader::IsHeadingName(const PlanLine& line) const {
  if (CellText::WordCount(line.text) > kMaxNameWords || StartsLowerCase(line.text)) return false;
  if (rules_.headers.Match(line.text)) return true;
  return line.line->gap_before && rules_.headers.MatchWords(line.text).has_value();
}

std::vector<std::string> LeftHalfReader::ReadRightNames(const std::vector<PlanLine>& lines, size_t at,
                                                        size_t* end) const {
  std::vector<std::string> names;
  size_t k = at;
  for (; k < lines.size() && lines[k].page == lines[at].page; ++k) {
    if (IsHeadingName(lines[k])) {
      names.push_back(lines[k].text);
    } else if (!names.empty() && StartsLowerCase(lines[k].text) &&
               CellText::WordCount(lines[k].text) <= kMaxNameWords) {
      names.back() += " " + lines[k].text;
    } else {
      break;
    }
  }
  *end = k;
  return names;
}

std::vector<LeftHalfReader::Half> LeftHalfReader::ReadHalves(const std::vector<PlanLine>& lines, size_t at,
                                                             const std::vector<std::string>& header,
                                                             size_t* end) const {
  std::vector<Half> halves;
  size_t k = at;
  while (k < lines.size() && lines[k].page == lines[at].page) {
    const PlanLine& line = lines[k];
    size_t past_repeat;
    if (TextTableEnd::IsFurniture(line, rules_.patterns)) {
      ++k;
    } else if (IsRefAlone(line)) {
      halves.push_back(Half{&line, {}, false});
      ++k;
    } else if (TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      halves.push_back(Half{&line, {}, true});
      ++k;
    } else if (ReadNames(lines, k, &past_repeat) == header) {
      k = past_repeat;  // The left-hand headings again, under a section heading.
    } else if (IsHeadingName(line)) {
      break;
    } else if (halves.empty() || halves.back().heading) {
      return {};  // Text that is no row's: no such table.
    } else {
      Half& half = halves.back();
      CellKind kind = classifier_.Classify(line.text);
      if (kind == CellKind::kDate || kind == CellKind::kStatus) {
        half.unsure = true;  // The right-hand cells start, their headings not yet written.
        break;
      }
      half.unsure |= !half.action.empty() && line.line->gap_before;
      half.action.push_back(PrintedText(line));
      ++k;
    }
  }
  *end = k;
  return halves;
}

std::vector<std::string> LeftHalfReader::Cells(const Half& half) const {
  CellGrouper::Options options;
  options.wrapped_lines = true;
  return CellGrouper(cell_fit_, {Column::kAction}, options).Split(half.action);
}

std::vector<LeftHalfReader::BareRun> LeftHalfReader::BareRuns(const std::vector<Half>& run) {
  std::vector<BareRun> bare;
  for (size_t h = 0; h < run.size(); ++h) {
    if (!run[h].action.empty()) continue;
    if (h > 0 && run[h - 1].action.empty()) {
      ++bare.back().length;
    } else {
      bare.push_back(BareRun{h, 1});
    }
  }
  return bare;
}

std::optional<uint32_t> LeftHalfReader::FittingWay(const std::vector<Half>& run, const std::vector<BareRun>& bare,
                                                   const std::vector<std::vector<std::string>>& cells) {
  if (bare.size() > kMaxBareRuns) return std::nullopt;
  std::optional<uint32_t> fitting;
  for (uint32_t way = 0; way < (1u << bare.size()); ++way) {
    std::vector<size_t> taken(run.size(), 0);
    bool fits = true;
    for (size_t b = 0; b < bare.size() && fits; ++b) {
      bool after = (way >> b) & 1u;
      fits = (after ? bare[b].begin + bare[b].length < run.size() : bare[b].begin > 0) &&
             !run[bare[b].Giver(after)].unsure;
      if (fits) taken[bare[b].Giver(after)] += bare[b].length;
    }
    // An action next to a bare run reads as one cell more than the
    // references it gives cells to; an unsure one gives none.
    for (size_t h = 0; h < run.size() && fits; ++h) {
      fits = cells[h].empty() || run[h].unsure || taken[h] + 1 == cells[h].size();
    }
    if (!fits) continue;
    if (fitting) return std::nullopt;  // Two ways fit: none can be told.
    fitting = way;
  }
  return fitting;
}

std::vector<std::optional<std::string>> LeftHalfReader::Actions(const std::vector<Half>& run) const {
  std::vector<BareRun> bare = BareRuns(run);
  // The cells of each action next to a bare run, which may be the run's.
  std::vector<std::vector<std::string>> cells(run.size());
  for (const BareRun& next : bare) {
    if (next.begin > 0) cells[next.begin - 1] = Cells(run[next.begin - 1]);
    if (next.begin + next.length < run.size()) cells[next.begin + next.length] = Cells(run[next.begin + next.length]);
  }
  std::vector<std::optional<std::string>> actions(run.size());
  for (size_t h = 0; h < run.size(); ++h) {
    if (run[h].action.empty() || !cells[h].empty()) continue;
    std::string text;
    for (const std::string& line : run[h].action) CellText::AppendWrapped(line, &text);
    actions[h] = text;
  }
  std::optional<uint32_t> way = FittingWay(run, bare, cells);
  if (!way) return actions;
  for (size_t b = 0; b < bare.size(); ++b) {
    bool after = (*way >> b) & 1u;
    size_t first = after ? bare[b].begin : bare[b].begin - 1;
    for (size_t k = 0; k <= bare[b].length; ++k) actions[first + k] = cells[bare[b].Giver(after)][k];
  }
  for (size_t h = 0; h < run.size(); ++h) {
    if (!actions[h] && cells[h].size() == 1) actions[h] = cells[h][0];
  }
  return actions;
}

void LeftHalfReader::AddRows(const std::vector<Half>& halves, RebuiltTable* table) const {
  std::vector<const PlanLine*> left_out;
  size_t h = 0;
  while (h < halves.size()) {
    if (halves[h].heading) {
      table->rows.push_back(RebuiltRow{halves[h].ref, {halves[h].ref->text}, true});
      ++h;
      continue;
    }
    size_t end = h;
    while (end < halves.size() && !halves[end].heading) ++end;
    std::vector<Half> run(halves.begin() + h, halves.begin() + end);
    std::vector<std::optional<std::string>> actions = Actions(run);
    for (size_t k = 0; k < run.size(); ++k) {
      if (!actions[k] || run[k].unsure) {
        left_out.push_back(run[k].ref);
        continue;
      }
      std::vector<std::string> cells(table->headings.size());
      cells[0] = run[k].ref->text;
      cells[1] = *actions[k];
      table->rows.push_back(RebuiltRow{run[k].ref, std::move(cells)});
    }
    h = end;
  }
  if (left_out.empty()) return;
  table->warnings.push_back(fmt::format(
      "page {}: the actions of the references {} cannot be told from their neighbours' cells, so these rows are "
      "left out",
      left_out[0]->page->number, RefsOf(left_out)));
}

size_t LeftHalfReader::ReadPage(const std::vector<PlanLine>& lines, size_t at, const std::vector<std::string>& left,
                                RebuiltTable* table) const {
  size_t right_at;
  std::vector<Half> halves = ReadHalves(lines, at, left, &right_at);
  size_t past_right;
  std::vector<std::string> right = ReadRightNames(lines, right_at, &past_right);
  if (halves.empty() || (table->headings.empty() && right.empty())) return at;
  if (table->headings.empty()) {
    table->headings = left;
    if (!ColumnOf(left[0])) table->headings[0] = RebuiltTable::kRefHeading;
    table->headings.insert(table->headings.end(), right.begin(), right.end());
  }
  AddRows(halves, table);
  // The right-hand cells, to the end of the page, are no rows of their own.
  table->warnings.push_back(fmt::format(
      "page {}: the cells right of the actions were written apart from their rows; which rows they belong to "
      "cannot be told, so they are left out",
      lines[at].page->number));
  size_t end = right_at;
  while (end < lines.size() && lines[end].page == lines[at].page) ++end;
  return end;
}

bool LeftHalfReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  size_t body;
  std::vector<std::string> left = ReadNames(lines, at, &body);
  if (!AreLeftNames(left)) return false;
  table->header = &lines[at];
  size_t end = ReadPage(lines, body, left, table);
  if (end == body) return false;
  // The table goes on while a page starts with a row's reference.
  while (end < lines.size() && IsRefAlone(lines[end])) {
    size_t next = ReadPage(lines, end, left, table);
    if (next == end) break;
    end = next;
  }
  size_t rows = 0;
  for (const RebuiltRow& row : table->rows) rows += !row.IsHeading();
  if (rows < kMinRows) return false;
  table->end = end;
  return true;
}

}  // namespace planrows
