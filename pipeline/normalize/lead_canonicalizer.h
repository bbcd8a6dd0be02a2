// LeadCanonicalizer: one lead as printed ("QA & PM Ctte", "CSE Sub- Group",
// "M Evans", "Chair of CDOP Gladys Xavier") to the entity it names, keyed
// the same for every spelling, and whether that is a person, a role or a
// group, by the rewrites, aliases and vocabularies of rules/lead_aliases.toml.
#ifndef PLANROWS_PIPELINE_NORMALIZE_LEAD_CANONICALIZER_H_
#define PLANROWS_PIPELINE_NORMALIZE_LEAD_CANONICALIZER_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"

namespace planrows {

class LeadCanonicalizer {
 public:
  // Reads lead_aliases.toml in `rules_dir`; fails naming the file and line,
  // or the rewrite whose pattern does not compile.
  static Result<LeadCanonicalizer> Load(const std::string& rules_dir);

  // The entity `lead` (one lead, already split from its cell) names. A lead
  // naming a person in a post ("Chair of CDOP Gladys Xavier") is that
  // person: kind "person", name "Gladys Xavier". Otherwise the name is the
  // alias's canonical name or the lead in its canonical spelling, and the
  // kind "role" or "group". Text of other columns run into the lead ("Audit
  // Group By end of Q2") is left out. All fields are empty for an empty lead
  // and for one that names no one ("and", "-", a lone "Manager"; [nothing]).
  // Safe to call from several threads.
  LeadEntity Canonicalize(const std::string& lead) const;

 private:
  // `text` with the spelling rewrites applied.
  std::string Rewrite(const std::string& text) const;
  // The last run of words in `text` that spells a person's name; "" if none.
  std::string FindPerson(const std::string& text) const;
  // True when `word` could be part of a person's name.
  bool NameLike(const std::string& word) const;
  // True when every folded part of `word` (or words) is a [nothing] word.
  bool IsNothingWord(const std::string& word) const;
  // `text` cut where other columns' text runs into it: the first piece
  // that names someone; `text` itself when nothing ran in.
  std::string WithoutOtherFields(const std::string& text) const;
  // True when the folded lead names no one: a lone word of [nothing].alone,
  // or only [nothing].words.
  bool NamesNothing(const std::string& folded) const;
  // True when the folded word ends the name of a body: a group word or a
  // board's acronym ("lscb").
  bool IsGroupWord(const std::string& folded) const;
  // "role" or "group", by the words at the head of `text`.
  std::string Kind(const std::string& text) const;

  std::vector<std::pair<std::shared_ptr<const RE2>, std::string>> rewrites_;  // Pattern, replacement.
  std::map<std::string, std::string> aliases_;  // Folded spelling -> canonical name.
  std::set<std::string> group_words_, role_words_, links_, other_words_;  // Folded.
  std::set<std::string> nothing_words_, nothing_alone_;                   // Folded.
  std::shared_ptr<const RE2> person_, group_acronym_, other_fields_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_LEAD_CANONICALIZER_H_
