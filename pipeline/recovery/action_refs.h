// ActionRefs: takes out of the action cells the references that a table
// without a reference column prints at their start ("1.1 Review the ...",
// "A2. Agree ...", "ce3: Audit ..."), making them the rows' references.
//
// A single action may start so by chance ("Year 6 pupils ..."), so a table's
// actions are split only where most of its rows without a reference start
// with one; a table of one row, as the plan's tables go.
#ifndef PLANROWS_PIPELINE_RECOVERY_ACTION_REFS_H_
#define PLANROWS_PIPELINE_RECOVERY_ACTION_REFS_H_

#include <set>
#include <string>
#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class ActionRefs {
 public:
  // A splitter by `patterns`, which must outlive it.
  explicit ActionRefs(const PlanPatterns& patterns) : patterns_(patterns) {}

  // Moves the leading reference of the actions of each of `plan`'s tables
  // into their rows' references, in the tables whose rows start so.
  void Apply(RecoveredPlan* plan) const;

 private:
  // Of some rows: those without a reference, and those of them whose action starts with one.
  struct Count {
    size_t without = 0, starting = 0;
  };
  // The letters, folded to lower case, of the references that start the
  // actions of `rows[first]` to `rows[end - 1]` without a reference ("pp"
  // of "pp2 Update ...").
  std::set<std::string> RefLetters(const std::vector<ActionRow>& rows, size_t first, size_t end) const;
  // The count of `rows[first]` to `rows[end - 1]`, whose references start
  // with `letters` (RefLetters).
  Count CountStarts(const std::vector<ActionRow>& rows, size_t first, size_t end,
                    const std::set<std::string>& letters) const;
  // True when the action of `row` starts with a reference: `*ref` is set to
  // it (no full stop after it) and `*rest` to the action without it (a
  // bullet before it kept). In a row read by OCR, a head whose number OCR
  // read all as letters ("ppl") is a reference when it starts with one of
  // `letters`, the table's other references' letters.
  bool Split(const ActionRow& row, const std::set<std::string>& letters, std::string* ref, std::string* rest) const;
  // `text` with the reference its first word may be repaired as OCR
  // misread it ("2.1¢ —", "3.la—" for "2.1c —", "3.1a—"; "ppl" for "pp1"
  // when `letters` holds "pp").
  std::string RepairedHead(const std::string& text, const std::set<std::string>& letters) const;

  const PlanPatterns& patterns_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ACTION_REFS_H_
