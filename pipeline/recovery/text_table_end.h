// TextTableEnd: where a table that lost its cell separators ends on a text
// page, for the readers that rebuild such tables.
#ifndef PLANROWS_PIPELINE_RECOVERY_TEXT_TABLE_END_H_
#define PLANROWS_PIPELINE_RECOVERY_TEXT_TABLE_END_H_

#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class TextTableEnd {
 public:
  // True when `line`, met inside such a table, is past its end: a Markdown
  // heading or a line of a grid table.
  static bool IsPast(const PlanLine& line);
  // True when `line` is a section heading ("Priority 2: ...", "3. Early
  // help"), which either ends the table or heads its next rows.
  static bool IsSectionHeading(const PlanLine& line, const PlanPatterns& patterns);
  // True when `line` is text after a blank line that starts no row (has no
  // reference), which ends a table whose rows are one line each, or the
  // heading of an appendix ("Appendix 1 - Glossary"), wherever it stands.
  static bool IsParagraphAfter(const PlanLine& line, const PlanPatterns& patterns);

  // True when `line` is page furniture left inside a table: a page number.
  static bool IsFurniture(const PlanLine& line, const PlanPatterns& patterns) {
    return patterns.IsPageNumber(line.text);
  }
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_TEXT_TABLE_END_H_
