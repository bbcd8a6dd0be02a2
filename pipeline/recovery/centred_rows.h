// CentredRows: finds where the rows of a table start when its cells are
// centred vertically in their rows, as Word sets the cells of many plans,
// and nothing else marks the rows: `pdftotext -layout` keeps no rulings and
// writes rows without a blank line between them. Each row's reference
// stands in the middle of the row, its cells' lines spread evenly above and
// below it:
//
//           Audit the weekend duty rota with     T Okonjo
//   3.1                                                         Amber
//           the wards                            May 2026
//
// So a row's first and last lines are as far from its reference as each
// other, and a block of such rows parts at one place only: from the first
// row's top, each row ends as far below its reference as it started above
// it. A block is taken as centred when that chain ends on the block's last
// line and the cells of its rows, each column's lines in a row, are
// centred on their references too; a table whose cells start at the top
// of their rows fails both. A column left of the references (a theme
// merged over several rows) may hold text beside the rows: a line of its
// text alone goes with the row above, and its cells, centred on the rows
// they span rather than on one, count only where centred on their row.
// A row that a page break splits is set at the top of its part on each
// page, as Word sets a split row: the last row of a block that ends its
// page may start at its reference and run to the block's end.
#ifndef PLANROWS_PIPELINE_RECOVERY_CENTRED_ROWS_H_
#define PLANROWS_PIPELINE_RECOVERY_CENTRED_ROWS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class CentredRows {
 public:
  // A finder by `rules`, which must outlive it.
  explicit CentredRows(const RecoveryRules& rules) : rules_(rules) {}

  // Marks the lines of `lines` that lie in rows of centred cells on
  // positioned pages without rulings (PlanLine::centred_row), and the first
  // line of each such row (PlanLine::centred_row_start).
  void Mark(std::vector<PlanLine>* lines) const;

 private:
  // The lines, relative to a block's first, that hold one row's reference:
  // one line, or two where a narrow column wrapped it ("VC" over "1").
  struct RefSpan {
    size_t first = 0, last = 0;
  };
  // A row of a block: its first and last lines, relative to the block's first.
  struct Row {
    size_t top = 0, bottom = 0;
  };
  // A line of a block: its index among the page's lines and the segment
  // holding its reference, kNoRef when it holds none.
  static constexpr size_t kNoRef = static_cast<size_t>(-1);
  struct BlockLine {
    size_t index = 0;
    size_t ref_segment = kNoRef;
  };

  // Marks the centred rows among the lines [`begin`, `end`) of one page.
  void MarkPage(std::vector<PlanLine>* lines, size_t begin, size_t end) const;
  // The left edge of the column of whole dates ("Jan-17") among the cells
  // after the first of lines [`begin`, `end`), which in a table with no
  // references stand in the middle of their rows as references do; none
  // when fewer than a few lines hold such a date in one column.
  std::optional<double> DateColumn(const std::vector<PlanLine>& lines, size_t begin, size_t end) const;
  // Marks the centred rows among the lines [`begin`, `end`) of one page
  // whose table has no references, its dates standing for them.
  void MarkByDates(std::vector<PlanLine>* lines, size_t begin, size_t end) const;
  // Marks the rows of `block`, lines of `lines` whose references are on
  // `refs` in a column that starts at `left`, when they read as centred;
  // `ends_page` when no line of the page but its number follows the block;
  // `follows_row` when the line before the block is a row's whose
  // reference did not read, which the block's first lines go on.
  void MarkBlock(std::vector<PlanLine>* lines, const std::vector<BlockLine>& block,
                 const std::vector<RefSpan>& refs, double left, bool ends_page, bool follows_row) const;
  // MarkBlock's work for one way of ending the block: when `may_split`,
  // its last row may be split by the page break. False when its rows do
  // not read as centred so.
  bool MarkChain(std::vector<PlanLine>* lines, const std::vector<BlockLine>& block, const std::vector<RefSpan>& refs,
                 double left, bool may_split, bool follows_row) const;
  // The rows that part `count` lines when the first row starts on line
  // `top` and each row ends as far below its reference as it starts above
  // it; none when they do not fit the references or end before the last
  // line. When `may_split`, a last row that starts at its reference may
  // run to the last line (a row split by the page break); `*split` tells
  // whether it does.
  static std::optional<std::vector<Row>> Chain(size_t top, size_t count, const std::vector<RefSpan>& refs,
                                               bool may_split, bool* split);
  // True when line `i`, the last of the page ending before line `end`,
  // holds the page's number alone: no row's reference.
  bool IsPageNumberLine(const std::vector<PlanLine>& lines, size_t i, size_t end) const;
  // True when the cells of `rows`, each column's lines within a row, stand
  // as far above their row's reference as below it, for most cells that
  // are not on the reference's own lines alone nor, uncentred, left of
  // the reference column starting at `left`.
  static bool CellsCentred(const std::vector<PlanLine>& lines, const std::vector<BlockLine>& block,
                           const std::vector<Row>& rows, const std::vector<RefSpan>& refs, double left);
  // True when cells of `line` name two or more known columns: a header.
  bool NamesColumns(const PlanLine& line) const;
  // True when the first cell of `line` is a row's reference.
  bool StartsWithRef(const PlanLine& line) const;
  // True when the cleaned `cell` is a row's reference.
  bool IsRef(const std::string& cell) const;
  // The cleaned text of segment `segment` of `line`.
  static std::string RefText(const PlanLine& line, size_t segment);
  // True when the reference `above` goes on in the reference cell `below`
  // of a later line: capitals or a number ending in a dot over a number,
  // as a narrow column wraps a reference.
  bool WrapsRef(const std::string& above, const std::string& below) const;

  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_CENTRED_ROWS_H_
