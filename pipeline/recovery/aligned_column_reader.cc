#include "pipeline/recovery/aligned_column_reader.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines a header wraps over.
constexpr size_t kMaxHeaderLines = 4;
// Fewest spaces that part two cells of a line.
constexpr size_t kCellGap = 2;
// How far left of its column's heading a cell's word may start.
constexpr size_t kColumnSlack = 2;
// Most capitals of a reference's letters wrapped above its number ("EH").
constexpr size_t kMaxRefLetters = 4;
// How many lines after a section heading inside a table a row must start.
constexpr size_t kSectionLookahead = 2;

bool IsTextLine(const PlanLine& line) { return line.page->cells_by_index && line.IsSingleCell(); }

}  // namespace

std::vector<AlignedColumnReader::PlacedWord> AlignedColumnReader::Words(const PlanLine& line) {
  std::vector<PlacedWord> words;
  if (!IsTextLine(line)) return words;
  const std::string& raw = line.cells[line.FirstFilled()];
  size_t at = 0;
  while ((at = raw.find_first_not_of(' ', at)) != std::string::npos) {
    size_t end = raw.find(' ', at);
    if (end == std::string::npos) end = raw.size();
    words.push_back(PlacedWord{raw.substr(at, end - at), at, end});
    at = end;
  }
  return words;
}

bool AlignedColumnReader::IsAligned(const PlanLine& line) {
  std::vector<PlacedWord> words = Words(line);
  int gaps = 0;
  for (size_t k = 1; k < words.size(); ++k) gaps += words[k].start - words[k - 1].end >= kCellGap;
  return gaps >= 2;
}

std::vector<AlignedColumnReader::AlignedColumn> AlignedColumnReader::Columns(const std::vector<PlanLine>& lines,
                                                                             size_t begin, size_t end) {
  // Each run of words set close on a header line is a piece of a heading;
  // pieces whose character ranges overlap stack into one column.
  struct Piece {
    size_t start, end, line;
    std::string text;
  };
  std::vector<Piece> pieces;
  for (size_t k = begin; k < end; ++k) {
    for (const PlacedWord& word : Words(lines[k])) {
      if (!pieces.empty() && pieces.back().line == k && word.start - pieces.back().end < kCellGap) {
        pieces.back().text += " " + word.text;
        pieces.back().end = word.end;
      } else {
        pieces.push_back(Piece{word.start, word.end, k, word.text});
      }
    }
  }
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.start < b.start; });
  std::vector<std::vector<Piece>> stacks;
  size_t reach = 0;
  for (const Piece& piece : pieces) {
    if (stacks.empty() || piece.start >= reach) stacks.emplace_back();
    stacks.back().push_back(piece);
    reach = stacks.back().size() == 1 ? piece.end : std::max(reach, piece.end);
  }
  std::vector<AlignedColumn> columns;
  for (std::vector<Piece>& stack : stacks) {
    std::stable_sort(stack.begin(), stack.end(), [](const Piece& a, const Piece& b) { return a.line < b.line; });
    AlignedColumn column{stack[0].start, stack[0].end, ""};
    for (const Piece& piece : stack) {
      column.start = std::min(column.start, piece.start);
      column.end = std::max(column.end, piece.end);
      column.heading += (column.heading.empty() ? "" : " ") + piece.text;
    }
    columns.push_back(std::move(column));
  }
  std::sort(columns.begin(), columns.end(),
            [](const AlignedColumn& a, const AlignedColumn& b) { return a.start < b.start; });
  return columns;
}

size_t AlignedColumnReader::ColumnAt(const std::vector<AlignedColumn>& columns, size_t start) {
  size_t column = 0;
  while (column + 1 < columns.size() && start + kColumnSlack >= columns[column + 1].start) ++column;
  return column;
}

bool AlignedColumnReader::StartsRow(const std::vector<PlanLine>& lines, size_t k) const {
  std::vector<PlacedWord> words = Words(lines[k]);
  if (words.empty()) return false;
  return classifier_.IsLineRef(words[0].text) || WrapsRef(lines, k);
}

