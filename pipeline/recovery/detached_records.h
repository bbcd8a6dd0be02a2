// DetachedRecords: puts back together the record blocks (see RecordBlocks)
// that a converter printed with their labels apart from their values, as
// pdftotext's default mode prints a ruled record whose label and value
// cells stand far apart: a label line at a time, a label a narrow column
// wrapped in two ("What we are going to" over "do"), and for most records
// all the labels as one block, their values in a block after it:
//
//   Ref                       <- the first record of a section: each label
//   AB 1                         followed by its value
//   What we are going to
//   Open a drop-in ...
//   do
//   Ref                       <- the next: its labels as a block,
//   What we are going to
//   do
//
//   AB 2                      <- and then its values, in the labels' order
//   Print a guide ...
//
// The labels are the longest block of short lines that comes again, each
// line once, most of them named by the header rules, less a line that
// comes seldom (a value printed beside them), and starting with the label
// of references. A label takes the kind of value its column does, or that
// of the values printed right under it ("Num." over "PP1"). A value
// printed right under a label is that label's; values printed apart go to
// the records whose labels came before them, first come first served, each
// to the next of the record's labels whose kind (a reference, a date, a
// status, a lead, prose) it fits: a record that lacks a value skips its
// label. A reference goes to the first record still without one, and ends
// the records before it that took values; a line in lower case, or an item
// of a bulleted list under another, goes on with the value above.
#ifndef PLANROWS_PIPELINE_RECOVERY_DETACHED_RECORDS_H_
#define PLANROWS_PIPELINE_RECOVERY_DETACHED_RECORDS_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class DetachedRecords {
 public:
  // A reader by `rules`, which must outlive it.
  explicit DetachedRecords(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // `lines` with the record blocks whose values stand apart from their
  // labels written as a line per label of two cells, the label and its
  // value; `lines` unchanged unless a block of labels comes twice or more
  // and some record prints a value right under its label.
  std::vector<PlanLine> Attach(const std::vector<PlanLine>& lines) const;

 private:
  // One label of the sequence: its lines as printed, the kind of value it takes.
  struct Label {
    std::vector<std::string> parts;  // Folded lines: "what we are going to", "do".
    std::string text;                // As printed, its lines joined.
    CellKind kind = CellKind::kOther;  // kOther takes any value.
  };
  // The labels of the longest block of three or more short lines that
  // comes twice or more, its lines in lower case joined to the line above;
  // none unless the header rules name most of them.
  std::vector<Label> LearnLabels(const std::vector<PlanLine>& lines) const;
  // Gives each label of `labels` no header rule names the kind of most of
  // the values printed right under it among `lines`, when they say one
  // ("Num." over "PP1" takes references).
  void KindsBeside(const std::vector<PlanLine>& lines, std::vector<Label>* labels) const;
  // The label of `labels` and its part that `line` prints, by `parts`, the
  // labels' folded lines: the whole line, or a one-line label that `*rest`
  // follows on it ("Who is accountable? Police").
  static std::optional<std::pair<size_t, size_t>> PartOf(
      const PlanLine& line, const std::vector<Label>& labels,
      const std::map<std::string, std::pair<size_t, size_t>>& parts, std::string* rest);
  // True when `line` could be a label: a short line of one cell that is no
  // reference, date or status.
  bool IsLabelLike(const PlanLine& line) const;
  // The kind of value the column that `label` names takes.
  CellKind KindOf(const std::string& label) const;
  // True when a value of `kind` fits a label taking `label_kind`.
  static bool Fits(CellKind kind, CellKind label_kind);

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_DETACHED_RECORDS_H_
