// ColumnBlockReader: reads a table that a converter wrote column by column
// (plain pdftotext often does): on each page, each column's heading
// (wrapped over a few lines), then that column's cells for the page's rows,
// one wrapped line a line, then the next column's heading and cells:
//
//   Ref              <- heading
//   5.1              <- the page's refs
//   5.2
//   Action           <- heading
//   Agree a protocol for
//   sharing school rolls
//   Run a summer audit
//   Lead
//   ...
//
// The page's rows are as many as its references (or as the cells of its
// action block, or as the lines of a block of dates or statuses, a cell a
// line); CellGrouper cuts each block into the cells it reads as best, by
// what its lines say and where they wrapped. A block that reads
// as fewer cells than rows cannot say which rows its cells belong to (the
// converter dropped the empty ones): they go where they are most likely
// right (CellPlacement), or, with half the rows short or more, are left
// out, a warning saying so; but for an outcome merged over all the page's
// rows.
#ifndef PLANROWS_PIPELINE_RECOVERY_COLUMN_BLOCK_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_COLUMN_BLOCK_READER_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/column_heading_reader.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/recovery/repeated_headings.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class ColumnBlockReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit ColumnBlockReader(const RecoveryRules& rules)
      : rules_(rules), cell_fit_(rules), classifier_(rules), repeated_(rules), headings_(rules) {}

  // Reads the table whose first column heading starts at `lines[at]` into
  // `table`; false when no such table starts there.
  bool Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;

  // The number of lines of the first heading of a table whose headings, no
  // rule knowing them, start at `lines[at]` and repeat on each of its pages
  // (RepeatedHeadings); 0 when none does.
  size_t RepeatedHeadingLinesAt(const std::vector<PlanLine>& lines, size_t at) const;

 private:
  // Fewest columns that make a table.
  static constexpr size_t kMinColumns = 3;
  // One column's block on one page: its heading and its cell lines.
  struct Block {
    std::string heading;
    std::vector<const PlanLine*> lines;
    size_t wrap_width = 0;  // The width the table wraps its column to, where its pages show it (ColumnWrapWidth).
    std::vector<const PlanLine*> heading_lines;  // The lines the heading was read from.
  };
  // One page of the table: the section heading above it, if any, and its blocks.
  struct Page {
    const PlanLine* section = nullptr;
    std::vector<Block> blocks;
  };

  // The block of references from `lines[at]` that a ref column with a
  // blank heading prints above the page's first heading: the ref lines
  // there, none when `lines[at]` is no ref.
  Block ReadHeadlessRefs(const std::vector<PlanLine>& lines, size_t at) const;
  // The blocks of one page from `lines[at]`: with `expected`, the headings
  // of the first page in order (a blank one first for headless refs);
  // `*end` is set past the last block.
  std::vector<Block> ReadPage(const std::vector<PlanLine>& lines, size_t at,
                              const std::vector<std::string>* expected, size_t* end) const;
  // True when `lines[at]`, inside a page's blocks, is a section heading
  // after a blank line with a column's heading under it ("Priority 1: ..."
  // over "Ref", or over refs under a blank heading): it heads a table of
  // its own, or the next rows under the same headings, and the blocks
  // above end there.
  bool HeadsTableBelow(const std::vector<PlanLine>& lines, size_t at) const;
  // Puts back among the leads above it each heading of `blocks`, one
  // page's, that the rules know only by its words, over no cells, that
  // reads as a lead, where a later heading of the page names its column
  // too: a page heads each column once, so it was a lead's line ("Performance
  // Group, Independent Chair", above "How will we know?").
  void TakeBackCellHeadings(std::vector<Block>* blocks) const;
  // Adds the rows of one page's `blocks` to `table`.
  void AddRows(const std::vector<Block>& blocks, RebuiltTable* table) const;
  // The number of rows on a page of `blocks` of `columns`: the page's
  // references, or the most cells a block reads as.
  size_t CountRows(const std::vector<Block>& blocks, const std::vector<std::optional<Column>>& columns) const;
  // The kind of column `block` is cut as: `column`, or for a column no rule
  // names, an action's when it holds prose, else a lead's.
  std::optional<Column> KindOf(const Block& block, std::optional<Column> column) const;
  // The cells `block`, of a column of kind `column`, reads as best.
  std::vector<std::string> ReadCells(const Block& block, std::optional<Column> column) const;
  // The cells of `block`, of a column of kind `column`, one per row of
  // `rows` from the first (fewer for a cell merged over the rows), "" for
  // a row the block most likely has no cell for; empty when which rows
  // they belong to cannot be told.
  std::vector<std::string> Cells(const Block& block, std::optional<Column> column, size_t rows) const;
  // The lines of `block`, of a column of kind `column`, that start with a
  // reference, a bullet perhaps before it ("pf2 Embed the ...", "- pf3 Test
  // ..."): the starts of its cells, where actions hold their refs. Empty
  // unless it may be a column of actions and its first line does and
  // another too.
  std::vector<size_t> ActionRefStarts(const Block& block, std::optional<Column> column) const;
  // A grouper of the lines of `block`, read as a block of `column`; a
  // cell of it may take `longest` lines where more than CellGrouper's most.
  CellGrouper Grouper(const Block& block, std::optional<Column> column, size_t longest = 0) const;
  // The most lines of a bulleted list in `block`: its bullets' lines and
  // those that go on from them in lower case. A narrow column wraps a list
  // of a few items over more lines than a cell of prose takes, and a list
  // is one cell however long.
  size_t LongestList(const Block& block) const;
  // Sets the wrap width of each block of `pages` to its column's over them all.
  static void SetWrapWidths(std::vector<Page>* pages);
  // True when `block` opens with a section's label ("Objective A -"), on
  // its first line or wrapped over two: a column of themes, each section's
  // printed once over its rows, a cell.
  bool IsThemeBlock(const Block& block) const;
  // Takes out of `blocks` each theme printed over the page's references in
  // one block ("Priority 1 - Young carers" over "1.1." and "1.2."; in the
  // page's first block, a theme without a label too, whose references are
  // the rows'), the first column's theme over a reference column with a
  // blank heading: the theme heads the page's rows in `table` as their
  // section, the references stay the block's cells.
  void TakeThemes(std::vector<Block>* blocks, RebuiltTable* table) const;
  // True when every line of `block` is a date or a status: a cell a line.
  bool IsCellALineBlock(const Block& block) const;
  // The cells of such a block: its lines, a date wrapped over two joined.
  std::vector<std::string> CellALineTexts(const Block& block) const;
  // The number of cells of `block`, a lead-and-date column's, that end on
  // their date ("J Rees -" over "March 2027", "Ongoing"): lines that end on
  // one that goes on in none below.
  size_t DatedCells(const Block& block) const;
  // True when `line`, a bare number that would read as a page number, is
  // a ref of `block`, a block under a heading that names the ref column.
  bool IsBareNumberRef(const Block& block, const PlanLine& line) const;
  // True when a line of `block` visibly goes on from the line above it:
  // it starts in lower case or mid-phrase, or the line above ends on a
  // joining word ("first report in" over "January").
  static bool AnyLineGoesOn(const Block& block);
  // True when every line of `block` is a reference, whatever its heading.
  bool IsRefBlock(const Block& block) const;
  // The headings of a table that starts at `lines[at]` and whose first
  // heading, no rule knowing it, starts at `lines[first]` (past a block of
  // refs under a blank heading): the lines each of its pages repeats
  // (RepeatedHeadings), each heading's lines joined. Empty when none.
  std::vector<std::string> RepeatedHeadingsAt(const std::vector<PlanLine>& lines, size_t at, size_t first) const;
  // True when the `repeated` headings of a page hold a heading its `blocks`
  // lack, and every heading of the blocks but one at most.
  static bool Extends(const std::vector<std::string>& repeated, const std::vector<Block>& blocks);
  // True when the `repeated` headings of a page are its `blocks`' headings, in order.
  static bool Repeats(const std::vector<std::string>& repeated, const std::vector<Block>& blocks);
  // True when `blocks`, one page's, make a table: three or more, under
  // distinct headings, the headings a header by their names (`named`), all
  // but the last with cells, or else headings that rows must bear out, all
  // but one with cells (the first has). Headings that make a header and
  // that each page repeats (`repeated`) need cells in the first block and
  // the action's alone.
  bool MakesTable(const std::vector<Block>& blocks, bool named, bool repeated) const;
  // True when `texts`, the lines of a block, are prose rather than names:
  // many words a line.
  static bool LooksLikeProse(const std::vector<std::string>& texts);
  // The texts of the lines of `block`.
  static std::vector<std::string> Texts(const Block& block);

  const RecoveryRules& rules_;
  CellFit cell_fit_;
  CellClassifier classifier_;
  RepeatedHeadings repeated_;
  ColumnHeadingReader headings_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_COLUMN_BLOCK_READER_H_
