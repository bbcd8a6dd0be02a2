// LookalikeRefs: the cells of one column that OCR read as words but that are
// references once a reference column's lookalikes are undone ("ngl" for
// "ng1"), told apart from real words by the letters the column's references
// share: "ngl" among "ng2" and "ng3" is a reference, "all" is not.
#ifndef PLANROWS_PIPELINE_RECOVERY_LOOKALIKE_REFS_H_
#define PLANROWS_PIPELINE_RECOVERY_LOOKALIKE_REFS_H_

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class LookalikeRefs {
 public:
  // Counts by the patterns of `patterns`, which must outlive it.
  explicit LookalikeRefs(const PlanPatterns& patterns) : patterns_(&patterns) {}

  // Notes `cell`, one cell of the column, which the classifier read as `kind`.
  void Note(std::string_view cell, CellKind kind);

  // How many of the cells noted, by the kind the classifier gave them, are
  // references whose letters another reference of the column starts with.
  std::array<int, kCellKindCount> Misread() const;

  // The letters that start `ref`, folded to lower case ("vc" of "VC 3").
  static std::string LetterPrefix(std::string_view ref);

 private:
  const PlanPatterns* patterns_;
  std::set<std::string> ref_prefixes_;                    // Of the column's references.
  std::vector<std::pair<std::string, CellKind>> words_;  // Letter prefix and kind of each lookalike.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_LOOKALIKE_REFS_H_
