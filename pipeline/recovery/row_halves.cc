#include "pipeline/recovery/row_halves.h"

#include <algorithm>
#include <utility>

namespace planrows {
namespace {

// Fewest rows of left halves in a run for the halves to be joined: one
// row with no right-hand cells is common, a run of them is pdftotext's.
constexpr size_t kMinHalves = 2;

}  // namespace

RowHalves::RowHalves(const CellFit& cell_fit, const CellClassifier& classifier,
                     std::vector<std::optional<Column>> columns)
    : cell_fit_(cell_fit), classifier_(classifier), columns_(std::move(columns)) {
  Split split = SplitOf(columns_);
  ref_column_ = split.ref_column;
  right_ = split.right;
  prose_right_ = right_ > 0 && std::find(columns_.begin() + right_, columns_.end(), Column::kExtra) != columns_.end();
}

RowHalves::Split RowHalves::SplitOf(const std::vector<std::optional<Column>>& columns) {
  auto ref = std::find(columns.begin(), columns.end(), Column::kRef);
  auto action = std::find(columns.begin(), columns.end(), Column::kAction);
  if (ref == columns.end() || action == columns.end() || ref > action || action + 1 == columns.end()) return {};
  return Split{static_cast<size_t>(ref - columns.begin()), static_cast<size_t>(action - columns.begin()) + 1};
}

bool RowHalves::HasCellIn(const GroupedRow& row, size_t begin, size_t end) {
  for (size_t c = begin; c < end && c < row.cells.size(); ++c) {
    if (!row.cells[c].empty()) return true;
  }
  return false;
}

bool RowHalves::HasRef(const GroupedRow& row) const {
  return classifier_.IsLineRef(row.cells[ref_column_]);
}

std::vector<GroupedRow> RowHalves::RightHalves(const std::vector<GroupedRow>& rows, size_t begin, size_t end) const {
  std::vector<std::string> pieces;
  for (size_t k = begin; k < end; ++k) {
    // A row of a left half holds right-hand cells only right of its action.
    size_t first = HasRef(rows[k]) ? right_ : 0;
    for (size_t c = first; c < rows[k].cells.size(); ++c) {
      if (!rows[k].cells[c].empty()) pieces.push_back(rows[k].cells[c]);
    }
  }
  CellGrouper::Options options;
  options.max_cell_pieces = 1;
  std::vector<std::optional<Column>> right(columns_.begin() + static_cast<std::ptrdiff_t>(right_), columns_.end());
  return CellGrouper(cell_fit_, right, options).Group(pieces);
}

bool RowHalves::IsRightHalf(const GroupedRow& row) const {
  if (HasRef(row)) return false;
  // The grouper puts a right half's first cells in the columns a row
  // starts with; prose there is an action, unless a right-hand column
  // (a measure) holds prose.
  for (size_t c = 0; c < right_ && !prose_right_; ++c) {
    if (cell_fit_.Of(row.cells[c]) == CellKind::kProse) return false;
  }
  return true;
}

void RowHalves::Join(std::vector<GroupedRow>* rows) const {
  if (right_ == 0) return;
  // A left half written whole holds its action; a row with no action
  // lost cells of its own, which the rows after it may hold.
  auto left_half = [&](const GroupedRow& row) { return HasRef(row) && !row.cells[right_ - 1].empty(); };
  std::vector<GroupedRow> joined;
  for (size_t at = 0; at < rows->size();) {
    size_t lefts = at;
    while (lefts < rows->size() && left_half((*rows)[lefts]) && !HasCellIn((*rows)[lefts], right_, columns_.size())) {
      ++lefts;
    }
    // The last left half takes the first right half after it as its own.
    size_t halves_end = lefts < rows->size() && left_half((*rows)[lefts]) ? lefts + 1 : lefts;
    size_t rights = halves_end;
    while (rights < rows->size() && IsRightHalf((*rows)[rights])) ++rights;
    std::vector<GroupedRow> halves;
    // Right halves read apart leave rows of no reference behind.
    if (lefts > at && halves_end - at >= kMinHalves && rights > halves_end) halves = RightHalves(*rows, lefts, rights);
    // The halves must pair off, or which goes with which cannot be told.
    if (halves.empty() || halves.size() != halves_end - at) {
      joined.push_back(std::move((*rows)[at++]));
      continue;
    }
    for (size_t k = at; k < halves_end; ++k) {
      GroupedRow row = std::move((*rows)[k]);
      std::vector<std::string>& cells = halves[k - at].cells;
      std::move(cells.begin(), cells.end(), row.cells.begin() + static_cast<std::ptrdiff_t>(right_));
      joined.push_back(std::move(row));
    }
    at = rights;
  }
  rows->swap(joined);
}

}  // namespace planrows
