// PlanInfoReader: reads the board's name and the plan's title and period
// from the first lines of a plan.
#ifndef PLANROWS_PIPELINE_RECOVERY_PLAN_INFO_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_PLAN_INFO_READER_H_

#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class PlanInfoReader {
 public:
  // The board (title-cased when printed in capitals), title and period
  // named in the first lines of `lines`; fields stay empty or 0 when absent.
  static PlanInfo Read(const std::vector<PlanLine>& lines, const PlanPatterns& patterns);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_PLAN_INFO_READER_H_
