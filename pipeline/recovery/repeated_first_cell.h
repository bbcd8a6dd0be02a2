// RepeatedFirstCell: finds the first cell that a converter wrote again in
// each row it spans. An outcome merged over the rows of its actions comes
// out of a converter that runs a table into one paragraph once per row
// ("CC1 Children are safe Audit the rota ... CC2 Children are safe Review
// the plan ..."): the words that start neighbouring rows alike, up to where
// the next cell starts with a capital or a bullet, are that cell, however
// its words read (a sentence may end inside it or run on past it).
#ifndef PLANROWS_PIPELINE_RECOVERY_REPEATED_FIRST_CELL_H_
#define PLANROWS_PIPELINE_RECOVERY_REPEATED_FIRST_CELL_H_

#include <string>
#include <vector>

#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class RepeatedFirstCell {
 public:
  // For each row of `rows`, given as its words in order (none for a line
  // between rows, such as a section heading), how many of its first words
  // make a cell that the row before or the row after starts with too; 0
  // where it shares none, or where that cell would take the whole row. A
  // word that is a bullet of `patterns` ends no such cell.
  static std::vector<size_t> Lengths(const std::vector<std::vector<std::string>>& rows,
                                     const PlanPatterns& patterns);

 private:
  // How many words `row` starts with that `other` starts with too, cut
  // back to where `row`'s next cell may start; 0 when fewer than a cell's
  // worth of words or when nothing of `row` is left after them.
  static size_t SharedCell(const std::vector<std::string>& row, const std::vector<std::string>& other,
                           const PlanPatterns& patterns);
  // True when `word` may start a cell: a capital, a digit or a bullet.
  static bool MayStartCell(const std::string& word);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_REPEATED_FIRST_CELL_H_
