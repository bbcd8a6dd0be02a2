// RecoveryRules: every rule set that row recovery uses, loaded once from the
// rules directory and shared read-only by all workers.
#ifndef PLANROWS_PIPELINE_RULES_RECOVERY_RULES_H_
#define PLANROWS_PIPELINE_RULES_RECOVERY_RULES_H_

#include <memory>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/rules/header_rules.h"
#include "pipeline/rules/lead_splitter.h"
#include "pipeline/rules/plan_patterns.h"
#include "pipeline/rules/timeframe_finder.h"

namespace planrows {

struct RecoveryRules {
  HeaderRules headers;
  PlanPatterns patterns;
  TimeframeFinder timeframes;
  LeadSplitter leads;

  // Loads headers.toml, patterns.toml, dates.toml and leads.toml from `dir`;
  // the first error names its file.
  static Result<std::shared_ptr<const RecoveryRules>> Load(const std::string& dir);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_RECOVERY_RULES_H_
