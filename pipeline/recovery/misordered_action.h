// MisorderedAction: puts the action's role back on the column whose cells
// are the actions where the header named another. pdftotext may write a
// header's names in another order than the columns under them, a name
// wrapped over more lines first ("Performance\nindicator" before "Steps we
// will take"), while each row's cells keep the columns' order: the column
// headed for the actions then holds measures ("55% of families say ..."),
// and the one beside it the actions ("Evaluate a safer sleep campaign").
#ifndef PLANROWS_PIPELINE_RECOVERY_MISORDERED_ACTION_H_
#define PLANROWS_PIPELINE_RECOVERY_MISORDERED_ACTION_H_

#include <vector>

#include "pipeline/recovery/column_profile.h"
#include "pipeline/recovery/table_layout.h"

namespace planrows {

class MisorderedAction {
 public:
  // Where the column of `layout` whose heading names the action holds cells
  // that do not open as actions do, and a column beside it that heading
  // words took for another (a measure) holds cells that mostly do, by the
  // columns' `profiles`, swaps the two columns' roles.
  static void Swap(const std::vector<ColumnProfile>& profiles, TableLayout* layout);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_MISORDERED_ACTION_H_
