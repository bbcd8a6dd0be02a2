// The lines of record blocks (RecordBlocks) with each label put back whole.
#ifndef PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LINES_H_
#define PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LINES_H_

#include <optional>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/record_labels.h"

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

// Which of `lines` are the wrapped end of the label on the line above,
// beside its value, `reads` being each line read as a label: a line in
// lower case that starts where that label does ("Responsible officer(s)
// B. Mulgrew" over "and partners") and that records of three values or
// more print alike under their labels of one column. A value's wrapped
// line changes with its value; an outcome over several actions repeats
// whole, its value too.
std::vector<bool> WrappedLabelTails(const std::vector<PlanLine>& lines,
                                    const std::vector<std::optional<RecordLabels::Labelled>>& reads);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LINES_H_
