#include "pipeline/recovery/column_wrap_width.h"

#include <algorithm>
#include <map>

namespace planrows {

std::vector<size_t> ColumnWrapWidth::Shared(const std::vector<std::vector<size_t>>& widest) {
  size_t columns = 0;
  for (const std::vector<size_t>& page : widest) columns = std::max(columns, page.size());
  std::vector<size_t> shared(columns, 0);
  for (size_t c = 0; c < columns; ++c) {
    std::map<size_t, size_t> pages;  // Pages per widest line's width.
    for (const std::vector<size_t>& page : widest) {
      if (c < page.size() && page[c] > 0) ++pages[page[c]];
    }
    for (const auto& [width, count] : pages) {
      if (count >= 2) shared[c] = width;
    }
  }
  return shared;
}

}  // namespace planrows
