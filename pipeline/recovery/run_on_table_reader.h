// RunOnTableReader: reads a table that a converter ran into one paragraph:
// the column names inline, then each row's reference and cells, section
// headings, repeated column names, page numbers and running headers mixed
// in ("... Ref Action Lead When 3.1 Audit the rota T Okonjo May 2026 3.2
// ... 2 Fenland Harbour Plan 2026 3.3 ..."). Rows start at references
// (the first column holds them whatever its name), or, in a table without
// references, after each row's date; the words of a row are cut into cells
// by CellGrouper.
#ifndef PLANROWS_PIPELINE_RECOVERY_RUN_ON_TABLE_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_RUN_ON_TABLE_READER_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/recovery/run_on_furniture.h"
#include "pipeline/recovery/run_on_header_finder.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RunOnTableReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit RunOnTableReader(const RecoveryRules& rules)
      : rules_(rules), cell_fit_(rules), classifier_(rules), header_finder_(rules), furniture_(rules) {}

  // Reads the table run into the paragraph that starts at `lines[at]` into
  // `table`; false when the paragraph holds no such table. A table whose
  // rows cannot be told apart is read as no rows and a warning.
  bool Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;

 private:
  using Token = RunOnToken;
  using Header = RunOnHeaderFinder::Header;
  // The tokens [begin, end) of a paragraph's body that make one row, or a
  // section heading between rows.
  struct RowSpan {
    size_t begin = 0;
    size_t end = 0;
    bool heading = false;
  };

  // Most words one cell of a run-on row may take.
  static constexpr size_t kMaxCellWords = 80;
  // What a bullet glyph of any kind is read as.
  static constexpr const char* kBullet = "\u2022";

  // The columns that the header's `names` tell, as CellGrouper tells them:
  // a role told only by words where another name tells it outright is
  // left unnamed, an aim beside named dates is prose.
  std::vector<std::optional<Column>> ColumnsOf(const std::vector<std::string>& names) const;
  // True when `text` is a number of one or two digits, as rows numbered
  // under each heading have.
  static bool IsPlainNumber(const std::string& text);
  // The words of the paragraph from `lines[at]` to the next blank line,
  // non-text line or appendix heading ("Appendix A - Glossary", which a
  // page break may set right after the table), across page breaks; `*end`
  // is set past it. None when a line of it sets columns apart with runs of
  // spaces.
  std::vector<Token> Paragraph(const std::vector<PlanLine>& lines, size_t at, size_t* end) const;
  // Appends the words of `line` to `tokens`, each bullet a word "•".
  static void AppendWords(const PlanLine& line, std::vector<Token>* tokens);
  // Makes each reference of `tokens` one token as a row's reference reads:
  // joins one printed with a space ("EH 2"), and drops the colon printed
  // after one ("GV1: Develop the register").
  void TidyRefs(std::vector<Token>* tokens) const;
  // How many of `tokens` from `at`, at most `most`, make the longest run
  // that `is` accepts; 0 when none.
  static size_t LongestAt(const std::vector<Token>& tokens, size_t at, size_t most,
                          const std::function<bool(const std::string&)>& is);
  // True when rows of `columns` without references end at their dates:
  // only a status may follow the dates.
  static bool EndsAtDates(const std::vector<std::optional<Column>>& columns);
  // Where the rows of a table without references start in `body`: after
  // each date (and the status after it, where a progress column follows the
  // date column), at a capitalised word; where other columns follow the
  // dates, where NextRowAt cuts the words up to the next date.
  std::vector<bool> RowStartsAfterDates(const std::vector<Token>& body,
                                        const std::vector<std::optional<Column>>& columns,
                                        const std::vector<Token>& header_words) const;
  // Where the next row starts among `body` [from, to), the words between
  // a row's date and the next row's: the columns after the date take the
  // first, the columns before it the rest, as CellGrouper cuts them best;
  // `to` where the next row takes none, or the header `header_words` is
  // printed again among them (it ends the row itself).
  size_t NextRowAt(const std::vector<Token>& body, size_t from, size_t to,
                   const std::vector<std::optional<Column>>& columns, const std::vector<Token>& header_words) const;
  // True when the date of `length` words at `body[at]` is a list item's or
  // a sentence's ("• Draft by April 2017"), as milestones are: no date cell.
  bool InText(const std::vector<Token>& body, size_t at, size_t length) const;
  // Length of the section heading that ends right before `tokens[end]`; 0 if none.
  size_t SectionBefore(const std::vector<Token>& tokens, size_t end) const;
  // Length of the section heading that starts at `tokens[at]`, its label
  // and number then a title in sentence case ("Priority 1 - Children out of
  // sight"); 0 if none.
  size_t SectionAt(const std::vector<Token>& tokens, size_t at) const;
  // `header_words`, found at `tokens[begin]`, with the words before them
  // that come again before each of their repeats in `body` (the name of a
  // column of section titles that no rule knows, "Priority area"): the
  // header's too, so that each repeat is left out whole.
  static std::vector<Token> WithRepeatedLeadIn(const std::vector<Token>& body, std::vector<Token> header_words,
                                               const std::vector<Token>& tokens, size_t begin);
  // True when `text` is a reference in the style of `first`.
  bool IsRefLike(const std::string& text, const std::string& first) const;
  // True when `text` starts the next row of a table whose first reference
  // is `first`: a reference like it, or, where rows are plain numbers, the
  // `*next_number`, which it then moves on.
  bool StartsRow(const std::string& text, const std::string& first, int* next_number) const;
  // The words of `tokens` [begin, end) joined by spaces.
  static std::string Text(const std::vector<Token>& tokens, size_t begin, size_t end);
  // True when the `header` found among `tokens` stands on lines of its own,
  // as over a table written a cell a line, which is no run-on paragraph; or
  // ends its line with the rows' references starting lines under it (its
  // first line may hold the end of a name wrapped from above: "no.").
  bool OnLinesOfItsOwn(const std::vector<Token>& tokens, const Header& header) const;
  // True when the header found among `tokens` [begin, end) has lines
  // between its first and its last, each of a few words ("Ownership",
  // "How we will"): a header written a heading or a wrapped line of one a
  // line, as over a table of a cell a line, not a paragraph's run-on words.
  static bool ShortLinesInside(const std::vector<Token>& tokens, size_t begin, size_t end);
  // Puts each bullet written right before a reference like `first_ref` in
  // `body` after it: a converter that writes a list cell's first bullet
  // before the row's reference cell ("• 1.2 Audit ... • Train ...") leaves
  // it to the row above, and the action's items are read apart.
  void PutBulletsAfterRefs(const std::string& first_ref, std::vector<Token>* body) const;
  // True when `column` is of a kind a converter writes again in each row
  // of a cell merged over rows: an outcome, or a column no rule names or
  // none tells (extra), not an action or a lead.
  static bool IsRepeatedKind(const std::optional<Column>& column);
  // True when most rows of `spans`, two or more, start with a first cell
  // their neighbours repeat (`repeated`, by RepeatedFirstCell::Lengths).
  static bool MostRowsRepeat(const std::vector<size_t>& repeated, const std::vector<RowSpan>& spans);
  // True when enough rows of `spans` in `body`, read with `columns`, open
  // with words no action starts with and hold an action's start further on
  // ("Children are heard Review the ..."): an outcome before the action.
  bool OutcomesOpenRows(const std::vector<Token>& body, const std::vector<RowSpan>& spans,
                        const std::vector<std::optional<Column>>& columns) const;
  // True when most references like `tokens[first_ref]`, from it on, start
  // a line, as the rows of a table written a cell a line do.
  bool RowsStartLines(const std::vector<Token>& tokens, size_t first_ref) const;
  // Length of the section's title that starts at `tokens[at]`, right
  // under a header over a first column of titles: the words before the
  // next reference like `first_ref`, or where `first_ref` is empty, those
  // of a title in sentence case, two or more, up to the next capital or
  // bullet; 0 if none.
  size_t TitleAt(const std::vector<Token>& tokens, size_t at, const std::string& first_ref) const;
  // The rows and section headings of `body`, the words after the first
  // header `header_words`: rows start at references like `first_ref`
  // (plain numbers from `next_number` on), or, where `first_ref` is empty,
  // where `after_date` says; the header repeated ends a row. Where
  // `titled`, a section's title stands between each header and its rows.
  std::vector<RowSpan> RowSpans(const std::vector<Token>& body, const std::vector<Token>& header_words,
                                const std::string& first_ref, int next_number,
                                const std::vector<bool>& after_date, bool titled) const;
  // Where the cells after the reference start in the row that starts at
  // `tokens[begin]`: past its reference, where `columns` have a column for it.
  size_t CellsBegin(const std::vector<Token>& tokens, size_t begin,
                    const std::vector<std::optional<Column>>& columns) const;
  // Where the row `span` of `body`, which starts at its reference, ends
  // when the next row's outcome follows its cells, as the header's
  // `named` columns, an outcome's first, tell: the outcome's first word;
  // `span.end` when none follows.
  size_t OutcomeTailAt(const std::vector<Token>& body, const RowSpan& span,
                       const std::vector<std::optional<Column>>& named) const;
  // Where the header's `named` columns start with an outcome's and rows
  // mostly end with the next row's outcome, moves each row's start in
  // `spans` back to its outcome, the title under a header included; false,
  // `spans` as they were, otherwise.
  bool CutOutcomesBeforeRefs(const std::vector<Token>& body, const std::vector<std::optional<Column>>& named,
                             std::vector<RowSpan>* spans) const;
  // The words of one row cut by CellGrouper into cells of `columns`, in
  // that order; none when the words fit no such row.
  std::optional<GroupedRow> OneRow(const std::vector<std::optional<Column>>& columns,
                                   const std::vector<std::string>& words) const;
  // Cuts the tokens [begin, end) of one row into cells of `columns`, the
  // first `repeated` words after the reference, which the rows around
  // repeat (RepeatedFirstCell), one cell where its column is one a
  // converter repeats.
  std::vector<std::string> RowCells(const std::vector<Token>& tokens, size_t begin, size_t end,
                                    const std::vector<std::optional<Column>>& columns, size_t repeated) const;

  const RecoveryRules& rules_;
  CellFit cell_fit_;
  CellClassifier classifier_;
  RunOnHeaderFinder header_finder_;
  RunOnFurniture furniture_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RUN_ON_TABLE_READER_H_
