// LeadSplitter: splits a lead cell as printed into separate people and
// groups, by the separators and vocabulary of rules/leads.toml.
#ifndef PLANROWS_PIPELINE_RULES_LEAD_SPLITTER_H_
#define PLANROWS_PIPELINE_RULES_LEAD_SPLITTER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/rules/lead_vocabulary.h"

namespace planrows {

class LeadSplitter {
 public:
  // Reads leads.toml in `dir`.
  static Result<LeadSplitter> Load(const std::string& dir);

  // The leads named in `lead`: "I Pearson/ M Sancho" gives {"I Pearson",
  // "M Sancho"}; "Business Manager L&D Manager" gives two posts; "Chair of
  // CSE Sub Group Veronica Leigh and John Delaney" gives the chair with her
  // name, and him. A trailing full stop is dropped.
  std::vector<std::string> Split(std::string_view lead) const;

  // The words it reads leads by.
  const LeadVocabulary& vocabulary() const { return vocabulary_; }

 private:
  explicit LeadSplitter(LeadVocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

  // Appends the leads of `part`, a piece of a cell between hard separators.
  void SplitPart(std::string_view part, std::vector<std::string>* out) const;

  LeadVocabulary vocabulary_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_LEAD_SPLITTER_H_
