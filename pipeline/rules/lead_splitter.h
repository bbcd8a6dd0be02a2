// LeadSplitter: splits a lead cell as printed into separate people and
// groups, by the separators and name endings of rules/leads.toml.
#ifndef PLANROWS_PIPELINE_RULES_LEAD_SPLITTER_H_
#define PLANROWS_PIPELINE_RULES_LEAD_SPLITTER_H_

#include <re2/re2.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/result.h"

namespace planrows {

class LeadSplitter {
 public:
  // Reads leads.toml in `dir`.
  static Result<LeadSplitter> Load(const std::string& dir);

  // The leads named in `lead`: "I Pearson/ M Sancho" gives {"I Pearson",
  // "M Sancho"}; "Business Manager L&D Manager" gives two roles.
  std::vector<std::string> Split(std::string_view lead) const;

 private:
  // Splits one separator-free part after name endings followed by a new name.
  void SplitAtNameEndings(const std::string& part, std::vector<std::string>* out) const;

  // Splits `text` at separators (soft ones only before a capital) into parts.
  std::vector<std::string> SplitAtSeparators(const std::string& text) const;

  std::shared_ptr<const RE2> separators_;  // Hard and soft separators, soft ones captured.
  std::set<std::string, std::less<>> name_endings_;
  std::set<std::string, std::less<>> continuations_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_LEAD_SPLITTER_H_
