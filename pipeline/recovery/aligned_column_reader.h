// AlignedColumnReader: reads a table as `pdftotext -layout` writes it:
// cells at fixed character columns with runs of spaces between them, a
// header wrapped over a few lines, and each cell wrapped onto the lines
// below at the same character column:
//
//            Lead                    Target
//   Ref      Action                  officer     date
//   3.1      Audit the weekend       T Okonjo    May 2026
//            duty rota
//
// Each header word stack is a column; words go to the column under whose
// heading they start; a reference in the first column starts a row.
#ifndef PLANROWS_PIPELINE_RECOVERY_ALIGNED_COLUMN_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_ALIGNED_COLUMN_READER_H_

#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class AlignedColumnReader {
 public:
  // A reader by `rules`, which must outlive it.
  explicit AlignedColumnReader(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // Reads the table whose header starts at `lines[at]` into `table`; false
  // when no such table starts there.
  bool Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const;

 private:
  // A word of a line and the character column it starts at.
  struct PlacedWord {
    std::string text;
    size_t start = 0, end = 0;
  };
  // A column: where its heading's words start and what they say.
  struct AlignedColumn {
    size_t start = 0, end = 0;
    std::string heading;
  };

  // The words of `line` as printed, with their character columns; none
  // unless it is a text line of one cell.
  static std::vector<PlacedWord> Words(const PlanLine& line);
  // True when `line` has two or more runs of several spaces between words.
  static bool IsAligned(const PlanLine& line);
  // The columns the header lines [begin, end) stack their words into.
  static std::vector<AlignedColumn> Columns(const std::vector<PlanLine>& lines, size_t begin, size_t end);
  // The column a word starting at `start` falls under.
  static size_t ColumnAt(const std::vector<AlignedColumn>& columns, size_t start);
  // True when `lines[k]` starts a row: a reference under the first column,
  // perhaps wrapped onto the next line ("EH" over "1").
  bool StartsRow(const std::vector<PlanLine>& lines, size_t k) const;
  // True when `lines[k]` starts with the letters of a reference whose
  // number is wrapped onto the next line ("EH" over "1").
  bool WrapsRef(const std::vector<PlanLine>& lines, size_t k) const;
  // True when `lines[k]` is a section heading with a row right under it.
  bool HeadsRows(const std::vector<PlanLine>& lines, size_t k) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ALIGNED_COLUMN_READER_H_
