// CentredLabels: tells where the labels of record blocks (RecordBlocks)
// stand centred beside their values, as Word sets the cells of many plans
// and `pdftotext -layout` writes them: a value of several lines starts
// above its label's line, as far above it as it ends below.
//
//   Aim                 Young people at risk are protected
//                       Map county lines awareness sessions and
//   Actions to deliver                                          <- centred between
//                       report the findings to the Board
//   How will we know?   Take-up reported each quarter
//
// From a record's first label, whose value starts on its line, each label
// takes below its line as many value lines as it took above, and the next
// label takes the rest above its own: a record whose lines that chain
// uses up exactly, ending on its last label's last line, is centred. A
// record whose labels stand at the top of their values passes only where
// every value is one line, and reads the same either way.
#ifndef PLANROWS_PIPELINE_RECOVERY_CENTRED_LABELS_H_
#define PLANROWS_PIPELINE_RECOVERY_CENTRED_LABELS_H_

#include <optional>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/record_labels.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class CentredLabels {
 public:
  // What a line of a plan is to a record block.
  enum class LineKind {
    kSkipped,     // Printed nothing that counts (an empty line, a page number).
    kHeading,     // A section's heading: it ends a run of a record's lines.
    kLabel,       // A label with its value's words beside it.
    kLabelAlone,  // A label with nothing beside it.
    kValue,       // A value's line without a label.
  };

  // Per line of `kinds`, one a line, whether it is the first line of a
  // value that starts above its label's line; all false unless the
  // records of two runs or more read as centred and more runs read so
  // than not, of those that hold a value of several lines. A run of lines
  // starts at each line `starts_run` marks (set apart by a gap or a page
  // break) or heading, and ends before the next.
  static std::vector<bool> Openings(const std::vector<LineKind>& kinds, const std::vector<bool>& starts_run);
  // Openings of `lines` of a printed page, each read as a label or none
  // in `reads` (RecordLabels::ReadAll), their headings by `patterns`; all
  // false for lines of a grid.
  static std::vector<bool> Openings(const std::vector<PlanLine>& lines,
                                    const std::vector<std::optional<RecordLabels::Labelled>>& reads,
                                    const PlanPatterns& patterns);

 private:
  // Fewest runs that read as centred for any to be taken so.
  static constexpr int kMinCentredRuns = 2;

  // How the run of `kinds` from `begin` to `end` reads: true when
  // centred, setting in `*openings` the first line of each value that
  // starts above its label; false when not, or when it tells nothing
  // (`*telling` false: no value of several lines).
  static bool ReadRun(const std::vector<LineKind>& kinds, size_t begin, size_t end, std::vector<bool>* openings,
                      bool* telling);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_CENTRED_LABELS_H_
