// RunOnHeaderFinder: finds the column names of a table run into one
// paragraph among its words ("... Priority 2 Ref Action Lead When 3.1
// Audit the rota ..."): a run of names before the first references, known
// by the header rules or, for names no rule knows, read at their capitals;
// or, in a table without references, a run of known names over the rows'
// dates.
#ifndef PLANROWS_PIPELINE_RECOVERY_RUN_ON_HEADER_FINDER_H_
#define PLANROWS_PIPELINE_RECOVERY_RUN_ON_HEADER_FINDER_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

// A word of a paragraph and the line it is on.
struct RunOnToken {
  std::string text;
  const PlanLine* line;
  bool heading_word = false;  // A word of the header rules' names (HeaderRules::KnowsWord).
};

class RunOnHeaderFinder {
 public:
  // Where the column names are in the paragraph's words.
  struct Header {
    size_t begin = 0, end = 0;
    std::vector<std::string> names;
    // Words of a section's title between the names and the first
    // reference, printed by a first column of titles whose name `names`
    // leave out.
    size_t title = 0;
  };

  // A finder by `rules`, which must outlive it.
  explicit RunOnHeaderFinder(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // The first run of `tokens` that names three or more columns and is
  // followed by a reference, by known names, else by capitals.
  std::optional<Header> Find(const std::vector<RunOnToken>& tokens) const;
  // For a table without references: the first run among the paragraph's
  // first words that names four or more columns (three where it comes
  // again later), all known by their names or words, one of them for
  // dates, and is followed by a capitalised word or a bullet; of the runs
  // ending there, the longest that comes again later, else the longest.
  std::optional<Header> FindOverDates(const std::vector<RunOnToken>& tokens) const;

  // The index of the first column of dates (timeframe, or lead and date)
  // of `columns`; columns.size() when none.
  static size_t DateColumn(const std::vector<std::optional<Column>>& columns);

 private:
  using Token = RunOnToken;

  // True when `tokens[at]`, which reads as a reference, is the number of a
  // section heading whose label stands before it ("Priority 1 - ..."), or
  // a bare number whose title a reference of another kind follows: no
  // row's reference, and no end of a header.
  bool NumbersSection(const std::vector<Token>& tokens, size_t at) const;
  // The run of `tokens` ending before `tokens[end]` that names three or
  // more columns, with most known names; nothing when none does. With
  // `at_ref`, `tokens[end]` is a reference (NamesOf). With `splits`, each
  // run split into names spends one of them, and none is split once they
  // are spent.
  std::optional<Header> HeaderEndingAt(const std::vector<Token>& tokens, size_t end, bool at_ref,
                                       size_t* splits = nullptr) const;
  // The header before a section's title that ends at `tokens[ref]`, the
  // first reference: a first column of titles, merged down each section's
  // rows, prints its title between the names and the first row; the names
  // come again before each section, the title does not. None when no
  // title stands there.
  std::optional<Header> TitledHeaderEndingAt(const std::vector<Token>& tokens, size_t ref) const;
  // The header of names no rule knows that ends at `tokens[end]`, the
  // first reference: names of a few words, each starting with a capital,
  // less a section's title before them where the names come again later.
  std::optional<Header> CapitalHeaderEndingAt(const std::vector<Token>& tokens, size_t end) const;
  // True when the words of `tokens` [begin, end) come again after `end`.
  static bool RepeatsLater(const std::vector<Token>& tokens, size_t begin, size_t end);
  // The column names that `tokens` [begin, end) split into; empty when
  // they make no header (SpacedHeaderSplitter). With `at_ref`, a reference
  // follows them, so their first name is the reference column's.
  std::vector<std::string> NamesOf(const std::vector<Token>& tokens, size_t begin, size_t end,
                                   bool at_ref = false) const;
  // The words of `tokens` [begin, end).
  static std::vector<std::string> WordsOf(const std::vector<Token>& tokens, size_t begin, size_t end);
  // The names of `tokens` [begin, end), each starting at a capital; empty
  // when they make no header (SpacedHeaderSplitter::SplitAtCapitals).
  std::vector<std::string> NamesAtCapitals(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  // True when `header` comes again later in `tokens`, with no word of a
  // header's names right before or after it.
  static bool RepeatedWhole(const std::vector<Token>& tokens, const Header& header);
  // True when `names` say enough to head a table without references to
  // anchor them: four or more names (three where the header is `repeated`
  // later in the paragraph), each known by its name or words, one of them
  // for dates ("Lead: ... Timescale: ..." in a list item is no header).
  bool SaysEnoughWithoutRefs(const std::vector<std::string>& names, bool repeated) const;
  // True when one of `names` ends as no column's name does: on a comma, a
  // semicolon, an article or a conjunction ("Evaluation report received by the").
  static bool CutsNameShort(const std::vector<std::string>& names);
  // True when two of `names` give one role other than `extra`.
  bool NamesRoleTwice(const std::vector<std::string>& names) const;
  // `header` with the names right after it that the header rules know by
  // their words ("... Who and by when Where are we now?").
  Header Extended(const std::vector<Token>& tokens, Header header) const;
  // `header` begun at the names before it that, with its own, the header
  // rules all know by their names or words, each role named once.
  Header ExtendedBack(const std::vector<Token>& tokens, Header header) const;
  // `header`, which ends at a reference, begun where the names that come
  // again before a later section's rows begin: a section's title before
  // them does not come again ("Objective A ..."), and names no rule knows
  // before the known ones do. `header` itself when no such run is a header.
  Header Repeated(const std::vector<Token>& tokens, const Header& header) const;
  // The names of `tokens` [begin, end), a header that comes again before
  // each section's rows: NamesOf before a reference, else names the rows
  // bear out however few of them rules know; empty when none.
  std::vector<std::string> RepeatedNamesOf(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  // How many of `names` the header rules know by name.
  size_t KnownNames(const std::vector<std::string>& names) const;
  // The names of `header` cut at its capitals where its known names are
  // written in sentence case ("Ref no. Deliverables Expected result Led by
  // By Progress to date"): each name then starts at a capital, names no
  // rule knows among them. Its names as they are otherwise.
  std::vector<std::string> SentenceCaseNames(const std::vector<Token>& tokens, const Header& header) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RUN_ON_HEADER_FINDER_H_
