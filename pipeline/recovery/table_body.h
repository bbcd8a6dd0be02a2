// TableBody: the lines under a table's header that its columns' roles and
// its reading are judged on. A table may come in parts: its header is
// repeated after a page break, or the table is printed anew under each
// section's heading, and each repeat may stand elsewhere on the page
// (columns sized to their cells). Each part keeps the repeat it stands
// under, whose positions place its cells.
#ifndef PLANROWS_PIPELINE_RECOVERY_TABLE_BODY_H_
#define PLANROWS_PIPELINE_RECOVERY_TABLE_BODY_H_

#include <optional>
#include <utility>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/table_layout.h"

namespace planrows {

struct TableBody {
  struct Part {
    std::optional<TableLayout> repeat;  // The header repeat over this part; none for the first part.
    const PlanLine* header = nullptr;   // The repeat's first line.
    std::vector<const PlanLine*> lines;
  };
  std::vector<Part> parts;

  // A body of one part, under the table's own header.
  static TableBody Of(std::vector<const PlanLine*> lines) {
    TableBody body;
    body.parts.push_back(Part{std::nullopt, nullptr, std::move(lines)});
    return body;
  }

  // Number of lines in all parts.
  size_t LineCount() const {
    size_t n = 0;
    for (const Part& part : parts) n += part.lines.size();
    return n;
  }
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_TABLE_BODY_H_
