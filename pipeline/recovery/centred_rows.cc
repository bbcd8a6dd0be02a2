#include "pipeline/recovery/centred_rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>

#include "pipeline/text/cell_text.h"

namespace planrows {

namespace {

// How far right of the leftmost reference another may start and be in its
// column (points; a character and a half of laid-out text).
constexpr double kRefColumnSlack = 9;

// Fewest rows with a whole date in one column for that column to tell
// where rows of centred cells lie in a table with no references.
constexpr size_t kMinDateRows = 3;

// Fewest cells of a line that, naming known columns, make it a header,
// which parts blocks of rows as a heading does.
constexpr long kMinHeaderNames = 2;

// The cleaned text of the first cell of `line`; empty when it has none.
std::string FirstCell(const PlanLine& line) {
  return line.line->segments.empty() ? std::string() : CellText::Clean(line.line->segments[0].text);
}

bool IsNumber(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// One column's lines within a row: where the cell's text lies across the
// page and its first and last lines.
struct Cell {
  double x0 = 0, x1 = 0;
  size_t first = 0, last = 0;
};

}  // namespace

void CentredRows::Mark(std::vector<PlanLine>* lines) const {
  size_t begin = 0;
  for (size_t i = 1; i <= lines->size(); ++i) {
    if (i < lines->size() && (*lines)[i].page == (*lines)[begin].page) continue;
    const PageText& page = *(*lines)[begin].page;
    if (!page.ruled && !page.cells_by_index) MarkPage(lines, begin, i);
    begin = i;
  }
}

void CentredRows::MarkPage(std::vector<PlanLine>* lines, size_t begin, size_t end) const {
  // The reference column runs from the leftmost reference to the right
  // end of the widest reference that starts there.
  double left = std::numeric_limits<double>::max(), right = std::numeric_limits<double>::lowest();
  for (size_t i = begin; i < end; ++i) {
    if (StartsWithRef((*lines)[i])) left = std::min(left, (*lines)[i].line->segments[0].box.x0);
  }
  for (size_t i = begin; i < end; ++i) {
    const PlanLine& line = (*lines)[i];
    if (!StartsWithRef(line) || line.line->segments[0].box.x0 > left + kRefColumnSlack) continue;
    right = std::max(right, line.line->segments[0].box.x1);
  }
  if (right < left) {
    MarkByDates(lines, begin, end);
    return;
  }
  // Blocks of lines that hold a reference there or leave the column
  // empty, parted by blank lines, by lines with other text in it
  // (headers, section headings, page footers) and by a header whose names
  // all stand right of it. A column left of the
  // references (a theme merged over several rows) may hold text beside
  // them; a line of that column's text alone is in the block, not of it.
  std::vector<BlockLine> block;
  std::vector<RefSpan> refs;
  bool follows_row = false;  // Whether the line before the block is a row whose reference did not read.
  for (size_t i = begin; i <= end; ++i) {
    BlockLine at{i, kNoRef};
    bool side = false, ref = false, body = false, unread_ref = false;
    if (i < end && !(*lines)[i].line->segments.empty() && !IsPageNumberLine(*lines, i, end)) {
      const std::vector<Segment>& segments = (*lines)[i].line->segments;
      size_t s = 0;
      while (s < segments.size() && segments[s].box.x1 < left) ++s;
      side = s == segments.size();
      ref = !side && segments[s].box.x0 <= left + kRefColumnSlack && IsRef(CellText::Clean(segments[s].text));
      body = !side && segments[s].box.x0 > right && !NamesColumns((*lines)[i]);
      if (ref) at.ref_segment = s;
      // Text in the reference column with cells beside it, no heading, is a
      // row whose reference did not read ("pfl" for "pf1").
      unread_ref = !side && !ref && !body && s + 1 < segments.size() && segments.back().box.x0 > right &&
                   !rules_.headers.Match(CellText::Clean(segments[s].text));
    }
    if (i == end || (!side && !ref && !body) || (*lines)[i].line->gap_before) {
      bool ends_page = i == end || IsPageNumberLine(*lines, i, end);
      if (!refs.empty()) MarkBlock(lines, block, refs, left, ends_page, follows_row);
      block.clear();
      refs.clear();
      follows_row = unread_ref;  // The lines under such a row are its own.
    }
    if (!ref && !body) continue;
    block.push_back(at);
    if (!ref) continue;
    size_t k = block.size() - 1;
    // The number of a wrapped reference may come a line or two under its
    // capitals, a centred cell's line between them.
    if (!refs.empty() && refs.back().first == refs.back().last &&
        WrapsRef(RefText((*lines)[block[refs.back().first].index], block[refs.back().first].ref_segment),
                 RefText((*lines)[i], at.ref_segment))) {
      refs.back().last = k;
    } else {
      refs.push_back({k, k});
    }
  }
}

std::optional<double> CentredRows::DateColumn(const std::vector<PlanLine>& lines, size_t begin, size_t end) const {
  std::vector<double> starts;  // Of whole dates in cells after a line's first.
  for (size_t i = begin; i < end; ++i) {
    const std::vector<Segment>& segments = lines[i].line->segments;
    for (size_t s = 1; s < segments.size(); ++s) {
      if (rules_.timeframes.IsTimeframe(CellText::Clean(segments[s].text))) starts.push_back(segments[s].box.x0);
    }
  }
  std::optional<double> column;
  size_t most = 0;
  for (double x0 : starts) {
    auto near = [x0](double other) { return std::abs(other - x0) <= kRefColumnSlack; };
    size_t count = std::count_if(starts.begin(), starts.end(), near);
    if (count > most) most = count, column = x0;
  }
  if (most < kMinDateRows) return std::nullopt;
  return column;
}

void CentredRows::MarkByDates(std::vector<PlanLine>* lines, size_t begin, size_t end) const {
  std::optional<double> column = DateColumn(*lines, begin, end);
  if (!column) return;
  // Blocks of lines parted by blank lines, headers and section headings, in
  // which every cell of the date column is a whole date on one line: the
  // rows' anchors, as references are elsewhere.
  std::vector<BlockLine> block;
  std::vector<RefSpan> dates;
  bool other_text = false;  // Text in the date column that is no whole date.
  for (size_t i = begin; i <= end; ++i) {
    const PlanLine* line = i < end ? &(*lines)[i] : nullptr;
    bool apart = line == nullptr || line->line->segments.empty() || IsPageNumberLine(*lines, i, end) ||
                 NamesColumns(*line) || rules_.patterns.MatchSection(CellText::Clean(line->text));
    if (apart || line->line->gap_before) {
      bool ends_page = line == nullptr || IsPageNumberLine(*lines, i, end);
      if (!dates.empty() && !other_text) {
        MarkBlock(lines, block, dates, std::numeric_limits<double>::lowest(), ends_page, false);
      }
      block.clear();
      dates.clear();
      other_text = false;
    }
    if (apart) continue;
    BlockLine at{i, kNoRef};
    const std::vector<Segment>& segments = line->line->segments;
    for (size_t s = 0; s < segments.size(); ++s) {
      if (std::abs(segments[s].box.x0 - *column) > kRefColumnSlack) continue;
      if (rules_.timeframes.IsTimeframe(CellText::Clean(segments[s].text))) {
        at.ref_segment = s;
      } else {
        other_text = true;
      }
    }
    block.push_back(at);
    if (at.ref_segment != kNoRef) dates.push_back({block.size() - 1, block.size() - 1});
  }
}

void CentredRows::MarkBlock(std::vector<PlanLine>* lines, const std::vector<BlockLine>& block,
                            const std::vector<RefSpan>& refs, double left, bool ends_page, bool follows_row) const {
  // Rows all centred are looked for first: a last row that may be split
  // could as well be one line, and the lines above the block a header.
  if (!MarkChain(lines, block, refs, left, false, follows_row) && ends_page) {
    MarkChain(lines, block, refs, left, true, follows_row);
  }
}

bool CentredRows::MarkChain(std::vector<PlanLine>* lines, const std::vector<BlockLine>& block,
                            const std::vector<RefSpan>& refs, double left, bool may_split, bool follows_row) const {
  // Lines above the first row's top are the end of a row a page break cut,
  // or of the row right before the block.
  for (size_t top = 0; top <= (follows_row ? 0 : refs[0].first); ++top) {
    bool split = false;
    std::optional<std::vector<Row>> rows = Chain(top, block.size(), refs, may_split, &split);
    if (!rows) continue;
    // A table whose cells start at the top of their rows has its first
    // reference on its first row's first line, the lines of each row below
    // it, and reads so; centred cells start the first row above it. A
    // split row, set at its top, tells nothing of the others.
    std::vector<Row> whole(rows->begin(), rows->end() - (split ? 1 : 0));
    if (whole.empty() || whole[0].top == refs[0].first || !CellsCentred(*lines, block, whole, refs, left)) continue;
    for (size_t j = 0; j < rows->size(); ++j) {
      // A line of the left column's text alone between two rows goes on the row above.
      size_t first = block[(*rows)[j].top].index;
      size_t last = j + 1 < rows->size() ? block[(*rows)[j + 1].top].index - 1 : block[(*rows)[j].bottom].index;
      for (size_t k = first; k <= last; ++k) (*lines)[k].centred_row = true;
      (*lines)[first].centred_row_start = true;
    }
    return true;
  }
  return false;
}

std::optional<std::vector<CentredRows::Row>> CentredRows::Chain(size_t top, size_t count,
                                                                const std::vector<RefSpan>& refs, bool may_split,
                                                                bool* split) {
  std::vector<Row> rows;
  for (size_t j = 0; j < refs.size(); ++j) {
    *split = may_split && j + 1 == refs.size() && refs[j].first == top;
    if (*split) {
      rows.push_back({top, count - 1});
      break;
    }
    // Twice the reference's centre line is the sum of the row's first and last lines.
    size_t centre2 = refs[j].first + refs[j].last;
    if (centre2 < top + refs[j].last) return std::nullopt;
    size_t bottom = centre2 - top;
    if (j + 1 < refs.size() && bottom >= refs[j + 1].first) return std::nullopt;
    rows.push_back({top, bottom});
    top = bottom + 1;
  }
  if (rows.back().bottom + 1 != count) return std::nullopt;
  return rows;
}

bool CentredRows::IsPageNumberLine(const std::vector<PlanLine>& lines, size_t i, size_t end) const {
  return i + 1 == end && lines[i].IsSingleCell() && rules_.patterns.IsPageNumber(CellText::Clean(lines[i].text));
}

bool CentredRows::NamesColumns(const PlanLine& line) const {
  auto names = std::count_if(line.cells.begin(), line.cells.end(),
                             [this](const std::string& cell) { return rules_.headers.Match(cell).has_value(); });
  return names >= kMinHeaderNames;
}

bool CentredRows::CellsCentred(const std::vector<PlanLine>& lines, const std::vector<BlockLine>& block,
                               const std::vector<Row>& rows, const std::vector<RefSpan>& refs, double left) {
  int told = 0, centred = 0;
  for (size_t j = 0; j < rows.size(); ++j) {
    // The row's text but its reference, each column's lines one cell:
    // pieces that overlap across the page are of one column.
    std::vector<Cell> pieces;
    for (size_t k = rows[j].top; k <= rows[j].bottom; ++k) {
      const std::vector<Segment>& segments = lines[block[k].index].line->segments;
      for (size_t s = 0; s < segments.size(); ++s) {
        if (s != block[k].ref_segment && !CellText::IsNoise(segments[s].text)) {
          pieces.push_back({segments[s].box.x0, segments[s].box.x1, k, k});
        }
      }
    }
    std::sort(pieces.begin(), pieces.end(), [](const Cell& a, const Cell& b) { return a.x0 < b.x0; });
    std::vector<Cell> cells;
    for (const Cell& piece : pieces) {
      if (cells.empty() || piece.x0 > cells.back().x1) {
        cells.push_back(piece);
        continue;
      }
      Cell& cell = cells.back();
      cell.x1 = std::max(cell.x1, piece.x1);
      cell.first = std::min(cell.first, piece.first);
      cell.last = std::max(cell.last, piece.last);
    }
    // A cell on the reference's lines alone says nothing where they are
    // next to each other: it stands there in a table of cells set at the
    // top of their rows too. Lines set apart are centred's sign.
    size_t centre2 = refs[j].first + refs[j].last;
    bool ref_apart = refs[j].last > refs[j].first + 1;
    for (const Cell& cell : cells) {
      if (!ref_apart && cell.first >= refs[j].first && cell.last <= refs[j].last) continue;
      size_t ends = cell.first + cell.last;
      // A cell left of the references is mostly a theme merged over
      // several rows, centred on them all: it tells only when centred on its row.
      if (cell.x1 < left && ends != centre2) continue;
      ++told;
      centred += ends == centre2;
    }
  }
  // Most cells, not all: a cell merged over several rows is centred on them all.
  return centred >= 2 && 4 * centred >= 3 * told;
}

bool CentredRows::StartsWithRef(const PlanLine& line) const { return IsRef(FirstCell(line)); }

bool CentredRows::IsRef(const std::string& cell) const {
  if (cell.empty()) return false;
  return (rules_.patterns.IsColumnRef(cell) && !rules_.timeframes.IsTimeframe(cell)) ||
         rules_.patterns.IsRefCapitals(cell);
}

std::string CentredRows::RefText(const PlanLine& line, size_t segment) {
  return CellText::Clean(line.line->segments[segment].text);
}

bool CentredRows::WrapsRef(const std::string& above, const std::string& below) const {
  return IsNumber(below) && (rules_.patterns.IsRefCapitals(above) || above.back() == '.');
}

}  // namespace planrows
