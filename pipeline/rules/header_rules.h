// HeaderRules: recognises the header cells of action tables (rules/headers.toml)
// and maps them to canonical columns.
#ifndef PLANROWS_PIPELINE_RULES_HEADER_RULES_H_
#define PLANROWS_PIPELINE_RULES_HEADER_RULES_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {

enum class Column { kRef, kAction, kOutcome, kLead, kTimeframe, kLeadTimeframe, kProgress, kExtra };

// True when `column` holds who leads, by when, or both in one cell.
inline bool HoldsLeadOrDate(Column column) {
  return column == Column::kLead || column == Column::kTimeframe || column == Column::kLeadTimeframe;
}

// What a header cell names: a canonical column, and for kExtra the key the
// column's values are exported under ("milestones", "how", "measure").
struct ColumnName {
  Column column = Column::kExtra;
  std::string extra_key;
};

// The role's name as rules and explanations spell it: "ref", "lead_timeframe",
// "extra:measure".
std::string RoleName(const ColumnName& name);

// The key an extra column headed `heading` is exported under: its words
// folded and joined by "_" ("Evidence of impact" gives "evidence_of_impact").
std::string ExtraKey(std::string_view heading);

class HeaderRules {
 public:
  // Reads headers.toml in `dir`.
  static Result<HeaderRules> Load(const std::string& dir);

  // The column a header cell names, or nothing when the text is no known header.
  std::optional<ColumnName> Match(std::string_view cell) const;

  // True when the folded `cell` is one of the names, not merely starts
  // with a prefix: "How will we know?" is, "How will we know? Dip sample"
  // is not.
  bool IsFullName(std::string_view cell) const;

  // The column a heading names by its words, for a cell of a row already
  // known to be a header: first the parts of a heading that joins two names
  // ("Target date / milestone") by Match, then the words of the whole. A
  // heading with both lead and date words names the combined column.
  // Columns whose words tie are told apart by the heading's head noun, its
  // last such word before any "of" or "for" ("Action owner" names the
  // lead). Nothing when no column's words win.
  std::optional<ColumnName> MatchWords(std::string_view cell) const;

  // The column a heading of two names of the rules joined by "/" names
  // when both name the same one ("KPI / measure", "Actions / tasks"): such
  // a heading is as good as a known name, though no list holds it whole.
  // Nothing when the parts name two columns ("Lead / date"), or one is no
  // name ("Key actions / steps").
  std::optional<ColumnName> MatchJoinedNames(std::string_view cell) const;

  // True when each of `names` names a column, by its name or its words.
  bool NameAll(const std::vector<std::string>& names) const;

  // How a header's headings came apart: printed apart, by a converter's
  // separators or the gaps between cells, or guessed at by cutting a run
  // of words, which may cut anywhere.
  enum class HeadingParts { kPrinted, kGuessed };

  // True when a row of `cells` headings makes a table's header: `named`
  // of them known by name and `told` known by name or words, one of them
  // an action or a lead (`content_column`). Two known names and half told,
  // or one known name where the words of all the others tell their
  // columns, in a row of three or more printed headings or four or more
  // guessed ones.
  static bool MakesHeader(size_t named, size_t told, size_t cells, bool content_column, HeadingParts parts);

  // True when `cell` is as short as a heading: five words at most, no figures.
  static bool IsShortHeading(std::string_view cell);

  // True when `word` (any case) is a word of some column's names or heading
  // words: "completion", "objective", "accountable".
  bool KnowsWord(std::string_view word) const;
  // True when `start`, two letters or more, begins a longer word KnowsWord
  // knows ("Ke" of "key"): a word a narrow column broke over several lines.
  bool StartsKnownWord(std::string_view start) const;

  // `text`, a heading's lines so far, with its next `line`: without a space
  // where a narrow column cut a word these rules know ("Completi" over "on
  // by", "Acti" over "on", "K" over "e" then "y"), else with one.
  std::string JoinHeadingLine(const std::string& text, const std::string& line) const;

 private:
  struct Entry {
    ColumnName name;
    std::vector<std::string> names;     // Folded full names.
    std::vector<std::string> prefixes;  // Folded prefixes.
    std::vector<std::string> words;     // Folded heading words.
  };
  // The entry naming `column`, or nullptr.
  const Entry* EntryFor(Column column) const;
  std::vector<Entry> entries_;
  std::set<std::string, std::less<>> vocabulary_;  // Folded words of all names and heading words.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_HEADER_RULES_H_
