// RebuiltTable: a table of a text page read back into cells by one of the
// readers of tables that lost their structure, before it is written out as
// ordinary grid lines for TableReader.
#ifndef PLANROWS_PIPELINE_RECOVERY_REBUILT_TABLE_H_
#define PLANROWS_PIPELINE_RECOVERY_REBUILT_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

// One row: the line it starts on (for provenance), and a cell per column;
// or a section heading inside the table, its text the one cell.
struct RebuiltRow {
  const PlanLine* first = nullptr;
  std::vector<std::string> cells;
  bool heading = false;

  bool IsHeading() const { return heading; }
};

// The text of `line`, a text line of one cell, as printed: bullets kept
// (they tell a cell's items apart), spaces around it trimmed.
inline std::string PrintedText(const PlanLine& line) {
  int cell = line.FirstFilled();
  if (cell < 0) return "";
  const std::string& text = line.cells[cell];
  size_t begin = text.find_first_not_of(' ');
  return text.substr(begin, text.find_last_not_of(' ') - begin + 1);
}

struct RebuiltTable {
  // The name given to a column of references whatever it was printed as.
  static constexpr const char* kRefHeading = "Ref";

  const PlanLine* header = nullptr;   // The line the header starts on.
  std::vector<std::string> headings;  // One column name per column.
  std::vector<RebuiltRow> rows;
  size_t end = 0;                     // Index of the first line after the table.
  std::vector<std::string> warnings;  // What could not be told apart, one line each.

  // Where rows' references stand among their cells, when the lines under
  // the header tell: each a cell of its own, one more than the headings
  // name, or the first of as many cells as they name.
  enum class RefCell { kUntold, kOneMore, kFirstNamed };

  // Where the references stand in rows of `row_cells` cells, each
  // reference a cell of its own, under headings that name `named` columns.
  static RefCell RefCellFor(size_t row_cells, size_t named);

  // Gives the table a reference column, for rows that start with a
  // reference under headings that name none: the first column becomes it
  // ("Objective" over "1", "2"), unless that is the action, whose
  // reference column lost its name ("#" read as a Markdown heading marker)
  // or never had one, or `ref_cell` is kOneMore; then one is put in front.
  // With kFirstNamed the first column becomes it, whatever its name says
  // ("Action code" over "1.1."). `columns`, the columns of `headings`, are
  // kept in step. Does nothing when a column is named for references.
  void GiveRefColumn(std::vector<std::optional<Column>>* columns, RefCell ref_cell = RefCell::kUntold);
  // Makes column `at`, whose cells hold the rows' references whatever its
  // heading names, the reference column; `columns` kept in step.
  void GiveRefColumnAt(size_t at, std::vector<std::optional<Column>>* columns);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_REBUILT_TABLE_H_
