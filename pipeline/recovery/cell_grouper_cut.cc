// CellGrouper: the cut of one column's pieces into cells, without rows.
#include <limits>

#include "pipeline/recovery/cell_grouper.h"

namespace planrows {
namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();
// Scores this close read alike.
constexpr double kAlike = 1e-9;

}  // namespace

std::vector<std::string> CellGrouper::SplitInto(const std::vector<std::string>& pieces, size_t cells) const {
  if (cells == 0 || pieces.size() < cells || columns_.empty()) return {};
  return Cut(pieces, cells);
}

std::vector<std::string> CellGrouper::Split(const std::vector<std::string>& pieces) const {
  if (pieces.empty() || columns_.empty()) return {};
  return Cut(pieces, std::nullopt);
}

std::vector<std::string> CellGrouper::Cut(const std::vector<std::string>& pieces, std::optional<size_t> cells) const {
  const size_t n = pieces.size(), most = cells.value_or(n);
  const size_t longest = options_.max_cell_pieces, columns = columns_.size();
  const std::vector<double> scores = CellScores(pieces, {});
  // best[k][i]: the best cut of pieces [0, i) into k cells; start[k][i]: where the last begins.
  std::vector<std::vector<double>> best(most + 1, std::vector<double>(n + 1, kImpossible));
  std::vector<std::vector<size_t>> start(most + 1, std::vector<size_t>(n + 1, 0));
  best[0][0] = 0;
  for (size_t k = 1; k <= most; ++k) {
    for (size_t end = k; end <= n; ++end) {
      for (size_t begin = end - std::min(end, longest); begin < end; ++begin) {
        if (best[k - 1][begin] == kImpossible) continue;
        double score = best[k - 1][begin] + scores[(begin * longest + end - begin - 1) * columns];
        if (score > best[k][end]) best[k][end] = score, start[k][end] = begin;
      }
    }
  }
  // Without a count, the count of the best cut; of cuts that read alike, the most cells: nothing said the
  // lines went on where the fewer join them, and a table's rows more often have a cell than not.
  size_t count = most;
  if (!cells) {
    for (size_t k = 1; k <= most; ++k) {
      if (best[k][n] >= best[count][n] - kAlike) count = k;
    }
  }
  if (best[count][n] == kImpossible) return {};
  std::vector<std::string> out(count);
  for (size_t k = count, end = n; k > 0; end = start[k][end], --k) out[k - 1] = Join(pieces, start[k][end], end);
  return out;
}

}  // namespace planrows
