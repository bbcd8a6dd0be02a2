// RowFinisher: turns the raw fields a reader found into a stored ActionRow:
// text cleaned, a combined lead-and-date cell split at the date, the lead
// split into people and groups, the section filled in.
#ifndef PLANROWS_PIPELINE_RECOVERY_ROW_FINISHER_H_
#define PLANROWS_PIPELINE_RECOVERY_ROW_FINISHER_H_

#include "pipeline/model/action_row.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

// The flag of rows that OCR read with low confidence, for review.
extern const char* const kLowConfidenceFlag;

class RowFinisher {
 public:
  explicit RowFinisher(const RecoveryRules& rules) : rules_(rules) {}

  // The row `fields` describe; flagged kLowConfidenceFlag when OCR read it
  // with low confidence.
  ActionRow Finish(const RowFields& fields) const;

 private:
  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ROW_FINISHER_H_
