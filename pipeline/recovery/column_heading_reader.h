// ColumnHeadingReader: reads the heading that opens a column's block in
// text a converter wrote column by column (ColumnBlockReader): a name the
// header rules know, or a few words that name a column ("Who is" over
// "accountable?"), wrapped over at most a few short lines of one page.
#ifndef PLANROWS_PIPELINE_RECOVERY_COLUMN_HEADING_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_COLUMN_HEADING_READER_H_

#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class ColumnHeadingReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit ColumnHeadingReader(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // The heading that starts at `lines[at]`; `*end` is set past it. With
  // `expected`, only that heading; else any name the header rules know, or
  // a heading whose words name a column that none of `seen`, the headings
  // of the page's blocks so far, names. Empty when none.
  std::string Read(const std::vector<PlanLine>& lines, size_t at, const std::string* expected,
                   const std::vector<std::string>& seen, size_t* end) const;

 private:
  // The heading that starts at `lines[at]`, as Read, but for one wrapped
  // after a joining word on its first line.
  std::string ReadFrom(const std::vector<PlanLine>& lines, size_t at, const std::string* expected,
                       const std::vector<std::string>& seen, size_t* end) const;
  // The heading known by its words that starts at `lines[at]`, as Read.
  std::string ReadByWords(const std::vector<PlanLine>& lines, size_t at, const std::vector<std::string>& seen,
                          size_t* end) const;
  // True when `line` may be a line of a heading that starts at `first`.
  bool IsHeadingLine(const PlanLine& line, const PlanLine& first) const;
  // True when `line` may go on with that heading: in lower case ("Who is"
  // over "accountable?"), being no reference ("qa1") nor status ("approx. 45%"), on a separator
  // ("Lead officer" over "/ body"), which starts no cell, or as a short
  // aside in brackets ("Update" over "(Q2)").
  bool GoesOnHeading(const PlanLine& line, const PlanLine& first) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_COLUMN_HEADING_READER_H_
