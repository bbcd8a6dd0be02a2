// LeadCanonicalizer: one lead as printed ("QA & PM Ctte", "CSE Sub- Group",
// "M Evans") to the entity it names, the same for every spelling, and
// whether it is a person, a role or a group (rules/lead_aliases.toml).
#ifndef PLANROWS_PIPELINE_NORMALIZE_LEAD_CANONICALIZER_H_
#define PLANROWS_PIPELINE_NORMALIZE_LEAD_CANONICALIZER_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"

namespace planrows {

class LeadCanonicalizer {
 public:
  // Reads lead_aliases.toml in `dir`.
  static Result<LeadCanonicalizer> Load(const std::string& dir);

  // The entity `lead` names.
  LeadEntity Canonicalize(const std::string& lead) const;

 private:
  std::string Kind(const std::string& printed, const std::string& folded) const;

  std::map<std::string, std::string> aliases_;  // Folded spelling -> canonical name.
  std::shared_ptr<const RE2> subgroup_, person_;
  std::set<std::string> group_words_, role_words_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_LEAD_CANONICALIZER_H_
