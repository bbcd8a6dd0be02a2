// DatedStepRuns: the lines of a table's text (pdftotext -raw) that together
// make a list of dated steps, as a milestones cell wraps it:
//
//   Draft by
//   October
//   2019
//   Sign-off by
//   May 2020
//
// A step's words and its date part over lines, so few lines alone read as
// a step; the run of them does (CellFit::IsDatedSteps).
#ifndef PLANROWS_PIPELINE_RECOVERY_DATED_STEP_RUNS_H_
#define PLANROWS_PIPELINE_RECOVERY_DATED_STEP_RUNS_H_

#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"

namespace planrows {

// Per line of `clean`, lines cleaned (CellText::Clean), whether it is one
// of the longest runs of lines that read together as dated steps.
std::vector<bool> DatedStepRuns(const CellFit& cell_fit, const std::vector<std::string>& clean);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_DATED_STEP_RUNS_H_
