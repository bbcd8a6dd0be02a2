// CellPlacement: the cells of a block placed among more rows.
#include "pipeline/recovery/cell_placement.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

using Cells = std::vector<std::string>;

TEST_CASE("cells as many as the rows fill them in order") {
  CHECK(CellPlacement::Place({"Green", "Amber"}, 2) == Cells{"Green", "Amber"});
}

TEST_CASE("a block one cell short fills the first and last rows, leaving a middle row empty") {
  CHECK(CellPlacement::Place({"Green", "Amber"}, 3) == Cells{"Green", "", "Amber"});
  CHECK(CellPlacement::Place({"May", "June", "July"}, 4) == Cells{"May", "", "June", "July"});
  CHECK(CellPlacement::Place({"1", "2", "3", "4"}, 5) == Cells{"1", "2", "", "3", "4"});
}

TEST_CASE("a block of half the rows or fewer is placed nowhere") {
  CHECK(CellPlacement::Place({"Green"}, 2).empty());
  CHECK(CellPlacement::Place({"Green", "Amber"}, 4).empty());
  CHECK(CellPlacement::Place({}, 3).empty());
}

}  // namespace
}  // namespace planrows
