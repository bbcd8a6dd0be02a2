#include "pipeline/recovery/slash_row_reader.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

constexpr std::string_view kSeparator = " / ";
// Fewest columns that make a header of separated names.
constexpr size_t kMinColumns = 3;
// How many lines under a header tell how many cells its rows hold.
constexpr size_t kRowLookahead = 40;
// Fewest lines of one part count that tell the columns of rows without references.
constexpr int kMinAgreeingLines = 2;

}  // namespace

std::vector<std::string> SlashRowReader::Parts(std::string_view text) {
  std::string padded(1, ' ');  // A cell empty at either end still has its separator.
  padded.append(text).push_back(' ');
  std::vector<std::string> parts;
  size_t start = 1;
  while (true) {
    size_t end = padded.find(kSeparator, start - 1);
    if (end == std::string::npos || end + 1 >= padded.size()) {
      parts.push_back(CellText::Clean(padded.substr(start)));
      break;
    }
    parts.push_back(CellText::Clean(padded.substr(start, end > start ? end - start : 0)));
    start = end + kSeparator.size();
  }
  return parts;
}

std::vector<std::string> SlashRowReader::Headings(std::string_view text, size_t columns) const {
  std::vector<std::string> headings;
  for (std::string& part : Parts(text)) {
    // A name with " / " in it ("Target date / milestone", "Progress / RAG")
    // goes on in lower case, or names the same column as a whole.
    if (!headings.empty() && !part.empty()) {
      std::string joined = headings.back() + " / " + part;
      std::optional<ColumnName> left = rules_.headers.Match(headings.back());
      std::optional<ColumnName> right = rules_.headers.Match(part);
      std::optional<ColumnName> whole = rules_.headers.Match(joined);
      bool same = left && right && whole && left->column == right->column && whole->column == left->column;
      if (std::islower(static_cast<unsigned char>(part[0])) || same) {
        headings.back() = joined;
        continue;
      }
    }
    headings.push_back(std::move(part));
  }
  // More names than the rows have cells: the neighbours that read most as
  // one name are one.
  while (columns > 0 && headings.size() > columns) {
    size_t best = 0;
    double top = 0;
    for (size_t k = 0; k + 1 < headings.size(); ++k) {
      double score = JoinScore(headings[k], headings[k + 1]);
      if (score > top) top = score, best = k + 1;
    }
    if (best == 0) break;
    headings[best - 1] += " / " + headings[best];
    headings.erase(headings.begin() + best);
  }
  return headings;
}

double SlashRowReader::JoinScore(const std::string& left, const std::string& right) const {
  if (left.empty() || right.empty()) return -1;
  std::optional<ColumnName> a = rules_.headers.MatchWords(left), b = rules_.headers.MatchWords(right);
  if (a && b) return a->column == b->column && a->extra_key == b->extra_key ? 2 : -1;
  return a || b ? 1 : 0.5;
}

size_t SlashRowReader::RefPart(const std::vector<PlanLine>& lines, size_t at) const {
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(Headings(lines[at].text), rules_.headers);
  auto named = std::find(columns.begin(), columns.end(), Column::kRef);
  if (named == columns.begin()) return 0;
  // Where no column is named for references, the one whose parts hold them is theirs ("Objective" over "1.1.").
  std::vector<size_t> candidates;
  if (named != columns.end()) {
    candidates.push_back(named - columns.begin());
  } else {
    for (size_t part = 1; part < columns.size(); ++part) candidates.push_back(part);
  }
  for (size_t part : candidates) {
    int refs = 0;
    for (size_t k = at + 1; k < lines.size() && k <= at + kRowLookahead && lines[k].page == lines[at].page; ++k) {
      std::vector<std::string> parts = Parts(lines[k].text);
      // A column named for references may number its rows 1, 2, 3.
      refs += parts.size() > part && classifier_.IsPrintedRef(parts[part]);
    }
    if (refs >= kMinAgreeingLines) return part;
  }
  return 0;
}

