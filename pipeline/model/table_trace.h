// TableTrace: what row recovery saw of one table, kept so that a person can
// check why rows came out as they did (`planrows inspect`).
#ifndef PLANROWS_PIPELINE_MODEL_TABLE_TRACE_H_
#define PLANROWS_PIPELINE_MODEL_TABLE_TRACE_H_

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace planrows {

// One column of a table: its heading, the role it was given and why.
struct ColumnTrace {
  std::string heading;   // As printed, all its lines joined; may be empty.
  std::string role;      // "ref", "action", ..., "extra:KEY", or "" for none.
  std::string evidence;  // "heading names it; cells: 5 cells, 5 ref".
};

struct TableTrace {
  int first_page = 0;
  int last_page = 0;
  int first_row = 0;  // Index of its first row among the plan's rows.
  int rows = 0;
  std::vector<ColumnTrace> columns;
  double plausibility = 0;  // Mean RowPlausibility of its rows, 0..1.
  std::string reading;      // The reading chosen, its score and the runner-up's.

  // The indexes [first, end) of its rows among a plan of `plan_rows` rows:
  // a trace may count rows past the plan's last, and these lie within them.
  std::pair<size_t, size_t> RowRange(size_t plan_rows) const {
    size_t first = std::min<size_t>(std::max(first_row, 0), plan_rows);
    return {first, std::min<size_t>(first + std::max(rows, 0), plan_rows)};
  }
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_MODEL_TABLE_TRACE_H_
