#include "pipeline/recovery/row_plausibility.h"

#include "pipeline/text/cell_text.h"

#include <algorithm>
#include <string>

namespace planrows {
namespace {

// What each field says of a row, 0..1; the row's score is their mean.
constexpr double kMissing = 0.5;        // A ref, lead or timeframe the row lacks: common, yet doubtful.
constexpr double kWrongShape = 0.2;     // A field holding what another field should.
constexpr int kMinActionWords = 2;
constexpr int kMaxLeadWords = 12;       // More is prose that lost its column.
constexpr int kMaxProgressWords = 60;

}  // namespace

double RowPlausibility::Score(const ActionRow& row) const {
  double action = CellText::WordCount(row.action) >= kMinActionWords ? 1 : 0;
  double ref = row.ref.empty() ? kMissing : 1;
  int lead_words = CellText::WordCount(row.lead);
  double lead = lead_words == 0 ? kMissing : lead_words <= kMaxLeadWords ? 1 : kWrongShape;
  double timeframe = row.timeframe.empty()                                     ? kMissing
                     : !rules_.timeframes.Split(row.timeframe).timeframe.empty() ? 1
                                                                                : kWrongShape;
  double progress = CellText::WordCount(row.progress) <= kMaxProgressWords ? 1 : kWrongShape;
  return (action + ref + lead + timeframe + progress) / 5;
}

double RowPlausibility::Mean(const std::vector<ActionRow>& rows, size_t first, size_t count) const {
  size_t end = std::min(rows.size(), first + count);
  if (first >= end) return 0;
  double sum = 0;
  for (size_t i = first; i < end; ++i) sum += Score(rows[i]);
  return sum / static_cast<double>(end - first);
}

}  // namespace planrows
