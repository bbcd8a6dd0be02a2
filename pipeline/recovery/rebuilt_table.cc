#include "pipeline/recovery/rebuilt_table.h"

#include <algorithm>

namespace planrows {

void RebuiltTable::GiveRefColumn(std::vector<std::optional<Column>>* columns, bool cell_of_its_own) {
  if (columns->empty() || std::find(columns->begin(), columns->end(), Column::kRef) != columns->end()) return;
  if (cell_of_its_own || (*columns)[0] == Column::kAction) {
    columns->insert(columns->begin(), Column::kRef);
    headings.insert(headings.begin(), kRefHeading);
  } else {
    (*columns)[0] = Column::kRef;
    headings[0] = kRefHeading;
  }
}

}  // namespace planrows
