// ColumnProfiles: reads the cells under a table's header into a profile of
// each column (ColumnProfile), the content evidence of the columns' roles:
// each part of the body placed as its own header, or its own page, places
// it, and a reference or date that a narrow column wrapped over lines read
// whole.
#ifndef PLANROWS_PIPELINE_RECOVERY_COLUMN_PROFILES_H_
#define PLANROWS_PIPELINE_RECOVERY_COLUMN_PROFILES_H_

#include <string>
#include <vector>

#include "pipeline/recovery/column_profile.h"
#include "pipeline/recovery/table_body.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class ColumnProfiles {
 public:
  // Profiles by `rules`, which must outlive this.
  explicit ColumnProfiles(const RecoveryRules& rules) : rules_(rules) {}

  // The profile of each column of `layout` from the lines of `body`.
  std::vector<ColumnProfile> Of(const TableBody& body, const TableLayout& layout) const;

 private:
  // Joins a reference or a date that a narrow column wrapped over two lines
  // ("SA" over "1", "Jan-" over "15"), or a reference whose capitals it
  // broke over more ("Y" over "V" over "1"), so that the column shows one
  // reference or date, not a word and a number.
  void JoinWrappedCells(std::vector<std::vector<std::string>>* placed) const;
  // The row of the line after the capitals of a reference that start in
  // cell `i` of row `k` and go on in the rows under it ("Y" over "V", or
  // "Vv" as OCR may read it), with `capitals` their whole ("YV"); row `k`
  // + 1 when none go on.
  size_t CapitalsEnd(const std::vector<std::vector<std::string>>& rows, size_t k, size_t i,
                     std::string* capitals) const;

  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_COLUMN_PROFILES_H_
