#include "pipeline/recovery/dated_step_runs.h"

namespace planrows {
namespace {

// Most lines a list of dated steps wraps over: two steps, each its words,
// month and year on lines of their own, and a little more.
constexpr size_t kMaxRunLines = 8;

}  // namespace

std::vector<bool> DatedStepRuns(const CellFit& cell_fit, const std::vector<std::string>& clean) {
  std::vector<bool> in_run(clean.size(), false);
  for (size_t begin = 0; begin < clean.size();) {
    // The longest run from `begin` that reads as steps; a run must end on a
    // step's date, so a shorter one inside it ends a step early.
    size_t end = begin;
    std::string text;
    for (size_t k = begin; k < clean.size() && k - begin < kMaxRunLines && !clean[k].empty(); ++k) {
      text += (text.empty() ? "" : " ") + clean[k];
      if (cell_fit.IsDatedSteps(text, /*terse=*/true)) end = k + 1;
    }
    for (size_t k = begin; k < end; ++k) in_run[k] = true;
    begin = end > begin ? end : begin + 1;
  }
  return in_run;
}

}  // namespace planrows
