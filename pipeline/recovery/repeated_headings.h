// RepeatedHeadings: finds the column headings of a table a converter wrote
// column by column when its headings name no known column ("Purpose",
// "Champion"): they are the short lines that every page of the table
// prints once, in the same order, each over its column's block of cells.
// Cell text rarely repeats that way: a lead or an outcome shared by rows
// appears on some pages only, or more than once on one.
#ifndef PLANROWS_PIPELINE_RECOVERY_REPEATED_HEADINGS_H_
#define PLANROWS_PIPELINE_RECOVERY_REPEATED_HEADINGS_H_

#include <map>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RepeatedHeadings {
 public:
  // A finder by `rules`, which must outlive it.
  explicit RepeatedHeadings(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // The headings of the table whose first heading starts at `lines[at]`,
  // each as the indexes of its lines on the first page (a heading may wrap
  // over a few): the short lines from `at` on that page that each of the
  // table's pages, two or more, prints exactly once. Empty when there are
  // fewer than `min_columns`.
  std::vector<std::vector<size_t>> Find(const std::vector<PlanLine>& lines, size_t at, size_t min_columns) const;

 private:
  // True when `lines[k]` may be a line of a heading: a few words (a word
  // more where it starts a known heading with the line after it), no
  // reference, date or status, unless it goes on in lower case, starts a
  // known heading with the line after it ("Q3" over "position") or is a
  // known heading itself ("No.").
  bool MayBeHeadingLine(const std::vector<PlanLine>& lines, size_t k) const;
  // `headings`, each cut where a line of it does not follow the ones
  // before it on every page of `pages`, by `where` each line's text stands
  // on each page: a column without cells on the first page prints its
  // heading right over the next one, which other pages set apart.
  static std::vector<std::vector<size_t>> SplitApart(
      const std::vector<PlanLine>& lines, const std::vector<std::vector<size_t>>& headings,
      const std::map<std::string, std::map<const PageText*, size_t>>& where,
      const std::map<const PageText*, bool>& pages);

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_REPEATED_HEADINGS_H_
