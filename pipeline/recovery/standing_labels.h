// StandingLabels: the labels of record blocks that stand alone on their
// lines, each over its value after a blank line ("Action owner", then
// "M. Okafor"), as pdftotext's default mode prints a record's cells.
#ifndef PLANROWS_PIPELINE_RECOVERY_STANDING_LABELS_H_
#define PLANROWS_PIPELINE_RECOVERY_STANDING_LABELS_H_

#include <map>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class StandingLabels {
 public:
  // A finder of standing labels by `rules`, telling cells' kinds by
  // `classifier`; both must outlive it.
  StandingLabels(const RecoveryRules& rules, const CellClassifier& classifier)
      : rules_(rules), classifier_(classifier) {}

  // The labels of `lines` that stand alone on their lines, each over its value ("Action
  // owner", a blank line, "M. Okafor"), as pdftotext's default mode prints a
  // record's cells, as printed and with the values under them ("" where
  // none stands apart under it): short one-cell lines that are no reference, date
  // or status, at least half as frequent as the most frequent, that come in
  // one order in every record, the first opening each, and most often with
  // a value set apart under them (a column's heading runs into its cells);
  // none unless three are.
  std::map<std::string, std::vector<std::string>> Find(const std::vector<PlanLine>& lines) const;

 private:
  // True when `line` could be a label standing alone on its line: `*text`
  // its text, cleaned.
  bool StandsAlone(const PlanLine& line, std::string* text) const;

  const RecoveryRules& rules_;
  const CellClassifier& classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_STANDING_LABELS_H_
