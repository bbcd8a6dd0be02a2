// CellFit: what a table cell looks like from its text alone (a reference, a
// date, a status word, a short lead-like name, long prose), and how well a
// text fits a column of a given name. Used where a table lost its cell
// boundaries and cells must be told apart by what they say.
#ifndef PLANROWS_PIPELINE_RECOVERY_CELL_FIT_H_
#define PLANROWS_PIPELINE_RECOVERY_CELL_FIT_H_

#include <string>
#include <string_view>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/rules/header_rules.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class CellFit {
 public:
  // What a text looks like, read once to fit it to several columns. Its
  // kind is one of CellKind's, never kOther.
  struct Reading {
    CellKind kind = CellKind::kEmpty;
    int words = 0;
    bool ends_with_date = false;  // A short text that ends with a timeframe ("J Rees March 2025").
    bool holds_year = false;      // A word of it holds a year ("2025", "2024/25", "31/03/2025").
    bool holds_share = false;     // It holds a percentage ("60% of staff"), as no name does.
    bool dated_before_date = false;  // It ends with a timeframe, and a year stands before that too.
    bool starts_action = false;      // It opens with an action's verb ("Review the audit tool").
    // It is a run of dated steps and nothing else ("Draft by May 2025 Sign-off by July 2025"), as a
    // milestones column holds: no action, lead or date of its own, and fits a column no rule names.
    bool dated_steps = false;
  };

  // A classifier by the patterns of `rules`, which must outlive it.
  explicit CellFit(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // What `text` looks like: nothing, a reference ("2.3", "EH2"), a
  // timeframe ("March 2025", "Q3 2024/25"), a status or RAG word ("Amber",
  // "On track"), a short name-like text ("Head of Service / Police"), or
  // prose.
  CellKind Of(std::string_view text) const;

  // How well `text` fits a cell of `column`: positive when it reads like
  // one (a date under a timeframe heading), negative when it reads like
  // another column's cell; 0 for an empty cell, except that a row without
  // an action scores below that.
  double Fit(Column column, std::string_view text) const;
  // How well `text` fits a cell of a column whose name no rule knows: as
  // well as it fits the column it reads most like, a little less.
  double FitUnknown(std::string_view text) const;

  // The reading of `text`, for the Fit and FitUnknown below.
  Reading Read(std::string_view text) const;
  // Read for a text already cleaned (CellText::Clean), such as one grown
  // from cleaned pieces.
  Reading ReadClean(const std::string& text) const;
  // Fit and FitUnknown of a text read once.
  double Fit(Column column, const Reading& reading) const;
  double FitUnknown(const Reading& reading) const;

  // True when `text` is a bare number of a few digits ("7", "12."), which
  // a table numbered so uses as its references.
  static bool IsBareNumber(std::string_view text);
  // True when `text` holds a year: four digits starting 19 or 20, not
  // inside a longer number.
  static bool HoldsYear(const std::string& text);
  // True when `text` is two or more dated steps and nothing else, each a
  // few words, one in lower case at least, ending on a timeframe with its
  // year ("Draft by May 2025 Sign-off by July 2025"); when `terse`, each
  // step's words before its date are in lower case past the first.
  bool IsDatedSteps(const std::string& text, bool terse = false) const;
  // True when `text` ends on a word that ends the name of a post or a
  // body ("Adviser", "Sub-group"): a name that may be whole there.
  bool EndsName(std::string_view text) const;
  // True when `line`, a wrapped line of names, ends on a lone initial
  // ("Schools Cluster, J"): the name goes on on the next line.
  bool EndsOnInitial(std::string_view line) const;
  // True when `line`, a wrapped line of names, ends on a separator and
  // one word that ends no post's or body's name ("Harbour Police/Morwenna",
  // "Harbour Police; Morwenna", "Police and Morwenna"): a name of several
  // words parted from the one before, cut short.
  bool EndsOnPartedWord(std::string_view line) const;
  // True when `line`, a wrapped line of names, ends on a name cut short: on
  // a joining word or mark, an initial, a word parted from the one before,
  // or one that qualifies the next ("Youth").
  bool EndsCutShort(std::string_view line) const;
  // True when `line`, a wrapped line of names, is one word that may start
  // a person's name, a name word or an initial with its dot ("Morwenna",
  // "K."; a bare capital may be a status, "A"), and `next` starts with a
  // word that may be a surname ("Pascoe, Harbour Police", "Pascoe/Tide
  // Office"): as a cell's first line, a first name over its surname.
  bool IsFirstNameOver(std::string_view line, std::string_view next) const;
  // True when `line`, a wrapped line of names, ends on a person's name
  // after an initial ("Schools Cluster/K Treloar"): a name that is whole.
  bool EndsOnInitialledName(std::string_view line) const;
  // True when `line`, a wrapped line of names, ends on two words that may
  // be a person's first name and surname ("Schools & Morwenna Pascoe");
  // two such words may also start a body's name ("Coastguard Rescue").
  bool EndsOnFirstAndSurname(std::string_view line) const;
  // True when `line`, a wrapped line of names, ends on a word that
  // qualifies the next and ends no name ("Lead Nurse for Looked", "Manager
  // & Case"): the name goes on on the next line.
  bool EndsOnQualifier(std::string_view line) const;
  // True when `line`, a wrapped line, ends on a date without its year and
  // `next` starts with the year ("Panel - Jul" over "2016 and then
  // annually"): the date goes on over the wrap.
  bool CutsDateBeforeYear(std::string_view line, std::string_view next) const;
  // True when `status`, a status cell ("Ongoing", "50%"), stands right
  // after `date`, a date, and opens on a capital or holds a figure: the
  // row's progress cell of its own, though a status such as "Ongoing" may
  // read as an open date too ("February 2020 | Ongoing"). A status in lower
  // case without a figure may be the date's own word ("May 2014 ongoing").
  bool IsStatusAfterDate(std::string_view date, std::string_view status) const;
  // True when `word` is a person's initial ("J", "J.").
  bool IsInitial(std::string_view word) const;
  // True when `line` starts with the last word of a post's or a body's
  // name standing alone or before a separator ("Group", "Partners", "Unit and N
  // Ballantyne", "Manager / J Rees", "Panel/J Rees"): it ends a name wrapped
  // from the line above, as names seldom start with such a word.
  bool StartsWithNameEnd(std::string_view line) const;
  // True when `line`, a wrapped line of names, ends on a post's word and
  // `next` opens with one that ends a post and opens none ("Consultant"
  // over "Paediatrician", "Lead" over "Nurse for"): posts compound, so the
  // post goes on, the word above ending nothing.
  bool CompoundsPost(std::string_view line, std::string_view next) const;

  // The patterns it classifies by.
  const PlanPatterns& patterns() const { return rules_.patterns; }

 private:
  // The word before the last of `line` when the last may be a surname, past
  // a separator it follows with no space ("Manager/K Okafor": "K"); "" else.
  std::string WordBeforeSurname(std::string_view line) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_CELL_FIT_H_
