// RowFields: the values of one action row as a reader found them, by
// canonical column, before RowFinisher cleans and splits them.
#ifndef PLANROWS_PIPELINE_RECOVERY_ROW_FIELDS_H_
#define PLANROWS_PIPELINE_RECOVERY_ROW_FIELDS_H_

#include <string>
#include <utility>
#include <vector>

#include "pipeline/model/action_row.h"

namespace planrows {

// The section a row sits under.
struct SectionContext {
  std::string ref;    // "1", "2.3".
  std::string title;  // May be empty.
  std::string theme;  // The heading above the section, as printed, when there is one.
};

struct RowFields {
  std::string ref;
  std::string action;
  std::string outcome;
  std::string lead;
  std::string timeframe;
  std::string lead_timeframe;  // A combined "Lead & Completion Date" cell.
  std::string progress;
  std::vector<std::pair<std::string, std::string>> extra;
  SectionContext section;
  Provenance where;
  std::vector<std::string> flags;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ROW_FIELDS_H_
