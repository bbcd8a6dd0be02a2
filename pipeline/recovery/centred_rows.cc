#include "pipeline/recovery/centred_rows.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>

#include "pipeline/text/cell_text.h"

namespace planrows {

namespace {

// How far right of the leftmost reference another may start and be in its
// column (points; a character and a half of laid-out text).
constexpr double kRefColumnSlack = 9;

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
  if (right < left) return;
  // Blocks of lines that hold a reference there or leave the column
  // empty, parted by blank lines and by lines with other text in it
  // (headers, section headings, page footers).
  size_t block = end;
  std::vector<RefSpan> refs;
  for (size_t i = begin; i <= end; ++i) {
    bool ref = false, body = false;
    if (i < end && !(*lines)[i].line->segments.empty()) {
      double x0 = (*lines)[i].line->segments[0].box.x0;
      ref = x0 <= left + kRefColumnSlack && StartsWithRef((*lines)[i]);
      body = x0 > right;
    }
    if (i == end || (!ref && !body) || (*lines)[i].line->gap_before) {
      if (block != end && !refs.empty()) MarkBlock(lines, block, i, refs);
      block = end;
      refs.clear();
    }
    if (!ref && !body) continue;
    if (block == end) block = i;
    if (!ref) continue;
    size_t at = i - block;
    // The number of a wrapped reference may come a line or two under its
    // capitals, a centred cell's line between them.
    if (!refs.empty() && refs.back().first == refs.back().last &&
        WrapsRef((*lines)[block + refs.back().first], (*lines)[i])) {
      refs.back().last = at;
    } else {
      refs.push_back({at, at});
    }
  }
}

void CentredRows::MarkBlock(std::vector<PlanLine>* lines, size_t begin, size_t end,
                            const std::vector<RefSpan>& refs) const {
  // Lines above the first row's top are the end of a row a page break cut.
  for (size_t top = 0; top <= refs[0].first; ++top) {
    std::optional<std::vector<Row>> rows = Chain(top, end - begin, refs);
    if (!rows) continue;
    // A table whose cells start at the top of their rows has its first
    // reference on its first row's first line, the lines of each row below
    // it, and reads so; centred cells start the first row above it.
    if ((*rows)[0].top == refs[0].first || !CellsCentred(&(*lines)[begin], *rows, refs)) continue;
    for (const Row& row : *rows) {
      for (size_t k = row.top; k <= row.bottom; ++k) (*lines)[begin + k].centred_row = true;
      (*lines)[begin + row.top].centred_row_start = true;
    }
    return;
  }
}

std::optional<std::vector<CentredRows::Row>> CentredRows::Chain(size_t top, size_t count,
                                                                const std::vector<RefSpan>& refs) {
  std::vector<Row> rows;
  for (size_t j = 0; j < refs.size(); ++j) {
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

bool CentredRows::CellsCentred(const PlanLine* block, const std::vector<Row>& rows,
                               const std::vector<RefSpan>& refs) {
  int told = 0, centred = 0;
  for (size_t j = 0; j < rows.size(); ++j) {
    // The row's text but its reference, each column's lines one cell:
    // pieces that overlap across the page are of one column.
    std::vector<Cell> pieces;
    for (size_t k = rows[j].top; k <= rows[j].bottom; ++k) {
      const std::vector<Segment>& segments = block[k].line->segments;
      bool ref_line = k == refs[j].first || k == refs[j].last;
      for (size_t s = ref_line ? 1 : 0; s < segments.size(); ++s) {
        if (!CellText::IsNoise(segments[s].text)) pieces.push_back({segments[s].box.x0, segments[s].box.x1, k, k});
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
      ++told;
      size_t ends = cell.first + cell.last;
      centred += ends == centre2;
    }
  }
  // Most cells, not all: a cell merged over several rows is centred on them all.
  return centred >= 2 && 4 * centred >= 3 * told;
}

bool CentredRows::StartsWithRef(const PlanLine& line) const {
  std::string first = FirstCell(line);
  if (first.empty()) return false;
  return (rules_.patterns.IsColumnRef(first) && !rules_.timeframes.IsTimeframe(first)) ||
         rules_.patterns.IsRefCapitals(first);
}

bool CentredRows::WrapsRef(const PlanLine& above, const PlanLine& below) const {
  std::string prefix = FirstCell(above);
  return IsNumber(FirstCell(below)) && (rules_.patterns.IsRefCapitals(prefix) || prefix.back() == '.');
}

}  // namespace planrows
