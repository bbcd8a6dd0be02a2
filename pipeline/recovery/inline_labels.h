// InlineLabels: the lead and timeframe that a plan without an action table
// writes into the action's own text, "... (Lead: Housing; by July 2018)" or
// "... Lead: J Okafor. Timescale: March 2019.", read out of it. Labels are
// the column names of rules/headers.toml followed by a colon.
#ifndef PLANROWS_PIPELINE_RECOVERY_INLINE_LABELS_H_
#define PLANROWS_PIPELINE_RECOVERY_INLINE_LABELS_H_

#include <string>

#include "pipeline/rules/recovery_rules.h"

namespace planrows {

// What an action's text says of itself.
struct LabelledAction {
  std::string action;  // The text before the labels.
  std::string lead;
  std::string timeframe;
  std::string progress;
};

class InlineLabels {
 public:
  // Splits cleaned `action` into its own text and the values its labels
  // give; a "by <date>" part of a bracketed tail is the timeframe. An
  // action without labels comes back whole.
  static LabelledAction Read(const RecoveryRules& rules, const std::string& action);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_INLINE_LABELS_H_
