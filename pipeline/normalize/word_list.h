// WordList: words and phrases of a rule file (topic synonyms, open and
// recurring timeframe words, ...), found in text as whole words.
#ifndef PLANROWS_PIPELINE_NORMALIZE_WORD_LIST_H_
#define PLANROWS_PIPELINE_NORMALIZE_WORD_LIST_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {

class WordList {
 public:
  // kFolded lists match text folded by CellText::FoldForMatch (NFKC, ICU
  // case folding, punctuation made spaces), so "Self-Harm" and "self harm"
  // are one phrase. kExact lists match CellText::ForPatterns text as
  // printed, case included: for acronyms whose lower-case forms are words.
  enum class Mode { kFolded, kExact };

  // A list that matches nothing.
  WordList() = default;

  // Compiles `words`, read from `name` of `file` (named in errors). A
  // trailing "*" on a word matches any ending ("foster*": "fostering").
  static Result<WordList> Compile(const RuleFile& file, const std::string& name,
                                  const std::vector<std::string>& words, Mode mode);

  // The words of the list that occur in `text` (folded or as printed, per
  // the list's mode), as they occur there, each once, in order of appearance.
  std::vector<std::string> Find(const std::string& text) const;

  // True when a word of the list occurs in `text`.
  bool Contains(const std::string& text) const;

  // True when `text`, seen as folded words, ends with a word of the list.
  bool EndsText(const std::string& text) const;

  // True when `text`, seen as folded words, starts with a word of the list.
  bool StartsText(const std::string& text) const;

 private:
  std::shared_ptr<const RE2> anywhere_;  // Null for an empty list.
  std::shared_ptr<const RE2> at_end_;
  std::shared_ptr<const RE2> at_start_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_WORD_LIST_H_
