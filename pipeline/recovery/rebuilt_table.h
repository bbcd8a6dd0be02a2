// RebuiltTable: a table of a text page read back into cells by one of the
// readers of tables that lost their structure, before it is written out as
// ordinary grid lines for TableReader.
#ifndef PLANROWS_PIPELINE_RECOVERY_REBUILT_TABLE_H_
#define PLANROWS_PIPELINE_RECOVERY_REBUILT_TABLE_H_

#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"

namespace planrows {

// One row: the line it starts on (for provenance), and a cell per column;
// or a section heading inside the table, its text the one cell.
struct RebuiltRow {
  const PlanLine* first = nullptr;
  std::vector<std::string> cells;
  bool heading = false;

  bool IsHeading() const { return heading; }
};

struct RebuiltTable {
  const PlanLine* header = nullptr;   // The line the header starts on.
  std::vector<std::string> headings;  // One column name per column.
  std::vector<RebuiltRow> rows;
  size_t end = 0;                     // Index of the first line after the table.
  std::vector<std::string> warnings;  // What could not be told apart, one line each.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_REBUILT_TABLE_H_
