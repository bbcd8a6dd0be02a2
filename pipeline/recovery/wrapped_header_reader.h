// WrappedHeaderReader: reads the header over a table written a cell, or a
// wrapped line of a cell, a line (pdftotext -raw): column names set apart
// by single spaces on one line, or wrapped over several short lines, and a
// two-level header written row by row, its group's name among the first
// row's names and the names under it last:
//
//   Ref.
//   Plan
//   Who Due
//   Desired outcome Key tasks
//
// reads as "Ref.", "Desired outcome", "Key tasks", "Who", "Due". Names no
// rule knows end where a line starts with a capital; right over rows that
// start with references, the header goes on down to them, its first name
// may be the reference column's ("Row", "Key"), and the rows bear out
// names rules hardly know.
#ifndef PLANROWS_PIPELINE_RECOVERY_WRAPPED_HEADER_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_WRAPPED_HEADER_READER_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class WrappedHeaderReader {
 public:
  // Most words on each line of a wrapped header after its first.
  static constexpr size_t kMaxLineWords = 4;

  // A reader by `rules`, which must outlive it.
  explicit WrappedHeaderReader(const RecoveryRules& rules)
      : rules_(rules), splitter_(rules.headers), classifier_(rules) {}

  // The column names of a spaced header starting at `lines[at]`, wrapped
  // over at most a few short lines; `*end` is set past its last line. Empty
  // when no header starts there, as under a column's name in lower case
  // that ends a heading wrapped from above. With `group_first`, a first
  // line that may be a group's name alone (IsLoneGroup) is one even right
  // over rows of references, as a two-level header whose reference column
  // is unnamed writes its group first ("Delivery" over "Owner Measure" over
  // "Outcome Activity"); else it names the reference column ("Key").
  // `*as_written`, if given, is set to the names in the order written,
  // before those of a second row are put under their group.
  std::vector<std::string> Read(const std::vector<PlanLine>& lines, size_t at, size_t* end,
                                bool group_first = false, std::vector<std::string>* as_written = nullptr) const;
  // True when `lines[at]` may be a group's name alone over rows of
  // references, which Read with `group_first` reads so.
  bool MayStartWithGroup(const std::vector<PlanLine>& lines, size_t at) const;
  // The other ways `names`, read from the header lines [at, end) of
  // `lines`, may stand when one of them, not the first, is a group's name
  // alone on its line (IsLoneGroup) with two names or more written after
  // it: pdftotext -raw writes a two-level header's first row, the group's
  // name and the names merged down both rows right of it, before the names
  // under the group ("Delivery", "Status update", then "Accountable lead"
  // and "Target date" under "Delivery"). One way for each count of the last
  // names, two or more, that may stand under it: they take its place, the
  // names written between go after them. A group's name Read left out, the
  // names splitting only without it, stands after the names of the lines
  // above its own. None when no name is such a group.
  std::vector<std::vector<std::string>> GroupPlacings(const std::vector<std::string>& names,
                                                      const std::vector<PlanLine>& lines, size_t at,
                                                      size_t end) const;
  // How many cells each row under the header line `lines[at]` holds, one
  // line or blank line a cell, when the rows, each started by a reference,
  // agree; 0 when they do not. A reference after the bullet of its cell's
  // first item starts a row (StartsRow); in `numbered` rows a bare number does too.
  // With `blanks_before_refs`, blank lines right before a reference count
  // too: a row's empty last cells, or the next row's empty first ones. A
  // section heading set apart by a blank line ends a row, that line no cell.
  size_t CellsPerRow(const std::vector<PlanLine>& lines, size_t at, bool numbered = false,
                     bool blanks_before_refs = false) const;
  // True when the rows under the header line `lines[at]` are numbered
  // with bare numbers, each alone on its line ("1" over the first row's
  // cells) or before its first cell's first words (RowNumber): the first
  // row starts with "1", and the numbers further down
  // count on (or start anew at "1" under a section), with one past "1"
  // among them. A theme's title may stand between the header and the "1".
  // A header may leave such a column unnamed.
  bool NumbersRows(const std::vector<PlanLine>& lines, size_t at) const;
  // True when `line` goes on with the header that starts at `first`, on
  // the next line.
  bool ContinuesHeader(const PlanLine& first, const PlanLine& line) const;
  // True when `line` may hold names of the header that starts at `first`:
  // on its page, short, and no reference, date or section heading.
  bool MayNameColumns(const PlanLine& first, const PlanLine& line) const;
  // True when `line` may hold names of the header that starts at `first`,
  // however long: on its page, and no reference, date or section heading.
  bool MayHoldNames(const PlanLine& first, const PlanLine& line) const;
  // True when `lines[k]`, however long, goes on with the header that starts
  // at `lines[at]`: it and the lines after it may hold names down to a row
  // that starts with a reference, and the line before it ends a wrapped
  // heading in lower case; or it is, whole, a name rules know. pdftotext
  // -raw writes the first lines of a header's cells side by side on one
  // line, up to a cell that wraps, then that cell's next lines, then the
  // first lines of the cells after it.
  bool GoesOnOverRows(const std::vector<PlanLine>& lines, size_t at, size_t k) const;
  // True when `lines[k]`, however long, goes on with the header that starts
  // at `lines[at]` as a row of names that rules all know, two or more, with
  // the lines after it that go on in lower case ("Led by whom Date for" over
  // "completion"): the second row of a two-level header, written on one
  // line, is longer than a wrapped heading's line may be.
  bool NamesKnownColumns(const std::vector<PlanLine>& lines, size_t at, size_t k) const;
  // True when `line` starts with a reference, or in `numbered` rows is a
  // bare number that does not close its page (a page number), or starts
  // with one before a capital (RowNumber).
  bool StartsRow(const std::vector<PlanLine>& lines, size_t at, bool numbered) const;
  // The bare number that `text` is, or starts with before a capitalised
  // word ("3 Partners share ..." as pdftotext -raw runs a row's number
  // into its first cell); -1 when none.
  static int RowNumber(const std::string& text);
  // True when references stand one under another, each alone on its line,
  // right under `lines[at]` (past section headings): the block of a column
  // whose cells come one column after another, under no header of rows.
  bool RefBlockFollows(const std::vector<PlanLine>& lines, size_t at) const;
  // True when a row that starts with a reference follows one of the lines
  // a header starting at `at` may fill.
  bool RowsOfRefsFollow(const std::vector<PlanLine>& lines, size_t at) const;
  // True when the line after `lines[at]`, past any section headings (with
  // the lines their titles wrap onto: TitleEnd) and any lines of the
  // table's `headings`, starts a row (StartsRow).
  bool RefFollows(const std::vector<PlanLine>& lines, size_t at, const std::vector<std::string>& headings = {},
                  bool numbered = false) const;
  // True when a row starts right after `lines[at]` (RefFollows): one led by
  // a reference, or by a bare number in rows numbered 1, 2, 3 (NumbersRows).
  bool RowFollows(const std::vector<PlanLine>& lines, size_t at) const;
  // The last line of the section heading `lines[at]`: the last of the
  // short lines, or lines going on in lower case, that its title wraps
  // onto when a row starts (StartsRow) right after them, as a theme merged
  // down a first column is written before its first row's reference; else
  // `at`.
  size_t TitleEnd(const std::vector<PlanLine>& lines, size_t at, bool numbered = false) const;
  // The line past a repeat of the header, whose lines' folded text joined
  // is `header_text`, that starts at `lines[at]`, wrapped anew as it may be
  // ("Lead & Completion" over "Date" again as "Lead &" over "Completion
  // Date"); `at` when none starts there.
  static size_t PastRepeat(const std::vector<PlanLine>& lines, size_t at, const std::string& header_text);
  // True when `text` is one of `headings`, or whole words of one ("measure
  // impact" of "How we will measure impact").
  static bool IsHeadingPart(const std::string& text, const std::vector<std::string>& headings);

 private:
  // Most words of a theme's title on its line.
  static constexpr size_t kMaxThemeWords = 10;
  // Fewest words of a first column's cell that StartsFirstCell tells from a name.
  static constexpr size_t kMinFirstCellWords = 4;
  // Most words of a group's name over a two-level header's names ("Review").
  static constexpr size_t kMaxGroupWords = 2;

  // The words [begin, end) of a header's words.
  struct WordRun {
    size_t begin;
    size_t end;
  };

  // True when `lines[k]`, a header's line, is a group's name alone on its
  // line: a short name that rules know neither by name nor by words, the
  // next line starting a name of its own. It may be the header's first:
  // pdftotext -raw writes the highest cell first, and a group's name
  // ("Plan") stands higher than the names merged down both rows.
  bool IsLoneGroup(const std::vector<PlanLine>& lines, size_t k) const;
  // The names `words` split into (SpacedHeaderSplitter::SplitWords), or
  // where they do not, those they split into without a `group`'s name
  // among them; `*split_words` is set to the words split.
  std::vector<std::string> SplitNames(const std::vector<std::string>& words,
                                      const SpacedHeaderSplitter::LineStarts& line_starts,
                                      const std::optional<WordRun>& group, bool ref_first,
                                      std::vector<std::string>* split_words) const;
  // `words` without the words of `run`, with `*starts` set to where lines
  // start (`line_starts`) among them.
  static std::vector<std::string> WithoutRun(const std::vector<std::string>& words,
                                             const SpacedHeaderSplitter::LineStarts& line_starts, WordRun run,
                                             SpacedHeaderSplitter::LineStarts* starts);

  // True when `lines[k]`, under a header that starts at `lines[at]` and
  // whose names were read, starts the first row's first cell (a theme
  // merged down its column: "Neglect is seen" over "and acted on"): with
  // the lines that go on with it in lower case, words of which rules know
  // no column, by name or by words, more than a name no rule knows has.
  bool StartsFirstCell(const std::vector<PlanLine>& lines, size_t at, size_t k) const;

  // The line of `line`'s page right under it; null when it is the page's last.
  static const TextLine* LineBelow(const PlanLine& line);
  // True when `line` and the line right under it, going on in lower case,
  // make a column's name that rules know ("Q3" over "position").
  bool NamesWithLineBelow(const PlanLine& line) const;
  // True when `line` holds the letters of a reference whose number the
  // line right under it holds alone ("DA" over "1"), as a narrow first
  // column wraps it: a row starts there, no column's name.
  bool StartsCutRef(const PlanLine& line) const;
  // True when `lines[at]`, after another line on its page, may be the title
  // of a theme merged down a first column, written once above its first
  // row: one line of a few words, no sentence, reference or date.
  bool IsThemeTitle(const std::vector<PlanLine>& lines, size_t at) const;
  // True when the line after `lines[at]` is a theme's title (IsThemeTitle),
  // wrapped as it may be (TitleEnd), right over a row's first line: a theme
  // merged down the first column is written before its first row.
  bool ThemeThenRow(const std::vector<PlanLine>& lines, size_t at) const;
  // True when one of `names` is a value: a date, or an initial that starts
  // a person's name ("D." of "D. Lumb"). A line of labels and values
  // ("Lead: R Moss. Timescale: Feb-27.") splits into capitalised runs as a
  // header does, and so do a record's labels with their values a line
  // each, but no column is named by a date or a person.
  bool NamesValue(const std::vector<std::string>& names) const;
  // True when a line of the header that starts at `lines[at]`, after it,
  // holds two known names ("Who Due"), goes on with a name wrapped in lower
  // case, or is a group's name alone over a line of names: a header wrapped
  // over lines, not one flattened to a name a line.
  bool WrapsNames(const std::vector<PlanLine>& lines, size_t at) const;
  // Puts the names of a two-level header's second row, which the last line
  // `lines[last_at]` of the header from `lines[at]` holds and which end
  // `names`, in the place of the one name over them that tells no column ("Plan" over "Desired outcome Key
  // tasks"). A last line right after the end of a heading wrapped from a
  // line of several names holds no second row: pdftotext -raw writes the
  // first lines of the cells after a cell that wraps right after its lines
  // ("Why Date for" / "completion" / "Update Measure"). With `ref_first` the header stands right over a reference.
  void PlaceGroupedNames(const std::vector<PlanLine>& lines, size_t at, size_t last_at, bool ref_first,
                         std::vector<std::string>* names) const;
  // Puts the names of a two-level header's second row, which end `names`
  // but wrap over lines of their own, in the place of the one name over
  // them, found as a name of a column that one of them names again
  // ("Responsibility" over "Responsible person(s)" and "Expected by",
  // written "Responsibility", "Progress made", then those two), or as a
  // name of a lead and a date over a lead and a date.
  void PlaceRepeatedGroup(std::vector<std::string>* names) const;
  // Which of a two-level header's `first` row of names stands over its
  // `second` row: the one name of a lead and date over a lead and a date,
  // else the one name past the first `skip` that tells no column, the
  // first such being the action's where no name of either row tells one,
  // or of several the one among `lone_names` (the header's lines, folded),
  // never the header's first name unless alone on its line;
  // else, over a lead and a date, the one name that tells a lead where none
  // tells a date; nothing when none or several do.
  std::optional<size_t> GroupOver(const std::vector<std::string>& first, const std::vector<std::string>& second,
                                  size_t skip, const std::set<std::string>& lone_names) const;

  // The names of a header line of `words` whose runs from one capital to
  // the next each tell a column of their own by their words, an action's
  // among them ("Workplan activity Who will lead? Target month Status at
  // review"); empty when they do not.
  std::vector<std::string> NamedByWords(const std::vector<std::string>& words) const;

  const RecoveryRules& rules_;
  SpacedHeaderSplitter splitter_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_WRAPPED_HEADER_READER_H_
