// RecordBlocks: reads a plan that prints each action as a record block of
// its own rather than as a table row: label / value pairs, one a line, the
// labels a table's column names ("Ref", "Action", "Lead", "By when"):
//
//   Ref                1.2          <- two cells (PDF, tab or pipe text),
//   Planned activity   Agree a ...     "Ref: 1.2" in one ("Label: value"), or
//                                      "Ref 1.2" (pdftotext -raw), its label
//                                      beginning lines in most records
//   Lead               H Treloar
//   By when            May 2026
//
// A record ends where a label it already has comes again, or at a section
// heading. Lines without a label go on with the value above them.
#ifndef PLANROWS_PIPELINE_RECOVERY_RECORD_BLOCKS_H_
#define PLANROWS_PIPELINE_RECOVERY_RECORD_BLOCKS_H_

#include <set>
#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RecordBlocks {
 public:
  // A reader by `rules`, which must outlive it.
  explicit RecordBlocks(const RecoveryRules& rules) : rules_(rules) {}

  // The rows of the record blocks among `lines`: one per record with an
  // action; none unless two records or more have one and most lines from
  // the first record on are labelled.
  std::vector<RowFields> Read(const std::vector<PlanLine>& lines) const;

 private:
  // True when `line` is a label and its value: `*column` the column the
  // label names, `*value` the rest of the line (maybe empty). A label set
  // before its value by a space alone must be one of `spaced_labels`.
  bool Labelled(const PlanLine& line, const std::set<std::string>& spaced_labels, ColumnName* column,
                std::string* value) const;
  // The longest run of `text`'s first words, short of all of them, that is
  // a column's full name ("Success measure" of "Success measure Dip sample
  // of 10 cases"); "" when none is.
  std::string SpacedLabel(const std::string& text) const;
  // The labels that begin one-cell lines of `lines` before a value with a
  // space alone, at least half as often as the most frequent of them:
  // those of record blocks, repeated in each record.
  std::set<std::string> RepeatedSpacedLabels(const std::vector<PlanLine>& lines) const;
  // Sets the field of `fields` that `column` names to `value` and returns
  // it; a value that is a reference fills the ref whatever its label, as
  // boards head their references with other columns' words ("Objective").
  std::string* Set(const ColumnName& column, const std::string& value, RowFields* fields) const;

  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECORD_BLOCKS_H_
