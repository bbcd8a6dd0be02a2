// LinePerCellReader: reads a table that a converter wrote one cell per line,
// or one wrapped line of a cell per line (pdftotext -raw), row after row
// with no separator, under a header whose column names stand on one line
// with single spaces between them, or wrapped over a few short lines:
//
//   Ref Action Lead By when Progress
//   2.1
//   Run two audits of
//   missing-episode records
//   Head of Quality
//   June 2025
//   On track
//
// The header is read by WrappedHeaderReader (or here, when written a name
// a paragraph; or by TwoNameHeader, two names over actions and leads); the
// lines are cut into cells and rows by CellGrouper. A section heading with
// rows after it stays inside the table.
#ifndef PLANROWS_PIPELINE_RECOVERY_LINE_PER_CELL_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_LINE_PER_CELL_READER_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/header_content_check.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/recovery/ref_run_lines.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/wrapped_date.h"
#include "pipeline/recovery/wrapped_header_reader.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class LinePerCellReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit LinePerCellReader(const RecoveryRules& rules);

  // Reads the table whose header starts at `lines[at]` into `table`; false
  // when no such table starts there, or its columns belie their names.
  bool Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;

 private:
  // Read, but for the check of the columns' cells against their names;
  // with `group_first`, as WrappedHeaderReader::Read reads a header; with
  // `placed`, that header's names put so (WrappedHeaderReader::GroupPlacings).
  bool ReadTable(const std::vector<PlanLine>& lines, size_t at, bool group_first, RebuiltTable* table,
                 const std::vector<std::string>* placed = nullptr) const;
  // Reads `table`, read from the header at `lines[at]`, anew with the
  // header's names put as a two-level header's group may stand over them
  // (WrappedHeaderReader::GroupPlacings), where the cells then agree
  // clearly better with their columns (HeaderContentCheck::Agreement).
  void PlaceGroup(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;
  // How many filled cells of `table` are of the kind their column's role
  // tells by form (KindHeldBy): references, dates, leads and statuses.
  size_t CellsToldByForm(const RebuiltTable& table) const;

  // Fewest words of a first prose cell before ProseStartAtEnd parts a second.
  static constexpr size_t kMinFirstProseWords = 4;
  // How much more of a table's cells must agree with their columns for
  // another placing of a group's names to be taken.
  static constexpr double kMinBetterAgreement = 0.05;
  // How much better a reading that puts the references in a column of
  // their own must agree with its columns than one that puts them in the
  // first named column.
  static constexpr double kMinBetterRefAgreement = 0.02;

  // Most paragraphs of a first row's cells that pdftotext may write between a
  // header and that row's reference (short cells it reads first).
  static constexpr size_t kMaxCellsBeforeFirstRef = 4;

  // A piece of text for CellGrouper, the line it comes from, and whether
  // it surely starts a cell (a lead parted from the end of a line of prose).
  struct Piece {
    std::string text;
    const PlanLine* line;
    bool starts_cell = false;
  };
  // How a table's cells are written: its columns, and whether each cell
  // is a paragraph of its own (pdftotext on a ruled table), or a line of
  // its own (every row as many lines as the header has names), rather
  // than a line or a few.
  struct Layout {
    std::vector<std::optional<Column>> columns;
    bool has_ref_column = false;
    bool has_lead_column = false;
    bool lead_before_action = false;  // The lead's column stands before the action's.
    bool lead_before_prose = false;  // The lead's column stands right after a date's, right before one of prose.
    bool status_before_lead = false;  // The progress column stands right before the lead's.
    bool paragraphs = false;
    bool line_per_cell = false;
    bool numbered = false;  // Rows numbered 1, 2, 3 under a reference heading.
    bool fixed_width = false;  // Every row a line a column, cut around its reference (FixedWidthRows).
    bool counted = false;  // Every row a line a column, no references: rows cut by counting lines.
    // The first column is narrower than a word: its heading broke inside one
    // ("Ac" over "tio" over "n"), and so do its references ("YV" over "1").
    bool first_breaks_words = false;
    std::vector<std::string> header_names;  // The header's names as read.
  };

  // The names of a header written a name a paragraph from `lines[at]`,
  // `*end` set past them; with `past_cells`, also its later names read past
  // the first row's tall cells, the names then ending at the first cell,
  // and none unless a name comes past a cell.
  std::vector<std::string> ReadParagraphNames(const std::vector<PlanLine>& lines, size_t at, bool past_cells,
                                              size_t* end) const;
  // The names of columns the rules know by their full names that all of
  // `text` splits into, two or more ("Code Planned work"); empty otherwise.
  std::vector<std::string> KnownNamesOf(const std::string& text) const;
  // The column names of a header written a name a paragraph, the
  // paragraphs set apart by blank lines, starting at `lines[at]`; `*end`
  // is set past its last line. Empty when no such header starts there.
  std::vector<std::string> ReadParagraphHeader(const std::vector<PlanLine>& lines, size_t at, size_t* end) const;
  // Moves the first names of a paragraph header's `names`, known names of
  // no row key (reference, action, outcome), last, after the first name of
  // a row key and those past it.
  void MoveNamesBeforeRowKeyLast(std::vector<std::string>* names) const;
  // True when a line of `lines` from `from` up to `to` starts with a reference.
  bool HoldsRefLine(const std::vector<PlanLine>& lines, size_t from, size_t to) const;
  // True when the words of `name`, a paragraph past a first row's cell,
  // name a column that none of the header's `names` so far names: a short
  // cell of that row ("Safeguarding Lead") may hold a column's words, but
  // hardly those of a column the header has yet to name.
  bool NamesNewColumn(const std::vector<std::string>& names, const std::string& name) const;
  // The pieces of the table's `lines`, as its `layout` writes them: a
  // paragraph a piece, but for a date at its start; or a line a piece,
  // except that a reference in front of a line's text (when the table has
  // a reference column) and a date inside it are pieces of their own, and
  // a date cut by a line end ("J Rees March" over "2025") is put back
  // together; each blank line is then an empty piece, but no row is all
  // empty cells, nor the blank lines before a line of `placed`, a cell put
  // after its reference (RefRunLines). Where rows are `counted`, the blank
  // lines before a page's footer, but the one that sets it apart, are
  // empty cells of the page's last row.
  std::vector<Piece> Pieces(const std::vector<const PlanLine*>& lines, const Layout& layout,
                            const std::set<const PlanLine*>& placed = {}) const;

  // How many blank lines but one stand before the line after `last`, a
  // page's last line of the table, on its page (a footer, left out); 0
  // when none follows it there.
  static size_t BlanksBeforeFooter(const PlanLine& last);
  // `text` cut before and after a date inside it, and after a status
  // right after the date ("By end of Q3 R Take-up reported" gives three
  // parts) or, where `progress_last` (the last column is the progress
  // one), before one that ends the line after the date ("Q2 2019/20
  // Officer time Green" gives three), or after a status of words or a share done that starts it
  // ("95% done Case file audit" gives two; a lone word only before a
  // sentence, "Red Case file audit"), or before a status that ends
  // a lead ("R Okafor Amber"), as pdftotext -raw runs the cells of a row
  // into one line.
  std::vector<std::string> SplitAtDate(const std::string& text, bool progress_last = false) const;
  // True when `word` is an article ("the", "a", "an"), which ends no cell.
  static bool IsArticle(const std::string& word);
  // True when the last word of `text` is an article in lower case: its cell goes on.
  static bool EndsOnArticle(const std::string& text);
  // Takes off the start of `text`, a paragraph's first line, a date with
  // digits that pdftotext ran the next cell's first line onto ("31/05/2015
  // Quarterly dataset shows an"), and returns it; "" when `text` starts
  // with no date before a capitalised word.
  std::string DateAtStart(std::string* text) const;
  // The end of the longest status that starts at `words[begin]` ("95%
  // done", "On track"); `begin` when none does.
  size_t StatusEnd(const std::vector<std::string>& words, size_t begin) const;
  // `words`, a line read whole as a date, cut before a status that ends it
  // ("Sep-17" and "Ongoing"), a cell pdftotext -raw ran onto the date's line;
  // nothing when it ends on no status after a date (CellFit::IsStatusAfterDate)
  // of more than a letter (IsTellingStatus).
  std::vector<std::string> SplitStatusAfterDate(const std::vector<std::string>& words) const;
  // True when `status` tells a progress cell apart where it ends a line:
  // more than a letter, and capitalised or holding a figure ("Amber", "50%").
  static bool IsTellingStatus(const std::string& status);
  // True when `words` read as a lead's name alone, as a line's words before
  // a status run onto it ("R Okafor", "Lead Nurse for Looked After Children").
  bool IsNameOnly(const std::vector<std::string>& words) const;
  // Where the longest status that ends `words` after other words starts
  // ("Amber" of "R Okafor Amber"); 0 when none does.
  size_t StatusStartAtEnd(const std::vector<std::string>& words) const;
  // True when the columns of `layout` right after its references are the
  // action and another of prose (an outcome, a measure, one no rule names),
  // in either order: two prose cells side by side.
  static bool TwoProseCellsFirst(const Layout& layout);
  // Takes off the end of `text`, a row's first line in a table whose first
  // cells are two of prose (TwoProseCellsFirst), the first words of the
  // second that pdftotext -raw ran onto the first's single line ("... from
  // families Front-line staff can say what changed"), and returns them; ""
  // when no sentence opens after a few words that end in lower case.
  std::string ProseStartAtEnd(std::string* text) const;
  // Takes off the end of `text` a status letter ("Jagger G", "Forum A")
  // that ends a row's last line, the line after it, `next` (nullptr at the
  // end), starting a row of `layout` (by a reference, in numbered rows a
  // bare number, or where no column holds references an action's verb),
  // and returns it; "" when `text` ends on no such letter.
  std::string StatusLetterAtEnd(std::string* text, const PlanLine* next, const Layout& layout) const;
  // Takes off the end of `text`, a line of prose, the lead that
  // pdftotext -raw ran onto it, the lead cell's first line beside the
  // prose cell's last ("... in each locality R Okafor and Early"), and
  // returns it; "" when `text` ends on no such lead.
  std::string LeadAtEnd(std::string* text) const;
  // The cell that pdftotext -raw ran a lead's first line before, where the
  // lead's column stands before that cell's.
  enum class NextCell {
    kAction,  // An action, opening on its verb: "Named GP Review the ...", a line's first cell.
    kProse,   // Prose opening a sentence, right after a row's date: "H Jarvis-Lowe Evaluation report".
  };
  // Takes off the start of `text` the lead that pdftotext -raw ran before
  // the first line of the `next` cell, and returns it; "" when the words
  // before the first place that cell may open (OpensCell) are no lead's
  // cell, or the prose after them reads as no prose.
  std::string LeadBefore(NextCell next, std::string* text) const;
  // True when the `next` cell may open at `words[at]`, the words of `text`,
  // where it stands in `text` past byte `from`: on an action's verb, or on
  // a capital before a word in lower case.
  bool OpensCell(NextCell next, const std::vector<std::string>& words, size_t at, const std::string& text,
                 size_t from) const;
  // Takes off the start of `text`, a lead's first line where the progress
  // column stands right before the lead's, the status that pdftotext -raw
  // ran before it ("Green K Lindqvist/Health", "Amber T Delacroix/Named
  // GP"), and returns it; "" when the rest is no name alone (IsNameOnly).
  std::string StatusBeforeLead(std::string* text) const;
  // True when `lead`, parted from a line of prose by LeadAtEnd, surely
  // starts a lead's cell, which no cell before it then runs into: a name's
  // words, capitalised but for those that join its parts, ending on one of
  // them ("Forum and WCSB"); not a new sentence ("The Business"), nor words
  // of prose ("Partners will").
  bool StartsLeadCell(const std::string& lead) const;
  // True when `words[at]` ends a body's or post's name right after an
  // article ("the Board", "the Executive"): prose may end there, on a name
  // whole in one word, before a lead run onto its line.
  bool EndsOnNamedBody(const std::vector<std::string>& words, size_t at) const;
  // True when `line` goes on with the date that `above`, a piece's text,
  // begins or is ("By end of" over "Q2"), as WrappedDate joins them.
  bool EndsWrappedDate(const PlanLine& line, std::string above) const;
  // True when `line` is the number of a reference whose letters end
  // `above`, a line of them alone ("GV" over "1"), as a narrow column wraps
  // a reference, or of one cut after its dot ("P1." over "1"); `*ref` is
  // then set to the whole reference: "P1.1", and "GV 1", cut at its space,
  // or "GV1" where the column `breaks_words`.
  bool JoinsCutRef(const std::string& above, const PlanLine& line, bool breaks_words, std::string* ref) const;
  // True when the header from `lines[at]` to `lines[body]` opens with a word
  // broken over lines ("Ac" over "tio"): its first column is narrower than a word.
  bool FirstHeadingBreaksWord(const std::vector<PlanLine>& lines, size_t at, size_t body) const;
  // When `line` is a date, or the end of one in lower case, whose first
  // words end `above` ("J Rees March" over "2025", "J Rees By end" over "of
  // Q3"), takes them off `above` and sets `*date` to the whole date; a
  // start in lower case ("Sign-off by" over "June 2026") stays above.
  bool JoinCutDate(const std::string& line, Piece* above, std::string* date) const;

  // True when a row starts after `lines[heading_end]`, the last line of a
  // section heading inside the table (RefFollows), or, where the table's
  // `layout` puts cells before the reference (an outcome's), a few lines
  // after it: the row's cells before its reference come first.
  bool RowFollowsHeading(const std::vector<PlanLine>& lines, size_t heading_end,
                         const std::vector<std::string>& headings, const Layout& layout) const;
  // True when the words of `text` are all words of the header's `headings`.
  static bool HoldsHeaderWordsOnly(const std::string& text, const std::vector<std::string>& headings);
  // Most lines a cell in front of a row's reference wraps over.
  static constexpr size_t kMaxLinesOfCellBeforeRef = 3;
  // True when the first of a paragraph header's `names` is that of a
  // column of references.
  bool NamesRefFirst(const std::vector<std::string>& names) const;
  // True when the first row under the header line `lines[at]`, past any
  // section headings or cells in front of its reference (a theme's), has a
  // line that holds its reference alone (in `numbered` rows, a bare number).
  bool RefStandsAlone(const std::vector<PlanLine>& lines, size_t at, bool numbered) const;
  // True when a header written a name a paragraph starts at `lines[at]`
  // with the names of `headings` in another order: pdftotext writes a
  // header's names in the order it meets them, which may differ from one
  // section to the next, and the cells under it follow that order.
  bool NamesAnewInOtherOrder(const std::vector<PlanLine>& lines, size_t at,
                             const std::vector<std::string>& headings) const;
  // True when `name`, a header's first, names what a row is keyed by: its
  // reference, action or outcome, as the first column of a table does.
  static bool NamesRowKey(const ColumnName& name);
  // True when a paragraph a few paragraphs after `lines[at]`, on its page,
  // starts a row (StartsRow; in `numbered` rows, a bare number does):
  // pdftotext may write the short cells of a ruled table's first row
  // ("Feb-17", "R") before that row's reference, or up to all its
  // `row_cells` other cells before its section's heading.
  bool RowStartsSoonAfter(const std::vector<PlanLine>& lines, size_t at, size_t row_cells, bool numbered) const;
  // True when paragraphs of a reference alone follow `lines[at]` on its
  // page: pdftotext may write many of an unruled table's cells before the
  // first row's reference.
  bool RefParagraphsOnPage(const std::vector<PlanLine>& lines, size_t at) const;
  // Takes out of `pieces` those that are one of `headings`, or words of
  // one: pdftotext
  // repeats a header on a new page a name a paragraph, among the cells and
  // wrapped anew ("How we will" over "measure impact").
  static void DropHeadings(const std::vector<std::string>& headings, std::vector<Piece>* pieces);
  // Gives the table, whose header ends right above `lines[body]`, a
  // reference column where rows that each take a line a column (blank
  // lines too) read best (FixedWidthRows), its `layout` then cut so; false,
  // changing nothing, when the rows do not each take a line a column of
  // the header, with or without one for the references.
  bool PlaceRefColumn(const std::vector<PlanLine>& lines, size_t body, Layout* layout, RebuiltTable* table) const;
  // Reads the rows of the table whose header, read into `layout`, runs
  // from `lines[at]` to `lines[body]` into `table`; false when it has none.
  bool ReadBody(const std::vector<PlanLine>& lines, size_t at, size_t body, Layout layout,
                RebuiltTable* table) const;
  // The rows of `run` in a table without references whose `layout` writes
  // a cell a line, cut by counting its lines, blank ones too, as
  // FixedWidthRows::GroupCounted does, `*pieces` set to the pieces they
  // index; nothing when they do not cut so, or the layout is another.
  std::optional<std::vector<GroupedRow>> CountedRows(const std::vector<const PlanLine*>& run, const Layout& layout,
                                                     std::vector<Piece>* pieces) const;
  // The title of a theme merged down a first column and written once above
  // its first row ("Children with" over "disabilities are safeguarded"),
  // when `row`, grouped in a table of `layout` with a column of references,
  // is one: one cell of a few words, no sentence, no reference, and `next`
  // has one; nullptr otherwise.
  const std::string* ThemeTitle(const GroupedRow& row, const GroupedRow* next, const Layout& layout) const;
  // True when `lines[at]`, right under a header that a page repeats, starts
  // the title of a theme merged down a column before the references, the
  // short lines up to a row's start a few words of prose: it heads the
  // rows after it, as one above the first row does (ThemeTitle), and ends
  // the row before, which it would otherwise go on.
  bool ThemeUnderRepeat(const std::vector<PlanLine>& lines, size_t at, const Layout& layout) const;
  // Per piece of `pieces`, cut from the lines of `run`, whether it goes on
  // the row of the piece before (CellGrouper::Group): pdftotext -raw writes
  // a row's cells side by side, so that text run onto a line of another
  // cell is of that cell's row. None does where the lines run on to one
  // width, a paragraph that wraps rows into each other (FlowedToOneWidth).
  static std::vector<bool> RowGoesOn(const std::vector<const PlanLine*>& run, const std::vector<Piece>& pieces);
  // True when most lines of `run` but its last run to within a few
  // characters of the widest, as the lines of a paragraph do: a table's
  // text flowed into one, its rows run into each other mid-line.
  static bool FlowedToOneWidth(const std::vector<const PlanLine*>& run);
  // Cuts the lines of `run` into rows of the table's `layout` and adds them to `table`.
  void GroupRun(const std::vector<const PlanLine*>& run, const Layout& layout, RebuiltTable* table) const;

  const RecoveryRules& rules_;
  SpacedHeaderSplitter splitter_;
  WrappedHeaderReader header_reader_;
  CellFit cell_fit_;
  CellClassifier classifier_;
  WrappedDate wrapped_date_;
  HeaderContentCheck content_check_;
  RefRunLines ref_run_lines_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_LINE_PER_CELL_READER_H_