size_t SlashRowReader::RowColumns(const std::vector<PlanLine>& lines, size_t at, size_t ref_part,
                                  bool* numbered) const {
  size_t fewest = 0, rows = 0, parts = 0;
  std::map<size_t, int> line_parts;  // Parts a line -> lines, for rows without references.
  for (size_t k = at + 1; k < lines.size() && k <= at + kRowLookahead && lines[k].page == lines[at].page; ++k) {
    std::vector<std::string> cells = Parts(lines[k].text);
    if (cells.size() >= kMinColumns) ++line_parts[cells.size()];
    if (cells.size() < 2 && rows == 0) continue;
    bool ref = cells.size() > ref_part && (classifier_.IsLineRef(cells[ref_part]) ||
                                           (ref_part > 0 && classifier_.IsPrintedRef(cells[ref_part])));
    if (ref) {
      if (rows > 0) fewest = rows == 1 ? parts : std::min(fewest, parts);
      ++rows;
      parts = cells.size();
    } else if (rows > 0) {
      parts += cells.size() - 1;  // A wrapped row goes on where its line broke.
    }
  }
  *numbered = rows > 1;
  if (rows > 0) return rows > 1 ? std::min(fewest, parts) : 0;
  // Without references, most rows are a line each, of a part a cell; a lead
  // holding " / " only adds parts, so where no line has fewer parts than the
  // header has names, those are the columns (even where every lead on the
  // page holds " / ").
  size_t named = Headings(lines[at].text).size();
  if (!line_parts.empty() && line_parts.begin()->first >= named) return named;
  int total = 0;
  for (const auto& count : line_parts) total += count.second;
  auto most = std::max_element(line_parts.begin(), line_parts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return most != line_parts.end() && most->second >= kMinAgreeingLines && most->second * 2 >= total ? most->first
                                                                                                    : 0;
}

bool SlashRowReader::IsHeader(const PlanLine& line, size_t columns) const {
  std::vector<std::string> headings = Headings(line.text, columns);
  SpacedHeaderSplitter splitter(rules_.headers);
  if (headings.size() < kMinColumns) return false;
  // The separators part the headings as printed.
  return splitter.IsHeader(headings, false, HeaderRules::HeadingParts::kPrinted) ||
         (headings.size() == columns && splitter.MayBeHeader(headings));
}

bool SlashRowReader::StartsRow(const std::string& text, bool has_ref_column, size_t ref_part) const {
  std::vector<std::string> parts = Parts(text);
  // Under a column named for references, rows may be numbered 1, 2, 3.
  if (has_ref_column) {
    return parts.size() > ref_part && classifier_.IsPrintedRef(parts[ref_part]);
  }
  // A line in lower case goes on a wrapped row, unless it starts with a
  // reference in front of the action ("hb2: Run a survey / ...").
  if (parts.size() < 2 || text.empty()) return false;
  std::string ref, action;
  return !std::islower(static_cast<unsigned char>(text[0])) || rules_.patterns.MatchActionRef(parts[0], &ref, &action);
}

std::vector<std::string> SlashRowReader::Cells(const std::string& text,
                                               const std::vector<std::optional<Column>>& columns) const {
  std::vector<std::string> parts = Parts(text);
  if (parts.size() == columns.size()) return parts;
  // The parts up to a reference where the reference column stands are the cells before it, one a part.
  size_t fixed = 0;
  auto ref = std::find(columns.begin(), columns.end(), Column::kRef);
  if (size_t at = ref - columns.begin(); ref != columns.end() && at < parts.size() && parts.size() > columns.size() &&
                                         classifier_.IsPrintedRef(parts[at])) {
    fixed = at + 1;
  }
  CellGrouper::Options options;
  options.joiner = std::string(kSeparator);
  options.one_row = true;
  std::vector<std::optional<Column>> rest_columns(columns.begin() + fixed, columns.end());
  std::vector<std::string> rest(parts.begin() + fixed, parts.end());
  std::vector<GroupedRow> rows = CellGrouper(cell_fit_, rest_columns, options).Group(rest);
  std::vector<std::string> cells(parts.begin(), parts.begin() + fixed);
  if (rows.empty()) rows.push_back(GroupedRow{});
  rows[0].cells.resize(rest_columns.size());
  cells.insert(cells.end(), rows[0].cells.begin(), rows[0].cells.end());
  return cells;
}

void SlashRowReader::DropProseDates(const std::vector<std::pair<const PlanLine*, std::string>>& rows,
                                    std::vector<std::optional<Column>>* columns) const {
  for (size_t i = 0; i < columns->size(); ++i) {
    if ((*columns)[i] != Column::kTimeframe) continue;
    int prose = 0, dates = 0;
    for (const auto& row : rows) {
      std::vector<std::string> parts = Parts(row.second);
      if (parts.size() != columns->size()) continue;  // Only rows of a part a cell show the column's cells.
      CellKind kind = classifier_.Classify(parts[i]);
      prose += kind == CellKind::kProse;
      dates += kind == CellKind::kDate;
    }
    if (prose > 0 && dates == 0) (*columns)[i] = std::nullopt;
  }
}

bool SlashRowReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  if (Parts(lines[at].text).size() < kMinColumns) return false;
  bool numbered = false;
  size_t ref_part = RefPart(lines, at);
  size_t row_columns = RowColumns(lines, at, ref_part, &numbered);
  if (!IsHeader(lines[at], row_columns)) return false;
  std::vector<std::string> headings = Headings(lines[at].text, row_columns);
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(headings, rules_.headers);
  table->headings = std::move(headings);
  // Rows that start with a reference have a column for it, whatever its
  // name: the first named one when rows hold as many cells as the header
  // names ("Action code" over "SA 1"), one in front when they hold one more.
  if (numbered && ref_part > 0 && ref_part < columns.size() && columns[ref_part] != Column::kRef) {
    table->GiveRefColumnAt(ref_part, &columns);
  } else if (numbered) {
    table->GiveRefColumn(&columns, RebuiltTable::RefCellFor(row_columns, columns.size()));
  }
  bool has_ref_column = std::find(columns.begin(), columns.end(), Column::kRef) != columns.end();
  std::string folded_header = CellText::FoldForMatch(lines[at].text);
  std::vector<std::pair<const PlanLine*, std::string>> rows;  // First line and text; no text for a heading.
  size_t end = at + 1;
  for (; end < lines.size(); ++end) {
    const PlanLine& line = lines[end];
    // The header repeated on a new page, even marked as a heading or run on
    // from the page's footer ("Page 1 of 5Ref / Action / ..."), goes on.
    if (CellText::FoldForMatch(line.text).ends_with(folded_header)) continue;
    // Another table's header ends this one, even over the next page, where a row may run on.
    if (TextTableEnd::IsPast(line) || IsHeader(line)) break;
    if (TextTableEnd::IsFurniture(line, rules_.patterns)) continue;
    if (TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      // A heading in a first column (a theme merged down its rows) holds its first row after it.
      bool holds_row = Parts(line.text).size() >= columns.size() && StartsRow(line.text, has_ref_column, ref_part);
      // A heading inside the table has rows right after it.
      if (!holds_row && (end + 1 >= lines.size() || Parts(lines[end + 1].text).size() < 2)) break;
      rows.emplace_back(&line, "");  // Read as a heading below.
      if (holds_row) rows.emplace_back(&line, line.text);
      continue;
    }
    if (!rows.empty() && TextTableEnd::IsParagraphAfter(line, rules_.patterns)) break;
    if (rows.empty() || rows.back().second.empty() || StartsRow(line.text, has_ref_column, ref_part)) {
      rows.emplace_back(&line, line.text);
    } else {
      rows.back().second += " " + line.text;
    }
  }
  if (rows.empty()) return false;
  DropProseDates(rows, &columns);
  table->header = &lines[at];
  table->end = end;
  for (const auto& [first, text] : rows) {
    bool heading = text.empty();
    // A heading's text is the line's first part: the rest of a heading in a first column is its first row.
    std::vector<std::string> cells =
        heading ? std::vector<std::string>{Parts(first->text).front()} : Cells(text, columns);
    table->rows.push_back(RebuiltRow{first, std::move(cells), heading});
  }
  return true;
}

}  // namespace planrows
