// LeadVocabulary: the words of rules/leads.toml that tell how a lead cell
// reads: which words end a post or a body, which open a post, which join
// two leads, and how a person's name is spelled.
#ifndef PLANROWS_PIPELINE_RULES_LEAD_VOCABULARY_H_
#define PLANROWS_PIPELINE_RULES_LEAD_VOCABULARY_H_

#include <re2/re2.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "pipeline/base/result.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {

class LeadVocabulary {
 public:
  // Reads the word lists and name patterns of `file` (leads.toml); fails
  // naming the pattern that is missing or does not compile.
  static Result<LeadVocabulary> Load(const RuleFile& file);

  // Words are given as printed; they are folded (lower case, punctuation
  // dropped) before lookup.

  // True for a word that ends the name of a post: "Manager", "Chair".
  bool IsRoleEnding(std::string_view word) const;
  // True for a word that ends the name of a body: "Group", "Executive".
  bool IsGroupEnding(std::string_view word) const;
  // True for a word that may open the name of a post: "Head", "Chair".
  bool IsOpener(std::string_view word) const;
  // True for a word that names a post wherever it stands (an ending or an opener).
  bool IsRoleWord(std::string_view word) const { return IsRoleEnding(word) || IsOpener(word); }
  // True for a word that qualifies the word after it and never ends a lead: "Looked", "Case".
  bool IsQualifier(std::string_view word) const;
  // True for a word that links a name to what follows: "of", "for", or a dash.
  bool IsContinuation(std::string_view word) const;
  // True for a word that may join two leads: "and", "&", ",".
  bool IsSoftSeparator(std::string_view word) const;
  // True for an abbreviation in capitals: "LSCB", "CDOP".
  bool IsAcronym(std::string_view word) const;
  // True for an initial standing for a first name: "M", "J.".
  bool IsInitial(std::string_view word) const;
  // True for a title before a name: "Dr", "Cllr", "DCI".
  bool IsTitle(std::string_view word) const;
  // True for a capitalised word that may be a first name or surname:
  // "Gladys", "McCarthy", "Martins-"; never a word of the lists above or
  // of not_names.
  bool IsNameWord(std::string_view word) const;
  // True for a word that ends the name of a body only where a wrapped line opens with it: "Partners".
  bool IsWrappedGroupEnding(std::string_view word) const;

  // The pattern that splits a cell into parts that never share a lead.
  const RE2& hard_separators() const { return *hard_separators_; }

 private:
  // True when the folded `word` is in `words`.
  static bool Contains(const std::set<std::string, std::less<>>& words, std::string_view word);

  std::shared_ptr<const RE2> hard_separators_, acronym_, initial_, name_word_;
  std::set<std::string, std::less<>> role_endings_, group_endings_, wrapped_group_endings_, openers_, continuations_,
      soft_separators_, not_names_, titles_, qualifiers_;  // Folded.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_LEAD_VOCABULARY_H_
