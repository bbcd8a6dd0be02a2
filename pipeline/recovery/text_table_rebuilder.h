// TextTableRebuilder: a pass over the lines of text pages, before the walk
// that reads tables, which finds tables a converter wrote without cell
// separators (one cell or wrapped line per line, column blocks, cells
// separated by " / ", a whole table run into one paragraph) and rewrites
// each as ordinary grid lines: a header line of column names, then one
// line per row with one cell per column, each keeping the line its row
// started on. TableReader then reads them as it reads any grid table.
#ifndef PLANROWS_PIPELINE_RECOVERY_TEXT_TABLE_REBUILDER_H_
#define PLANROWS_PIPELINE_RECOVERY_TEXT_TABLE_REBUILDER_H_

#include <string>
#include <vector>

#include "pipeline/recovery/column_block_reader.h"
#include "pipeline/recovery/left_half_reader.h"
#include "pipeline/recovery/line_per_cell_reader.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/recovery/run_on_table_reader.h"
#include "pipeline/recovery/slash_row_reader.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class TextTableRebuilder {
 public:
  // A rebuilder by `rules`, which must outlive it.
  explicit TextTableRebuilder(const RecoveryRules& rules);

  // The number of lines of the header of a table without cell separators
  // that starts at `lines[at]`, 0 when none does: column names set apart by
  // single spaces or by " / ", or a column's heading (perhaps going on in
  // the next line) over a block of its cells, known by its name or, no
  // rule knowing it, as the first heading each page of the table repeats.
  size_t HeaderLinesAt(const std::vector<PlanLine>& lines, size_t at) const;

  // Rewrites in `lines` every table without cell separators as grid lines,
  // and adds to `warnings` what could not be told apart; true when it rewrote one.
  bool Rebuild(std::vector<PlanLine>* lines, std::vector<std::string>* warnings) const;

 private:
  // Reads the table that starts at `lines[at]`, by the first reader that
  // finds one TableReader will read as an action table, and writes it as
  // `grid` lines; false when none does.
  bool ReadTable(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table,
                 std::vector<PlanLine>* grid) const;
  // The first line of `lines[begin, end)` at which ReadTable reads a
  // table's rows, or `end`.
  size_t FirstReadTable(const std::vector<PlanLine>& lines, size_t begin, size_t end) const;
  // The column names of `table`, a column of references named as one
  // whatever its printed name ("#", "No").
  std::vector<std::string> Headings(const RebuiltTable& table) const;
  // Appends `table` to `out` as grid lines.
  void WriteGrid(const RebuiltTable& table, std::vector<PlanLine>* out) const;

  const RecoveryRules& rules_;
  SlashRowReader slash_rows_;
  ColumnBlockReader column_blocks_;
  RunOnTableReader run_on_;
  LinePerCellReader line_per_cell_;
  LeftHalfReader left_halves_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_TEXT_TABLE_REBUILDER_H_