bool AlignedColumnReader::WrapsRef(const std::vector<PlanLine>& lines, size_t k) const {
  std::vector<PlacedWord> words = Words(lines[k]);
  if (words.empty()) return false;
  const std::string& head = words[0].text;
  bool capitals = head.size() <= kMaxRefLetters &&
                  std::all_of(head.begin(), head.end(), [](unsigned char c) { return std::isupper(c); });
  if (!capitals || k + 1 >= lines.size()) return false;
  std::vector<PlacedWord> below = Words(lines[k + 1]);
  return !below.empty() && below[0].start <= words[0].start + kColumnSlack &&
         classifier_.IsLineRef(head + below[0].text);
}

bool AlignedColumnReader::HeadsRows(const std::vector<PlanLine>& lines, size_t k) const {
  if (!TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) return false;
  for (size_t next = k + 1; next < lines.size() && next <= k + kSectionLookahead; ++next) {
    if (StartsRow(lines, next)) return true;
    if (!TextTableEnd::IsSectionHeading(lines[next], rules_.patterns)) return false;
  }
  return false;
}

bool AlignedColumnReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  if (!IsTextLine(lines[at]) || TextTableEnd::IsSectionHeading(lines[at], rules_.patterns)) return false;
  // The header: a few aligned lines right above the first row.
  size_t body = at;
  while (body < lines.size() && body < at + kMaxHeaderLines && IsTextLine(lines[body]) &&
         lines[body].page == lines[at].page && !StartsRow(lines, body) && (body == at || !lines[body].line->gap_before)) {
    ++body;
  }
  // The first row, perhaps under a section heading.
  if (body == at || body >= lines.size() || !(StartsRow(lines, body) || HeadsRows(lines, body))) return false;
  bool aligned = false;
  for (size_t k = at; k < body; ++k) aligned |= IsAligned(lines[k]);
  if (!aligned) return false;
  std::vector<AlignedColumn> columns = Columns(lines, at, body);
  std::vector<std::string> headings;
  for (const AlignedColumn& column : columns) headings.push_back(column.heading);
  if (!SpacedHeaderSplitter(rules_.headers).IsHeader(headings)) return false;
  std::set<std::string> header_lines;  // Folded, to know the header when a page repeats it.
  for (size_t k = at; k < body; ++k) header_lines.insert(CellText::FoldForMatch(lines[k].text));
  table->header = &lines[at];
  table->headings = headings;
  size_t end = body;
  for (; end < lines.size(); ++end) {
    const PlanLine& line = lines[end];
    if (HeadsRows(lines, end)) {
      table->rows.push_back(RebuiltRow{&line, {line.text}, true});
      continue;
    }
    if (TextTableEnd::IsPast(line) ||
        (line.line->gap_before && !line.page_start && !StartsRow(lines, end) && !IsAligned(line))) {
      break;
    }
    // The number of a wrapped reference may stand alone, as a page number does.
    if (TextTableEnd::IsFurniture(line, rules_.patterns) && !(end > body && WrapsRef(lines, end - 1))) continue;
    if (header_lines.count(CellText::FoldForMatch(line.text))) {
      // A page sets its repeat of the header, and its cells, anew.
      size_t repeat_end = std::min(lines.size(), end + (body - at));
      std::vector<AlignedColumn> repeat = Columns(lines, end, repeat_end);
      if (repeat.size() == columns.size()) {
        columns = std::move(repeat);
        end = repeat_end - 1;
      }
      continue;
    }
    if (table->rows.empty() || table->rows.back().IsHeading() || StartsRow(lines, end)) {
      table->rows.push_back(RebuiltRow{&line, std::vector<std::string>(columns.size())});
    }
    std::vector<std::string>& cells = table->rows.back().cells;
    for (const PlacedWord& word : Words(line)) {
      CellText::AppendWrapped(word.text, &cells[ColumnAt(columns, word.start)]);
    }
  }
  table->end = end;
  return !table->rows.empty();
}

}  // namespace planrows
