#include "pipeline/recovery/text_table_end.h"

#include <string>

namespace planrows {

bool TextTableEnd::IsPast(const PlanLine& line) {
  return !line.page->cells_by_index || !line.IsSingleCell() || line.line->heading_level > 0;
}

bool TextTableEnd::IsSectionHeading(const PlanLine& line, const PlanPatterns& patterns) {
  std::string number, title;
  return patterns.MatchSection(line.text) || patterns.MatchNumberedItem(line.text, &number, &title);
}

bool TextTableEnd::IsParagraphAfter(const PlanLine& line, const PlanPatterns& patterns) {
  // An appendix's heading ends the table even at a page's start, where a row may run on from the page before.
  if (patterns.IsAppendixHeading(line.text)) return true;
  if (!line.line->gap_before || line.page_start) return false;
  std::string ref, rest;
  return !patterns.IsRef(line.text) && !patterns.MatchRefLine(line.text, &ref, &rest);
}

}  // namespace planrows
