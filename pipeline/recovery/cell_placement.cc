#include "pipeline/recovery/cell_placement.h"

#include <algorithm>

namespace planrows {
namespace {

// A placement must beat leaving a row empty by more than this, so that
// a cell is placed only where that is the better bet.
constexpr double kMargin = 1e-9;

// The number of ways to choose `k` of `n` things.
double Choose(size_t n, size_t k) {
  if (k > n) return 0;
  double ways = 1;
  for (size_t i = 0; i < k; ++i) ways = ways * static_cast<double>(n - i) / static_cast<double>(i + 1);
  return ways;
}

}  // namespace

double CellPlacement::Chance(size_t cell, size_t row, size_t cells, size_t rows) {
  // The cells before it fill `cell` of the rows above, those after it the
  // rest of the rows below.
  return Choose(row, cell) * Choose(rows - row - 1, cells - cell - 1) / Choose(rows, cells);
}

std::vector<std::string> CellPlacement::Place(const std::vector<std::string>& cells, size_t rows) {
  const size_t count = cells.size();
  if (count == 0 || count > rows) return {};
  const double empty_right = static_cast<double>(rows - count) / static_cast<double>(rows);
  // best[c][r]: the most rows right on average from cell c and row r on;
  // a cell may go to row r, be left out, or row r may be left empty.
  std::vector<std::vector<double>> best(count + 1, std::vector<double>(rows + 1, 0));
  for (size_t r = rows; r-- > 0;) {
    for (size_t c = count + 1; c-- > 0;) {
      double score = empty_right + best[c][r + 1];
      if (c < count) {
        double place = Chance(c, r, count, rows) + best[c + 1][r + 1] - kMargin;
        score = std::max({score, place, best[c + 1][r]});
      }
      best[c][r] = score;
    }
  }
  std::vector<std::string> placed(rows);
  bool any = false;
  for (size_t c = 0, r = 0; c < count && r < rows;) {
    if (best[c][r] == empty_right + best[c][r + 1]) {
      ++r;
    } else if (best[c][r] == best[c + 1][r]) {
      ++c;
    } else {
      placed[r++] = cells[c++];
      any = true;
    }
  }
  return any ? placed : std::vector<std::string>();
}

}  // namespace planrows
