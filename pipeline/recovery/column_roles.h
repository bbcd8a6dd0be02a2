// ColumnRoles: settles each column's role in an action table from the
// evidence of its heading and of its cells together. Headings name most
// columns; the cells decide where a heading names none, names one that
// another column holds, or is missing: a column of references is the
// reference column whatever it is headed, a column of dates the timeframe,
// of status words the progress, of a few capitalised words the lead, of
// prose the action or the outcome. A headed column no evidence explains
// goes to `extra` under its folded heading, never into its neighbour.
#ifndef PLANROWS_PIPELINE_RECOVERY_COLUMN_ROLES_H_
#define PLANROWS_PIPELINE_RECOVERY_COLUMN_ROLES_H_

#include <vector>

#include "pipeline/recovery/table_body.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class ColumnRoles {
 public:
  // Gives the columns of `layout` their roles, reading the cells of `body`,
  // the lines under its header, each part placed as its own header places
  // it. Each column's evidence is kept in the layout for explanations.
  static void Resolve(const TableBody& body, const RecoveryRules& rules, TableLayout* layout);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_COLUMN_ROLES_H_
