// UnheadedRefColumn: finds, on positioned pages, a column of references
// whose header cell is empty, and adds it to a table's layout.
#ifndef PLANROWS_PIPELINE_RECOVERY_UNHEADED_REF_COLUMN_H_
#define PLANROWS_PIPELINE_RECOVERY_UNHEADED_REF_COLUMN_H_

#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/table_body.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class UnheadedRefColumn {
 public:
  // Adds to `layout` the column of references that the lines of `body`,
  // under each of the table's headers, show without a heading, if any: references that stand left of the
  // first heading on several lines; or, where no column holds references
  // yet, references that stand at one place inside a headed column, right
  // of that column's own text ("Keeping children safe" beside "1.1" under
  // "Theme"). The text beside them starts the next column.
  static void Find(const TableBody& body, const RecoveryRules& rules, TableLayout* layout);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_UNHEADED_REF_COLUMN_H_
