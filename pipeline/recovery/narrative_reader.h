// NarrativeReader: reads the actions of a narrative plan, which has no
// table: under a heading such as "What we will do", each top-level bullet
// is one action row, its nested bullets folded into it.
#ifndef PLANROWS_PIPELINE_RECOVERY_NARRATIVE_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_NARRATIVE_READER_H_

#include <vector>

#include "pipeline/recovery/list_items.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class NarrativeReader {
 public:
  // A reader for the list under the heading line `heading`, in `section`.
  NarrativeReader(const RecoveryRules& rules, SectionContext section, const PlanLine& heading)
      : rules_(rules), items_(rules.patterns), section_(std::move(section)), heading_indent_(heading.indent) {}

  // Reads `line` (which must outlive the reader) into the list; false when
  // the line ends it (a heading, or text after a blank line). On a PDF page
  // whose bullets were drawn rather than printed as text, the list is the
  // lines indented under the heading, an item ending with a full stop or a
  // closing bracket (a line that opens with a label, "Timescale: ...",
  // goes on with the item above); on a text page, as pdftotext writes such
  // a page, the lines right under the heading, read the same way.
  bool Read(const PlanLine& line);

  // One row per item read.
  std::vector<RowFields> TakeRows();

 private:
  // True when `line`, the first line after the heading, starts a list
  // printed without bullets.
  bool StartsPlainList(const PlanLine& line) const;
  // True when `line` starts an item: at the plain list's indent, or, in a
  // bulleted list, where the items' text starts, after an item that ended
  // with its labelled lead or timescale; always after a full stop and with
  // a capital, and never inside a bracket the item above left open.
  bool StartsPlainItem(const PlanLine& line) const;
  // True when the first word of `line` would have fitted at the end of the
  // line read before it (PlanLine::EndsShortAbove): that line ended an item
  // rather than wrapped. Always true on text pages, which keep no widths,
  // and across a page break.
  bool EndedShort(const PlanLine& line) const;

  const RecoveryRules& rules_;
  ListItems items_;
  SectionContext section_;
  double heading_indent_ = 0;
  double plain_indent_ = -1;  // Indent of a list printed without bullets, once seen.
  const PlanLine* last_line_ = nullptr;  // The line read last.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_NARRATIVE_READER_H_
