#include "pipeline/recovery/fixed_width_rows.h"

#include <algorithm>

#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Rows cut by counting may have one cell in so many that misfits its column.
constexpr size_t kMisfitsPerCellAllowed = 8;

}  // namespace

FixedWidthRows::FixedWidthRows(const CellFit& cell_fit, const CellClassifier& classifier,
                               std::vector<std::optional<Column>> columns, bool numbered)
    : cell_fit_(cell_fit), classifier_(classifier), columns_(std::move(columns)), numbered_(numbered) {
  ref_column_ = std::find(columns_.begin(), columns_.end(), Column::kRef) - columns_.begin();
}

std::vector<size_t> FixedWidthRows::RefPieces(const std::vector<std::string>& pieces) const {
  std::vector<size_t> refs;
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::string clean = CellText::IsNoise(pieces[k]) ? std::string() : CellText::Clean(pieces[k]);
    if (clean.empty()) continue;
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(clean);
    if (cell_fit_.Of(clean) == CellKind::kRef || classifier_.RefWordsAtStart(words) == words.size() ||
        (numbered_ && CellFit::IsBareNumber(clean))) {
      refs.push_back(k);
    }
  }
  return refs;
}

std::optional<std::vector<GroupedRow>> FixedWidthRows::Group(const std::vector<std::string>& pieces) const {
  const size_t width = columns_.size();
  std::vector<size_t> refs = RefPieces(pieces);
  if (refs.empty() || ref_column_ >= width) return std::nullopt;
  // Pieces no row takes may only be blank lines (a blank cell past a page's end).
  auto blank = [&](size_t from, size_t to) {
    return std::all_of(pieces.begin() + from, pieces.begin() + to,
                       [](const std::string& piece) { return CellText::IsNoise(piece); });
  };
  std::vector<GroupedRow> rows;
  size_t taken = 0;  // Pieces up to here belong to rows cut so far.
  for (size_t r = 0; r < refs.size(); ++r) {
    // A row's cells before its reference may lie above the run (a theme
    // taken for a section's heading), and those after it end where the
    // next row's start.
    size_t start = std::max(taken, refs[r] - std::min(refs[r], ref_column_));
    size_t end = std::min(pieces.size(), refs[r] + width - ref_column_);
    if (r + 1 < refs.size()) end = std::min(end, refs[r + 1] - std::min(refs[r + 1], ref_column_));
    if (end <= refs[r] || !blank(taken, start)) return std::nullopt;
    rows.push_back(PlaceRow(pieces, start, end, ref_column_ - (refs[r] - start)));
    taken = end;
  }
  if (!blank(taken, pieces.size())) return std::nullopt;
  return rows;
}

GroupedRow FixedWidthRows::PlaceRow(const std::vector<std::string>& pieces, size_t start, size_t end,
                                    size_t first_column) const {
  const size_t width = columns_.size();
  // A row short of cells lost the blank lines of its empty cells where a
  // page broke it, its footer and repeated header left out: the cells
  // after that gap fit their columns, read there; by default it is last.
  const size_t missing = width - first_column - (end - start);
  auto place = [&](size_t gap_at) {
    GroupedRow row{start, std::vector<std::string>(width)};
    for (size_t k = start; k < end; ++k) {
      size_t column = first_column + k - start + (k - start >= gap_at ? missing : 0);
      if (!CellText::IsNoise(pieces[k])) CellText::AppendWrapped(pieces[k], &row.cells[column]);
    }
    return row;
  };
  // Cells of a lead or date column that fit it, less those of a lead, date
  // or progress column that do not: progress may be told in prose, which
  // then fits it as well as another column of prose.
  auto fit = [&](const GroupedRow& row) {
    int count = 0;
    for (size_t c = 0; c < width; ++c) {
      if (row.cells[c].empty() || !Checks(c)) continue;
      if (Misfits(c, row.cells[c])) {
        --count;
      } else if (columns_[c] != Column::kProgress) {
        ++count;
      }
    }
    return count;
  };
  GroupedRow best = place(end - start);
  int best_fit = fit(best);
  for (size_t gap_at = end - start; missing > 0 && gap_at-- > 1;) {
    GroupedRow row = place(gap_at);
    if (int row_fit = fit(row); row_fit > best_fit) {
      best = std::move(row);
      best_fit = row_fit;
    }
  }
  return best;
}

bool FixedWidthRows::Checks(size_t c) const {
  static const std::vector<Column> kChecked = {Column::kLead, Column::kTimeframe, Column::kLeadTimeframe,
                                               Column::kProgress};
  if (!columns_[c] || std::find(kChecked.begin(), kChecked.end(), *columns_[c]) == kChecked.end()) return false;
  // Of two columns a header's names give one role ("By", "Target"), the cells tell which has it: neither is checked.
  return std::count(columns_.begin(), columns_.end(), columns_[c]) == 1;
}

bool FixedWidthRows::Misfits(size_t c, const std::string& cell) const {
  if (!Checks(c)) return false;
  CellFit::Reading reading = cell_fit_.ReadClean(CellText::Clean(cell));
  // A status no rule knows ("Slipping") reads as a name.
  if (columns_[c] == Column::kProgress && reading.kind == CellKind::kLead) return false;
  return cell_fit_.Fit(*columns_[c], reading) < 0;
}

std::optional<std::vector<GroupedRow>> FixedWidthRows::GroupCounted(const std::vector<std::string>& pieces) const {
  const size_t width = columns_.size();
  const size_t action = std::find(columns_.begin(), columns_.end(), Column::kAction) - columns_.begin();
  if (width < 2 || ref_column_ < width || action == width || pieces.empty()) return std::nullopt;
  std::vector<GroupedRow> rows;
  size_t checked = 0, misfits = 0;  // Cells not empty, and those that misfit their columns.
  for (size_t start = 0; start < pieces.size(); start += width) {
    GroupedRow row{start, std::vector<std::string>(width)};
    for (size_t k = start; k < std::min(pieces.size(), start + width); ++k) {
      if (!CellText::IsNoise(pieces[k])) row.cells[k - start] = pieces[k];
    }
    if (CellText::Clean(row.cells[action]).empty()) return std::nullopt;
    for (size_t c = 0; c < width; ++c) {
      if (row.cells[c].empty()) continue;
      ++checked;
      misfits += Misfits(c, row.cells[c]);
    }
    rows.push_back(std::move(row));
  }
  // A long list of leads may read as prose; rows cut out of step misfit throughout.
  if (misfits * kMisfitsPerCellAllowed > checked) return std::nullopt;
  return rows;
}

std::optional<double> FixedWidthRows::Score(const std::vector<std::string>& pieces) const {
  std::optional<std::vector<GroupedRow>> rows = Group(pieces);
  if (!rows) return std::nullopt;
  double score = 0;
  for (const GroupedRow& row : *rows) {
    for (size_t c = 0; c < columns_.size(); ++c) {
      CellFit::Reading reading = cell_fit_.ReadClean(CellText::Clean(row.cells[c]));
      score += columns_[c] ? cell_fit_.Fit(*columns_[c], reading) : cell_fit_.FitUnknown(reading);
    }
  }
  return score;
}

}  // namespace planrows
