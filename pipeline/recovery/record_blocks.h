// RecordBlocks: reads a plan that prints each action as a record block of
// its own rather than as a table row: label / value pairs, one a line, the
// labels a table's column names ("Ref", "Action", "Lead", "By when"):
//
//   Ref                1.2          <- two cells (PDF, tab or pipe text), or
//   Planned activity   Agree a ...     "Ref: 1.2" in one ("Label: value")
//   Lead               H Treloar
//   By when            May 2026
//
// A record ends where a label it already has comes again, or at a section
// heading. Lines without a label go on with the value above them; which
// lines are labels, RecordLabels says. A line of a reference alone is a
// record's reference, unless it is the value of a ref label printed
// without one. A label that a narrow column wrapped ("What we are going
// to" over "do") is one label.
#ifndef PLANROWS_PIPELINE_RECOVERY_RECORD_BLOCKS_H_
#define PLANROWS_PIPELINE_RECOVERY_RECORD_BLOCKS_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/record_labels.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RecordBlocks {
 public:
  // A reader by `rules`, which must outlive it, that learns spaced labels
  // as `learning` says (RecordLabels).
  explicit RecordBlocks(const RecoveryRules& rules, SpacedLearning learning = SpacedLearning::kKnownWords)
      : rules_(rules), learning_(learning) {}

  // The rows of the record blocks among `lines`: one per record with an
  // action; none unless two records or more have one and most lines from
  // the first record on are labelled.
  std::vector<RowFields> Read(const std::vector<PlanLine>& lines) const;

 private:
  // Sets the field of `fields` that `column` names to the value `printed`
  // and returns it; a value that is a reference fills the ref whatever its
  // label, as boards head their references with other columns' words
  // ("Objective"), and a reference label's value is repaired as OCR misread it.
  std::string* Set(const ColumnName& column, const std::string& printed, RowFields* fields) const;

  // True when `line` holds a reference and nothing else, as a record's
  // first line does whose label OCR lost ("#"); `*ref` the reference.
  bool IsRefAlone(const PlanLine& line, std::string* ref) const;
  // The section `line` heads when, set apart from the line above or first
  // on its page (pdftotext writes no blank line after a page break), set in
  // heading type, or alone in a ruled row from `label_x0`, where the last
  // label started, it is an item of a numbered list that labels nothing
  // ("2. Young carers"): records go under headings numbered as a list as
  // often as under "Priority 2". A heading set close under a ruled record's
  // last cell has no gap above it, only its type or its row of its own. A
  // title line left of `value_x0`, where values start, is set apart too.
  std::optional<SectionHeading> NumberedHeading(const PlanLine& line, double label_x0,
                                                std::optional<double> value_x0) const;

  const RecoveryRules& rules_;
  SpacedLearning learning_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECORD_BLOCKS_H_
