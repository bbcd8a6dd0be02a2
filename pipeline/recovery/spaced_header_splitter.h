// SpacedHeaderSplitter: reads a table header whose column names a converter
// wrote with single spaces between them ("Ref Action Lead By when
// Progress"), or wrapped over several short lines, as separate column
// names, by matching runs of its words against the header rules. A run of
// capitalised words that names no known column ("What difference will it
// make?") is a column of its own, set apart from known names or by a
// question mark or colon.
#ifndef PLANROWS_PIPELINE_RECOVERY_SPACED_HEADER_SPLITTER_H_
#define PLANROWS_PIPELINE_RECOVERY_SPACED_HEADER_SPLITTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/rules/header_rules.h"

namespace planrows {

class SpacedHeaderSplitter {
 public:
  // The indexes of the words of a header, wrapped over lines, that start a
  // line: a converter writes each heading of a header from a new line, so
  // a name no rule knows seldom runs on past a line that starts with a
  // capital ("What and why" over "Led by whom").
  using LineStarts = std::vector<size_t>;

  // A splitter by `rules`, which must outlive it.
  explicit SpacedHeaderSplitter(const HeaderRules& rules) : rules_(rules) {}

  // The column names that all of `text` splits into, with as few unknown
  // and then as few known names as can be; empty when the names do not make
  // a table's header (each starting with a capital; IsHeader).
  std::vector<std::string> Split(std::string_view text) const;
  // Split for `words`, as WordsOf gives them. With `ref_first`, the words
  // stand right before a table's first reference: their first name is then
  // the reference column's, whatever it says ("Row", "Key", "Action code").
  // `line_starts` holds the indexes of the words that start a line of a
  // header wrapped over lines (LineStarts).
  std::vector<std::string> SplitWords(const std::vector<std::string>& words, bool ref_first = false,
                                      const LineStarts& line_starts = {}) const;
  // The names of a header over rows that start with references, which bear
  // it out however few of its names rules know: SplitWords' cheapest names,
  // the first perhaps the reference column's, when they may be a header
  // (MayBeHeader); empty when not.
  std::vector<std::string> SplitBorneOut(const std::vector<std::string>& words, const LineStarts& line_starts) const;

  // The names of a header of `count` columns whose `words` name too few
  // known columns to be split by their names: each name starts at one of
  // exactly `count` capitalised words ("Item no. Steps to take Champion").
  // Empty when the capitals are not `count`, a name is an initial or ends
  // on a joiner ("/", "&"), or the names cannot be a header (MayBeHeader).
  std::vector<std::string> SplitAtCapitals(const std::vector<std::string>& words, size_t count) const;

  // True when `names` may be a header that the rows under it must bear
  // out: three or more, at least one known by name or by its words.
  bool MayBeHeader(const std::vector<std::string>& names) const;

  // The words of `text`, cleaned.
  static std::vector<std::string> WordsOf(std::string_view text);

  // True when the first of `names`, which stand before a table's first
  // reference, is the name of its reference column that no rule knows
  // ("Row", "Key", "Action code"): a short name whose words tell no column,
  // in a header whose other names tell the action column.
  bool NamesRefColumnFirst(const std::vector<std::string>& names) const;
  // True when `name`, the first of a header right over rows that start with
  // references, may be their column's name no rule knows: short, and its
  // words tell no column.
  bool MayNameRefColumn(const std::string& name) const;

  // True when column names `names` make a table's header: three or more,
  // known by name or by their words as HeaderRules::MakesHeader asks of
  // names come apart as `parts` says; with `ref_first`, the first may be
  // the reference column's (NamesRefColumnFirst); with `joined_names_known`,
  // a heading of two names of one column joined by "/" counts as known
  // (HeaderRules::MatchJoinedNames).
  bool IsHeader(const std::vector<std::string>& names, bool ref_first = false,
                HeaderRules::HeadingParts parts = HeaderRules::HeadingParts::kGuessed,
                bool joined_names_known = false) const;

 private:
  // True when `words` [begin, end) are a known column's name: a name of the
  // rules, or a prefix rule's name that takes no other column's name along.
  bool IsKnownName(const std::vector<std::string>& words, size_t begin, size_t end) const;
  // True when the words of `words` [begin, k) and of [k, end) tell two
  // different columns ("Update (Q2)" and "Outputs and evidence of impact").
  bool NameTwoColumns(const std::vector<std::string>& words, size_t begin, size_t k, size_t end) const;
  // True when `name`, the last of a line's names, ends a sentence: its last
  // word, of a few letters or more, ends with a stop ("... accountable to
  // the Chief Executive."), which a heading's does only where the rules know
  // the heading or it is short for a word ("No.", "Org.").
  bool EndsSentence(const std::string& name) const;
  // True when `words` [begin, end) may be a name no rule knows.
  bool MayBeUnknownName(const std::vector<std::string>& words, size_t begin, size_t end) const;
  // The names that `words` [first, end) split into most cheaply (NameCost);
  // empty when they make no names.
  std::vector<std::string> CheapestNames(const std::vector<std::string>& words, size_t first,
                                         const LineStarts& line_starts) const;
  // SplitWords, keeping names that make a header by their own words
  // (IsHeader) or, when `borne_out` by rows, names that may be one (MayBeHeader).
  std::vector<std::string> ReadNames(const std::vector<std::string>& words, bool ref_first,
                                     const LineStarts& line_starts, bool borne_out) const;
  // True when `names` make a header as ReadNames asks.
  bool Accepts(const std::vector<std::string>& names, bool ref_first, bool borne_out) const;
  // True when `words[k]`, inside a name no rule knows that `words` [begin,
  // end) would make, likely starts a name of its own: a capitalised word
  // after one in lower case or after a first word that tells a column, or
  // before words that tell a column where the words before it tell none.
  bool StartsNameInside(const std::vector<std::string>& words, size_t begin, size_t k, size_t end) const;
  // What reading `words` [begin, end) as one name costs: little for a known
  // name, more for a known name better read as two, much for an unknown
  // name, more for one that runs on past a line started with a capital
  // (`line_starts`) or past a word that likely starts a name (StartsNameInside);
  // the largest int when they can be no name.
  int NameCost(const std::vector<std::string>& words, size_t begin, size_t end, const LineStarts& line_starts) const;

  const HeaderRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_SPACED_HEADER_SPLITTER_H_
