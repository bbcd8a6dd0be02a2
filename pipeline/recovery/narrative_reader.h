// NarrativeReader: reads the actions of a narrative plan, which has no
// table: under a heading such as "What we will do", each top-level bullet
// is one action row, its nested bullets folded into it.
#ifndef PLANROWS_PIPELINE_RECOVERY_NARRATIVE_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_NARRATIVE_READER_H_

#include <vector>

#include "pipeline/recovery/list_items.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class NarrativeReader {
 public:
  // A reader for the list under a heading, in `section`.
  NarrativeReader(const PlanPatterns& patterns, SectionContext section)
      : items_(patterns), section_(std::move(section)) {}

  // Reads `line` (which must outlive the reader) into the list; false when
  // the line ends it (a heading, or text after a blank line).
  bool Read(const PlanLine& line);

  // One row per item read.
  std::vector<RowFields> TakeRows();

 private:
  ListItems items_;
  SectionContext section_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_NARRATIVE_READER_H_
