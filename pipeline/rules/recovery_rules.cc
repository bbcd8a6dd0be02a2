#include "pipeline/rules/recovery_rules.h"

namespace planrows {

Result<std::shared_ptr<const RecoveryRules>> RecoveryRules::Load(const std::string& dir) {
  Result<HeaderRules> headers = HeaderRules::Load(dir);
  if (!headers.ok()) return headers.status();
  Result<PlanPatterns> patterns = PlanPatterns::Load(dir);
  if (!patterns.ok()) return patterns.status();
  Result<TimeframeFinder> timeframes = TimeframeFinder::Load(dir);
  if (!timeframes.ok()) return timeframes.status();
  Result<LeadSplitter> leads = LeadSplitter::Load(dir);
  if (!leads.ok()) return leads.status();
  return std::shared_ptr<const RecoveryRules>(new RecoveryRules{
      std::move(headers).value(), std::move(patterns).value(), std::move(timeframes).value(),
      std::move(leads).value()});
}

}  // namespace planrows
