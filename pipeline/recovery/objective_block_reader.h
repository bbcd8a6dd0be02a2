// ObjectiveBlockReader: reads plans laid out as an objective line ("1.2 DSCB
// identifies the key risks...") followed by loose blocks: labels left from
// a table header ("Lead/ subgroup"), the actions, then their leads in the
// same order, a timeframe line, and indicators after a measure label. Each
// action becomes a row under the objective, paired with its lead in order.
#ifndef PLANROWS_PIPELINE_RECOVERY_OBJECTIVE_BLOCK_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_OBJECTIVE_BLOCK_READER_H_

#include <string>
#include <vector>

#include "pipeline/recovery/list_items.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class ObjectiveBlockReader {
 public:
  // A block for the objective `ref` with text `outcome`, read from `line`.
  ObjectiveBlockReader(const RecoveryRules& rules, const PlanLine& line, std::string ref,
                       std::string outcome, SectionContext section);

  // Reads the next line of the block; lines must outlive the reader.
  void Read(const PlanLine& line);

  // The block's rows; none unless the block had a label, which tells an
  // action block from a numbered paragraph.
  std::vector<RowFields> TakeRows();

  // True when `line` ends the block: a lead's label, or a narrative's
  // action heading ("How we will get there"), after items no label came
  // before. An action block's lead label is its table's header, flattened,
  // over its items (the evidence and indicator labels may come after them),
  // so such items were a numbered paragraph's prose ("1.2 The Board has
  // agreed ...") and the label is another part's.
  bool EndedBy(const PlanLine& line) const;

 private:
  enum class Part { kItems, kHow, kMeasure };

  // True when `text` is a label of a block's parts: its lead, how progress
  // is evidenced, its measures.
  bool IsLabel(const std::string& text) const;

  // True when `text` reads like a lead (a short name) rather than an action.
  static bool LooksLikeLead(const std::string& text);

  const RecoveryRules& rules_;
  RowFields base_;  // Ref, outcome, section and provenance shared by the rows.
  ListItems items_;
  std::vector<std::string> measures_;
  std::string how_;
  Part part_ = Part::kItems;
  bool has_label_ = false;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_OBJECTIVE_BLOCK_READER_H_
