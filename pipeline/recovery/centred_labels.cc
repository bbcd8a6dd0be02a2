#include "pipeline/recovery/centred_labels.h"

#include <string>
#include <vector>

#include "pipeline/text/cell_text.h"

namespace planrows {

std::vector<bool> CentredLabels::Openings(const std::vector<PlanLine>& lines,
                                          const std::vector<std::optional<RecordLabels::Labelled>>& reads,
                                          const PlanPatterns& patterns) {
  std::vector<LineKind> kinds;
  std::vector<bool> starts_run;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PlanLine& line = lines[i];
    LineKind kind = LineKind::kValue;
    if (line.page->cells_by_index) return std::vector<bool>(lines.size(), false);
    if (line.FirstFilled() < 0 || patterns.IsPageNumber(line.text)) {
      kind = LineKind::kSkipped;
    } else if (reads[i]) {
      kind = CellText::IsNoise(reads[i]->value) ? LineKind::kLabelAlone : LineKind::kLabel;
    } else if (patterns.MatchSection(line.text)) {
      kind = LineKind::kHeading;
    }
    kinds.push_back(kind);
    starts_run.push_back(line.line->gap_before || line.page_start);
  }
  return Openings(kinds, starts_run);
}

std::vector<bool> CentredLabels::Openings(const std::vector<LineKind>& kinds, const std::vector<bool>& starts_run) {
  std::vector<bool> openings(kinds.size(), false);
  int centred = 0, top_set = 0;
  size_t begin = 0;
  for (size_t k = 1; k <= kinds.size(); ++k) {
    if (k < kinds.size() && !starts_run[k] && kinds[k] != LineKind::kHeading) continue;
    bool telling = false;
    bool read_centred = ReadRun(kinds, begin, k, &openings, &telling);
    centred += read_centred;
    top_set += telling && !read_centred;
    begin = k;
  }
  if (centred < kMinCentredRuns || centred <= top_set) return std::vector<bool>(kinds.size(), false);
  return openings;
}

bool CentredLabels::ReadRun(const std::vector<LineKind>& kinds, size_t begin, size_t end,
                            std::vector<bool>* openings, bool* telling) {
  // The run's lines that count, and where its labels stand among them.
  std::vector<size_t> counted;
  for (size_t k = begin; k < end; ++k) {
    if (kinds[k] != LineKind::kSkipped && kinds[k] != LineKind::kHeading) counted.push_back(k);
  }
  auto is_label = [&](size_t i) {
    return kinds[counted[i]] == LineKind::kLabel || kinds[counted[i]] == LineKind::kLabelAlone;
  };
  // A run that does not open on a label is no record's.
  if (counted.empty() || !is_label(0)) return false;
  std::vector<size_t> found;  // The first lines of values that open above their labels.
  size_t above = 0, below = 0;  // Of the label being read, in value lines.
  size_t unlabelled = 0;        // Value lines since the last label.
  for (size_t i = 0; i <= counted.size(); ++i) {
    if (i < counted.size() && !is_label(i)) {
      ++unlabelled;
      continue;
    }
    *telling = *telling || unlabelled > 0;
    // The label before took its lines below; the rest open this one's value, or end the run.
    if (unlabelled < below) return false;
    above = unlabelled - below;
    if (i == counted.size()) {
      if (above != 0 || !*telling) return false;
      for (size_t k : found) (*openings)[k] = true;
      return true;
    }
    if (above > 0) found.push_back(counted[i - above]);
    // A label alone with no lines above it has no value: its value, if any, would be centred on it.
    below = kinds[counted[i]] == LineKind::kLabelAlone && above == 0 ? 0 : above;
    unlabelled = 0;
  }
  return false;
}

}  // namespace planrows
