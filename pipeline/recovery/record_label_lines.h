// The lines of record blocks (RecordBlocks) with each label put back whole.
#ifndef PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LINES_H_
#define PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LINES_H_

#include <optional>
#include <vector>

#include "pipeline/recovery/plan_line.h"

namespace planrows {

// True when `line` opens a cell: a gap or a ruling above it.
bool OpensRecordCell(const PlanLine& line);

// Where the values of labelled lines start on pages read by OCR: the
// median left edge of the second cell of lines whose first cell is filled;
// nothing where no such line has two cells. OCR knows no type and may find
// no gap to set a heading apart, and it parts a label's words at a slash
// it lost; other pages keep both.
std::optional<double> ValueColumnX0(const std::vector<PlanLine>& lines);

// `lines` with each label put back in its first cell: one that OCR parted
// into cells left of `value_x0`, and one that a narrow label column
// wrapped, a first cell in lower case under the label of a label and
// value ("What we are going to" over "do", "Activity /" over
// "intervention") or of a label standing alone, as labels start with a
// capital. Cells emptied keep their places, beside their segments.
std::vector<PlanLine> JoinRecordLabels(const std::vector<PlanLine>& lines, std::optional<double> value_x0);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LINES_H_
