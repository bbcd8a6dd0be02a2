#include "pipeline/recovery/detached_right_halves.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/row_halves.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// True when `column` holds a lead, a date or a status: the cells a row's
// right half is known by.
bool IsOwnerColumn(const std::optional<Column>& column) {
  return column && (HoldsLeadOrDate(*column) || *column == Column::kProgress);
}

}  // namespace

DetachedRightHalves::DetachedRightHalves(const CellFit& cell_fit, const CellClassifier& classifier,
                                         std::vector<std::optional<Column>> columns)
    : cell_fit_(cell_fit), classifier_(classifier), columns_(std::move(columns)) {
  RowHalves::Split split = RowHalves::SplitOf(columns_);
  ref_column_ = split.ref_column;
  right_ = split.right;
}

std::vector<RebuiltRow> DetachedRightHalves::LeftHalves(const RebuiltRow& row) const {
  if (row.IsHeading() || row.cells.size() != columns_.size()) return {};
  const std::string& ref = row.cells[ref_column_];
  if (!classifier_.IsLineRef(ref) || row.cells[right_ - 1].empty()) return {};
  if (std::any_of(row.cells.begin() + static_cast<std::ptrdiff_t>(right_), row.cells.end(),
                  [](const std::string& cell) { return !cell.empty(); })) {
    return {};
  }
  std::vector<RebuiltRow> halves{row};
  halves.back().cells[right_ - 1].clear();
  const std::string shape = CellClassifier::RefShape(ref);
  for (const std::string& word : CellText::Words(row.cells[right_ - 1])) {
    std::string& action = halves.back().cells[right_ - 1];
    // Another reference of the same shape before a capitalised word starts the next row's action.
    if (!action.empty() && word != halves.back().cells[ref_column_] && CellClassifier::RefShape(word) == shape &&
        classifier_.IsLineRef(word)) {
      halves.push_back(row);
      halves.back().cells[ref_column_] = word;
      halves.back().cells[right_ - 1].clear();
      continue;
    }
    action.append(action.empty() ? "" : " ").append(word);
  }
  for (const RebuiltRow& half : halves) {
    const std::string& action = half.cells[right_ - 1];
    if (action.empty() || !std::isupper(static_cast<unsigned char>(action[0]))) return {};
  }
  return halves;
}

std::vector<std::vector<std::string>> DetachedRightHalves::RightHalves(const RebuiltRow& row) const {
  if (row.IsHeading() || row.cells.size() != columns_.size() || classifier_.IsLineRef(row.cells[ref_column_])) {
    return {};
  }
  std::vector<std::string> pieces;
  for (const std::string& cell : row.cells) {
    if (!cell.empty()) pieces.push_back(cell);
  }
  if (pieces.empty() || std::islower(static_cast<unsigned char>(pieces.front()[0]))) return {};
  CellGrouper::Options options;
  options.max_cell_pieces = 1;
  std::vector<std::optional<Column>> right(columns_.begin() + static_cast<std::ptrdiff_t>(right_), columns_.end());
  std::vector<GroupedRow> grouped = CellGrouper(cell_fit_, right, options).Group(pieces);
  std::vector<std::vector<std::string>> halves;
  for (GroupedRow& half : grouped) {
    bool owner = false;
    for (size_t c = 0; c < right.size(); ++c) owner = owner || (IsOwnerColumn(right[c]) && !half.cells[c].empty());
    if (!owner) return {};
    halves.push_back(std::move(half.cells));
  }
  return halves;
}

bool DetachedRightHalves::JoinPage(const std::vector<RebuiltRow>& page, std::vector<RebuiltRow>* out) const {
  // Each left half takes the first right half written before it and not yet taken; a left half with none
  // before it, or a right half left over, shows a page of another order, whose halves cannot be paired.
  std::vector<std::vector<std::string>> pending;
  size_t taken = 0;
  std::vector<RebuiltRow> joined;
  for (const RebuiltRow& row : page) {
    std::vector<RebuiltRow> lefts = LeftHalves(row);
    if (lefts.empty()) {
      std::vector<std::vector<std::string>> rights = RightHalves(row);
      if (rights.empty()) joined.push_back(row);
      for (std::vector<std::string>& half : rights) pending.push_back(std::move(half));
      continue;
    }
    for (RebuiltRow& left : lefts) {
      if (taken == pending.size()) return false;
      std::vector<std::string>& half = pending[taken++];
      std::move(half.begin(), half.end(), left.cells.begin() + static_cast<std::ptrdiff_t>(right_));
      joined.push_back(std::move(left));
    }
  }
  if (taken == 0 || taken != pending.size()) return false;
  std::move(joined.begin(), joined.end(), std::back_inserter(*out));
  return true;
}

void DetachedRightHalves::Join(std::vector<RebuiltRow>* rows) const {
  if (right_ == 0) return;
  std::vector<RebuiltRow> out;
  for (size_t begin = 0; begin < rows->size();) {
    size_t end = begin + 1;
    while (end < rows->size() && (*rows)[end].first->page == (*rows)[begin].first->page) ++end;
    std::vector<RebuiltRow> page(rows->begin() + static_cast<std::ptrdiff_t>(begin),
                                 rows->begin() + static_cast<std::ptrdiff_t>(end));
    if (!JoinPage(page, &out)) std::move(page.begin(), page.end(), std::back_inserter(out));
    begin = end;
  }
  rows->swap(out);
}

}  // namespace planrows
