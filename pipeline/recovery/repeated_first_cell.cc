#include "pipeline/recovery/repeated_first_cell.h"

#include <algorithm>
#include <cctype>

namespace planrows {
namespace {

// Fewest words that two rows must start with alike to share a cell: fewer
// ("Review the") are as likely the same opening words of two actions.
constexpr size_t kMinSharedWords = 3;

}  // namespace

bool RepeatedFirstCell::MayStartCell(const std::string& word) {
  if (word.empty()) return false;
  unsigned char head = static_cast<unsigned char>(word[0]);
  // A byte past ASCII starts a bullet glyph or a quote mark.
  return std::isupper(head) || std::isdigit(head) || head >= 0x80;
}

size_t RepeatedFirstCell::SharedCell(const std::vector<std::string>& row, const std::vector<std::string>& other,
                                     const PlanPatterns& patterns) {
  size_t common = std::mismatch(row.begin(), row.end(), other.begin(), other.end()).first - row.begin();
  // Both rows' next cells start right after the cell (the other row may
  // end there); where they go on alike past it, it ends further back. A
  // bullet both next cells open with ("... Walkers are safe • Map ...")
  // starts their lists' first items, and is no last word of the cell.
  for (size_t length = common; length >= kMinSharedWords; --length) {
    const std::string& last = row[length - 1];
    if (patterns.BulletLength(last) == last.size()) continue;
    bool row_cell = length < row.size() && MayStartCell(row[length]);
    bool other_cell = length >= other.size() || MayStartCell(other[length]);
    if (row_cell && other_cell) return length;
  }
  return 0;
}

std::vector<size_t> RepeatedFirstCell::Lengths(const std::vector<std::vector<std::string>>& rows,
                                               const PlanPatterns& patterns) {
  std::vector<size_t> lengths(rows.size(), 0);
  for (size_t k = 0; k < rows.size(); ++k) {
    if (k > 0) lengths[k] = SharedCell(rows[k], rows[k - 1], patterns);
    if (k + 1 < rows.size()) lengths[k] = std::max(lengths[k], SharedCell(rows[k], rows[k + 1], patterns));
  }
  return lengths;
}

}  // namespace planrows
