// ReadingChooser: where a table's header can be read more than one way,
// reads the lines under it each way and keeps the reading whose rows look
// most like plan rows (RowPlausibility); and of two readings of a whole
// document's rows, says whether the second is clearly the better.
#ifndef PLANROWS_PIPELINE_RECOVERY_READING_CHOOSER_H_
#define PLANROWS_PIPELINE_RECOVERY_READING_CHOOSER_H_

#include <string>
#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/recovery/table_body.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

// One way of reading a table: its columns, and how plausible its rows are.
struct Reading {
  std::string name;  // "headings and cells", "headings only".
  TableLayout layout;
  double score = 0;
};

class ReadingChooser {
 public:
  // A chooser by `rules`, which must outlive it.
  explicit ReadingChooser(const RecoveryRules& rules) : rules_(rules) {}

  // Scores each of `readings` on the rows it reads from `body`, the lines
  // under the header, and returns the index of the best; the first is kept
  // unless another is clearly better.
  size_t Choose(const TableBody& body, std::vector<Reading>* readings) const;

  // True when `other`, another reading of a document's rows than `first`,
  // is clearly more plan-like (RowPlausibility::OfReading), or as plan-like
  // and of more rows.
  bool Prefers(const std::vector<ActionRow>& other, const std::vector<ActionRow>& first) const;

  // "headings and cells 0.96 (headings only 0.71)": the chosen reading's
  // name and score, and the runner-up's.
  static std::string Describe(const std::vector<Reading>& readings, size_t chosen);

 private:
  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_READING_CHOOSER_H_
