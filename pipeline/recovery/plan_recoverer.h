// PlanRecoverer: the row-recovery stage. Walks a document's lines once,
// following section headings, and hands each part of the plan to the
// reader that understands it: action tables, objective blocks, narrative
// bullet lists. Knows nothing of where the text came from.
#ifndef PLANROWS_PIPELINE_RECOVERY_PLAN_RECOVERER_H_
#define PLANROWS_PIPELINE_RECOVERY_PLAN_RECOVERER_H_

#include <memory>

#include "extractors/page_text.h"
#include "pipeline/base/deadline.h"
#include "pipeline/model/action_row.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class PlanRecoverer {
 public:
  explicit PlanRecoverer(std::shared_ptr<const RecoveryRules> rules) : rules_(std::move(rules)) {}

  // Every action row of `document`, with the plan's board and period, and
  // warnings for what a reader of the plan should check. Once `deadline`
  // (if set) has passed, stops soon and returns what it has, which is no
  // plan to keep.
  RecoveredPlan Recover(const DocumentText& document, const Deadline* deadline = nullptr) const;

 private:
  std::shared_ptr<const RecoveryRules> rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_PLAN_RECOVERER_H_
