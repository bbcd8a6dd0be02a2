#include "pipeline/recovery/header_finder.h"

#include <algorithm>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines of a header row above the line whose column names make it one
// (headings wrapped over three lines, vertically centred).
constexpr size_t kMaxHeaderLinesAbove = 2;

// How far right of a table's left edge, in points, a ruling may start and
// still run across the table (OCR finds line ends to within a few pixels).
constexpr double kRulingSlack = 6;

}  // namespace

std::optional<TableLayout> HeaderFinder::At(size_t i, size_t* end) const {
  std::optional<TableLayout> layout;
  for (size_t k = i; k < lines_.size() && k <= i + kMaxHeaderLinesAbove; ++k) {
    if (k > i && !InOneHeaderRow(lines_[k - 1], lines_[k])) return std::nullopt;
    *end = k;
    layout = TableLayout::FromHeader(lines_[k], rules_.headers);
    if (!layout && k + 1 < lines_.size() &&
        (layout = TableLayout::FromWrappedHeader(lines_[k], lines_[k + 1], rules_.headers))) {
      *end = k + 1;
    }
    if (layout || lines_[i].page->cells_by_index) break;
  }
  if (!layout) return std::nullopt;
  if (lines_[i].page->cells_by_index) return layout;
  while (*end + 1 < lines_.size() && InOneHeaderRow(lines_[*end], lines_[*end + 1])) ++*end;
  if (*end > i) {
    std::vector<const PlanLine*> band;
    for (size_t k = i; k <= *end; ++k) band.push_back(&lines_[k]);
    layout->ReadBand(band, rules_.headers);
  }
  return layout;
}

bool HeaderFinder::InOneHeaderRow(const PlanLine& upper, const PlanLine& lower) const {
  if (lower.page->cells_by_index || lower.page != upper.page || lower.line->gap_before) return false;
  if (lower.line->heading_level > 0 || upper.line->heading_level > 0 || lower.line->bold != upper.line->bold) {
    return false;
  }
  double left = std::min(upper.line->box.x0, lower.line->box.x0);
  if (lower.line->ruled_row_start && lower.line->ruling_x0 <= left + kRulingSlack) return false;
  for (const PlanLine* line : {&upper, &lower}) {
    int first = line->FirstFilled();
    if (first < 0 || rules_.patterns.IsRef(CellText::Clean(line->cells[first]))) return false;
  }
  return true;
}

}  // namespace planrows
