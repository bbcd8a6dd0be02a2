// PlanLine: a TextLine seen by row recovery: its page, its cells' raw
// texts, its cleaned text and its indentation, in one flat list for the
// whole document so that tables and lists can run across page breaks.
#ifndef PLANROWS_PIPELINE_RECOVERY_PLAN_LINE_H_
#define PLANROWS_PIPELINE_RECOVERY_PLAN_LINE_H_

#include <string>
#include <vector>

#include "extractors/page_text.h"
#include "pipeline/model/action_row.h"

namespace planrows {

struct PlanLine {
  const TextLine* line = nullptr;
  const PageText* page = nullptr;
  std::vector<std::string> cells;  // Segment texts as read; may be empty strings.
  std::string text;                // All cells cleaned and joined by spaces.
  double indent = 0;               // Leading spaces (text inputs) or left edge in points.
  bool page_start = false;         // First line of its page.
  // In a table whose cells are centred in rows that nothing else parts
  // (CentredRows): the line lies in such a row, and starts it.
  bool centred_row = false;
  bool centred_row_start = false;

  // Number of cells with text.
  int FilledCells() const;
  // Index of the first cell with text; -1 if none.
  int FirstFilled() const;
  // True when the only text is in one cell.
  bool IsSingleCell() const { return FilledCells() == 1; }

  // True when `below`, the next line on the same positioned page, could
  // have begun on this one: its first word fits between this line's end
  // and the right edge of the lines that run through where `below` starts. A line
  // broken so early is the last of a paragraph or of a list's item.
  bool EndsShortAbove(const PlanLine& below) const;

  // True when lines[i] lies on a page with measured positions, close under
  // the line above it and close over the line below it: inside a block of
  // text, where a page number never stands (a date's last digit wrapped onto
  // a line of its own does).
  static bool AmidBlock(const std::vector<PlanLine>& lines, size_t i);
  // Where this line was read, for the rows that start on it. Text inputs
  // have a line number and no box.
  Provenance Where() const;

  // The lines of `document` in reading order.
  static std::vector<PlanLine> Flatten(const DocumentText& document);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_PLAN_LINE_H_
