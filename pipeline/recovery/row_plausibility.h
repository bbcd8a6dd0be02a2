// RowPlausibility: how much recovered rows look like the rows of a plan:
// an action of some words, a reference, a lead of a few words, a timeframe
// that holds a date, a short progress cell. A reading whose rows score low
// (a lead holding prose, a timeframe holding no date, no actions) is likely
// a wrong reading of the layout, and the document worth a look by hand.
#ifndef PLANROWS_PIPELINE_RECOVERY_ROW_PLAUSIBILITY_H_
#define PLANROWS_PIPELINE_RECOVERY_ROW_PLAUSIBILITY_H_

#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RowPlausibility {
 public:
  // A scorer by the date forms of `rules`, which must outlive it.
  explicit RowPlausibility(const RecoveryRules& rules) : rules_(rules) {}

  // How plan-like `row` is, from 0 (nothing like a plan row) to 1.
  double Score(const ActionRow& row) const;
  // The mean score of `rows` [first, first + count); 0 for none.
  double Mean(const std::vector<ActionRow>& rows, size_t first, size_t count) const;
  // How plan-like `rows`, all one reading of a document, are together: their
  // mean score, less a share for each ref that goes back on the ref before
  // it, as a plan numbers its actions in order while a misread repeats
  // them; 0 for none.
  double OfReading(const std::vector<ActionRow>& rows) const;

 private:
  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ROW_PLAUSIBILITY_H_
