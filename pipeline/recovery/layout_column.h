// LayoutColumn: one column of an action table's layout, with its heading,
// its role and where its cells start.
#ifndef PLANROWS_PIPELINE_RECOVERY_LAYOUT_COLUMN_H_
#define PLANROWS_PIPELINE_RECOVERY_LAYOUT_COLUMN_H_

#include <optional>
#include <string>

#include "pipeline/rules/header_rules.h"

namespace planrows {

struct LayoutColumn {
  // Where a column's role came from, weakest first.
  enum class RoleSource { kNone, kContent, kHeadingWords, kHeadingName };

  std::optional<ColumnName> name;  // The column's role; nullopt when it has none.
  RoleSource source = RoleSource::kNone;
  std::string evidence;  // Why it has its role ("heading 'Lead'; cells: 4 lead").
  std::string heading;   // Its header text, all lines joined.
  std::string group;     // The text of a merged header cell over it.
  bool blank = false;    // Its header cell is empty (text inputs).
  bool cuts_words = false;  // Its heading's lines cut a word: so may its cells' lines.
  double start = 0;      // Where its cells start (points; the cell index on grid pages).
  double headed_at = 0;  // Where its heading starts.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_LAYOUT_COLUMN_H_
