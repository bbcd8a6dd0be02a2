#include "pipeline/recovery/rebuilt_table.h"

#include <algorithm>

namespace planrows {

RebuiltTable::RefCell RebuiltTable::RefCellFor(size_t row_cells, size_t named) {
  if (row_cells == named + 1) return RefCell::kOneMore;
  if (row_cells == named) return RefCell::kFirstNamed;
  return RefCell::kUntold;
}

void RebuiltTable::GiveRefColumn(std::vector<std::optional<Column>>* columns, RefCell ref_cell) {
  if (columns->empty() || std::find(columns->begin(), columns->end(), Column::kRef) != columns->end()) return;
  bool action_first = (*columns)[0] == Column::kAction && ref_cell != RefCell::kFirstNamed;
  if (ref_cell == RefCell::kOneMore || action_first) {
    columns->insert(columns->begin(), Column::kRef);
    headings.insert(headings.begin(), kRefHeading);
  } else {
    (*columns)[0] = Column::kRef;
    headings[0] = kRefHeading;
  }
}

void RebuiltTable::GiveRefColumnAt(size_t at, std::vector<std::optional<Column>>* columns) {
  (*columns)[at] = Column::kRef;
  headings[at] = kRefHeading;
}

}  // namespace planrows
