// CellPlacement: where a column printed as a block of cells, fewer cells
// than the rows beside it, puts its cells. A converter that writes a
// column's cells one after another drops its empty cells, so which rows
// the cells belong to cannot be read from the text: all that is known is
// that they keep their order. Any row is taken to be as likely as another
// to be the one without a cell, and the cells go where they get the most
// rows right on average (a row left empty is right when it had no cell):
// with one cell short, the first cells go to the first rows and the last
// to the last, the row in the middle left empty; with half the rows
// short or more, nothing is placed.
#ifndef PLANROWS_PIPELINE_RECOVERY_CELL_PLACEMENT_H_
#define PLANROWS_PIPELINE_RECOVERY_CELL_PLACEMENT_H_

#include <string>
#include <vector>

namespace planrows {

class CellPlacement {
 public:
  // `cells`, in order, placed among `rows` rows (at least as many): one
  // text per row, "" where a row is left without a cell. Empty when no
  // cell is placed.
  static std::vector<std::string> Place(const std::vector<std::string>& cells, size_t rows);

 private:
  // The chance that the cell `cell` of `cells` (from 0) is in row `row`
  // of `rows` when the rows without a cell are any of them alike.
  static double Chance(size_t cell, size_t row, size_t cells, size_t rows);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_CELL_PLACEMENT_H_
