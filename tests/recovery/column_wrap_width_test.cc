// ColumnWrapWidth: the width a column's cells were wrapped to, over a table's pages.
#include "pipeline/recovery/column_wrap_width.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

TEST_CASE("a column's wrap width is the widest that two pages' widest lines reach alike") {
  // Column 0: pages reach 21, 15, 21 and 30 (one stray line); column 1: no two pages alike.
  std::vector<std::vector<size_t>> widest = {{21, 40}, {15, 12}, {21, 0}, {30, 33}};
  CHECK(ColumnWrapWidth::Shared(widest) == std::vector<size_t>{21, 0});
}

TEST_CASE("a table of one page shows no wrap width beyond its own") {
  CHECK(ColumnWrapWidth::Shared({{18, 25}}) == std::vector<size_t>{0, 0});
}

}  // namespace
}  // namespace planrows
