#include "pipeline/recovery/page_columns.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

namespace planrows {
namespace {

// Where cells of several rows start on a page, and the rows (the page's
// line indices) whose cells start there.
struct CellStart {
  double x = 0;
  std::set<size_t> lines;
};

// How far apart, in points, cell starts of one column may lie: a converter
// that lays out text in characters may indent a cell by one (two
// characters of a monospace page, printed in 10-point Courier).
constexpr double kCellStartSpread = 12;
// How far a column may start from where it did and still start there.
constexpr double kSamePlace = 4;
// Fewest lines whose cells start at one point for it to be a column's start.
constexpr size_t kMinCellStarts = 2;
// Fewest columns a page must show to be read: one start tells no layout.
constexpr size_t kMinPageColumns = 2;
// Most starts a page may show beyond the table's columns (BestStarts).
constexpr size_t kMaxExtraStarts = 1;

// The points where cells of kMinCellStarts or more of the rows of `page`
// start, left to right, each with the rows that start a cell there. Only
// lines of two or more cells are rows: a line of running text or of one
// wrapped cell tells no column.
std::vector<CellStart> CellStarts(const PageText& page) {
  std::vector<std::pair<double, size_t>> xs;  // A cell's start and its line.
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const TextLine& line = page.lines[i];
    if (line.segments.size() < 2) continue;
    for (const Segment& segment : line.segments) xs.emplace_back(segment.box.x0, i);
  }
  std::sort(xs.begin(), xs.end());
  std::vector<CellStart> starts;
  for (size_t k = 0; k < xs.size();) {
    size_t end = k + 1;
    while (end < xs.size() && xs[end].first <= xs[end - 1].first + kCellStartSpread) ++end;
    if (end - k >= kMinCellStarts) {
      CellStart start{xs[k].first, {}};
      for (size_t e = k; e < end; ++e) start.lines.insert(xs[e].second);
      starts.push_back(std::move(start));
    }
    k = end;
  }
  return starts;
}

// True when some row starts a cell at both `a` and `b`: two columns' starts.
bool ShareARow(const CellStart& a, const CellStart& b) {
  return std::any_of(a.lines.begin(), a.lines.end(), [&b](size_t line) { return b.lines.count(line) > 0; });
}

// The x of each column that `found` shows, where a start that no row shares
// with the column left of it (all the starts taken as that column so far)
// is taken as that column set further right: a row that pdftotext -layout
// laid out on its own, its cells shifted from the other rows' (its text is
// wider or narrower), shows the shifted columns at two places.
std::vector<double> StartsOfColumns(const std::vector<CellStart>& found) {
  std::vector<double> xs;
  CellStart column;
  for (const CellStart& start : found) {
    if (!xs.empty() && !ShareARow(column, start)) {
      column.lines.insert(start.lines.begin(), start.lines.end());
      continue;
    }
    xs.push_back(start.x);
    column = start;
  }
  return xs;
}

// The x of each of `found`.
std::vector<double> XsOf(const std::vector<CellStart>& found) {
  std::vector<double> xs;
  for (const CellStart& start : found) xs.push_back(start.x);
  return xs;
}

// For each of `found`, in order, the index of the column of `starts` it is
// given: the assignment in order that moves the columns least in all, that
// movement set in `*moved` when asked for.
std::vector<size_t> MatchInOrder(const std::vector<double>& starts, const std::vector<double>& found,
                                 double* moved = nullptr) {
  const size_t n = starts.size(), m = found.size();
  const double kNever = std::numeric_limits<double>::infinity();
  // cost[i][j]: the least movement giving the first i found starts to the first j columns.
  std::vector<std::vector<double>> cost(m + 1, std::vector<double>(n + 1, kNever));
  for (size_t j = 0; j <= n; ++j) cost[0][j] = 0;
  for (size_t i = 1; i <= m; ++i) {
    for (size_t j = i; j <= n; ++j) {
      cost[i][j] = std::min(cost[i][j - 1], cost[i - 1][j - 1] + std::abs(found[i - 1] - starts[j - 1]));
    }
  }
  if (moved != nullptr) *moved = cost[m][n];
  std::vector<size_t> column(m);
  for (size_t i = m, j = n; i > 0; --j) {
    if (cost[i][j] == cost[i - 1][j - 1] + std::abs(found[i - 1] - starts[j - 1])) column[--i] = j - 1;
  }
  return column;
}

// `found` without the one start, if any, whose leaving out lets the rest
// move the columns least: a page shows a column starting at two places
// where pdftotext -layout set a cell further left, its row leaving the
// cell before it empty. `found` as it is when it holds no more starts than
// `starts`.
std::vector<double> BestStarts(const std::vector<double>& starts, std::vector<double> found) {
  if (found.size() <= starts.size()) return found;
  std::vector<double> best;
  double least = std::numeric_limits<double>::infinity();
  for (size_t k = 0; k < found.size(); ++k) {
    std::vector<double> fewer = found;
    fewer.erase(fewer.begin() + k);
    double moved;
    MatchInOrder(starts, fewer, &moved);
    if (moved < least) {
      least = moved;
      best = std::move(fewer);
    }
  }
  return best;
}

}  // namespace

std::optional<std::vector<double>> PageColumns::Read(const std::vector<double>& starts, const PageText& page) {
  std::vector<CellStart> cell_starts = CellStarts(page);
  std::vector<double> found = XsOf(cell_starts);
  // More starts than the table's columns allow may be rows laid out apart.
  if (found.size() > starts.size() + kMaxExtraStarts) found = StartsOfColumns(cell_starts);
  if (found.size() < kMinPageColumns || found.size() > starts.size() + kMaxExtraStarts) return std::nullopt;
  found = BestStarts(starts, std::move(found));
  auto placed = [&starts](double x) {
    return std::any_of(starts.begin(), starts.end(), [x](double s) { return std::abs(x - s) <= kSamePlace; });
  };
  if (std::all_of(found.begin(), found.end(), placed)) return std::nullopt;
  std::vector<size_t> column = MatchInOrder(starts, found);
  std::vector<double> moved = starts;
  double shift = 0;
  for (size_t j = 0, i = 0; j < starts.size(); ++j) {
    if (i < found.size() && column[i] == j) shift = found[i++] - starts[j];
    moved[j] = starts[j] + shift;
    if (j > 0 && moved[j] <= moved[j - 1]) return std::nullopt;
  }
  return moved;
}

}  // namespace planrows
