// CellGrouper: the reading of a table's pieces into rows of cells, from
// the score of every run of pieces as a cell of every column (CellScores).
#include <limits>
#include <utility>
#include <vector>

#include "pipeline/recovery/cell_grouper.h"

namespace planrows {
namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();
// A row without a reference in a table that has a reference column.
constexpr double kUnnumberedRowCost = 4;
// Every row after the first costs this much, so that a table without
// references is not cut into more rows than its cells ask for.
constexpr double kRowCost = 1.5;

}  // namespace

struct CellGrouper::Step {
  size_t begin = 0;
  int column = -1;
};

double CellGrouper::SkipScore(size_t from, size_t to) const {
  double score = 0;
  for (size_t c = from; c < to; ++c) score += Fit(c, {});
  return score;
}

double CellGrouper::MoveScore(int from, size_t to) const {
  if (from >= 0 && to > static_cast<size_t>(from)) return SkipScore(from + 1, to);
  if (from >= 0 && options_.one_row) return kImpossible;
  double score = (from >= 0 ? SkipScore(from + 1, columns_.size()) - kRowCost : 0) + SkipScore(0, to);
  if (ref_column_ >= 0 && static_cast<int>(to) != ref_column_) score -= kUnnumberedRowCost;
  return score;
}

std::vector<GroupedRow> CellGrouper::Group(const std::vector<std::string>& pieces,
                                           const std::vector<bool>& cell_starts,
                                           const std::vector<bool>& row_goes_on) const {
  const size_t n = pieces.size(), columns = columns_.size();
  if (n == 0 || columns == 0) return {};
  const size_t longest = options_.max_cell_pieces;
  const std::vector<double> scores = CellScores(pieces, cell_starts);
  // best[i][c]: the best reading of pieces [0, i) whose last cell is of column c.
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(columns, kImpossible));
  std::vector<std::vector<Step>> from(n + 1, std::vector<Step>(columns));
  for (size_t begin = 0; begin < n; ++begin) {
    for (int last = begin == 0 ? -1 : 0; last < static_cast<int>(columns); ++last) {
      double base = begin == 0 ? 0 : best[begin][last];
      if (base == kImpossible) continue;
      for (size_t column = 0; column < columns; ++column) {
        double move = MoveScore(last, column);
        bool starts_row = last >= 0 && static_cast<int>(column) <= last;
        if (move == kImpossible || (starts_row && !row_goes_on.empty() && row_goes_on[begin])) continue;
        for (size_t end = begin + 1; end <= n && end - begin <= options_.max_cell_pieces; ++end) {
          double score = base + move + scores[(begin * longest + end - begin - 1) * columns + column];
          if (score > best[end][column]) {
            best[end][column] = score;
            from[end][column] = Step{begin, last};
          }
        }
      }
    }
  }
  int last = -1;
  double top = kImpossible;
  for (size_t c = 0; c < columns; ++c) {
    double score = best[n][c] + SkipScore(c + 1, columns);
    if (best[n][c] != kImpossible && score > top) top = score, last = static_cast<int>(c);
  }
  if (last < 0) return {};
  // Trace the cells back, then read them forwards into rows.
  std::vector<std::pair<Step, size_t>> cells;  // (begin and column, end)
  for (size_t end = n; end > 0;) {
    Step step = from[end][last];
    cells.push_back({Step{step.begin, last}, end});
    last = step.column;
    end = step.begin;
  }
  std::vector<GroupedRow> rows;
  int previous = -1;
  for (auto it = cells.rbegin(); it != cells.rend(); ++it) {
    size_t column = static_cast<size_t>(it->first.column);
    if (rows.empty() || static_cast<int>(column) <= previous) {
      rows.push_back(GroupedRow{it->first.begin, std::vector<std::string>(columns),
                                std::vector<size_t>(columns, GroupedRow::kNoPiece)});
    }
    rows.back().cells[column] = Join(pieces, it->first.begin, it->second);
    rows.back().cell_pieces[column] = it->first.begin;
    previous = static_cast<int>(column);
  }
  return rows;
}

}  // namespace planrows
