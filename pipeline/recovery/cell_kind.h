// CellKind: what the text of one table cell looks like (a reference, a
// date, a status word, a lead's few capitalised words, prose), the content
// evidence from which a column's role is read when its heading says
// little or nothing.
#ifndef PLANROWS_PIPELINE_RECOVERY_CELL_KIND_H_
#define PLANROWS_PIPELINE_RECOVERY_CELL_KIND_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/rules/recovery_rules.h"

namespace planrows {

enum class CellKind { kEmpty, kRef, kDate, kStatus, kLead, kProse, kOther };
constexpr int kCellKindCount = 7;

// The name of `kind` for explanations: "ref", "date", "lead", ...
const char* CellKindName(CellKind kind);
// The kind of cell a column of `column` holds: prose for an action, a
// status for progress, other text for an extra column.
CellKind KindHeldBy(Column column);

class CellClassifier {
 public:
  // A classifier by the patterns of `rules`, which must outlive it.
  explicit CellClassifier(const RecoveryRules& rules) : rules_(rules) {}

  // What `cell` (raw text of one cell, or one line of it) looks like. A
  // reference is a reference in a reference column's forms ("1", "EH2",
  // "vc1") that is no date ("May 17"); a lead is a few words, most of them
  // capitalised ("Head of Early Help", "J Okafor / Police"); prose has
  // several lower-case words.
  CellKind Classify(std::string_view cell) const;

  // True when `word`, first on a line of converter text, is the reference
  // of a row: a printed reference ("1.1", "EH2") or a reference with
  // letters in any case ("vc1", "p1.2"); never a date, nor a bare number,
  // which may number a page as well, nor an initial ("I.").
  bool IsLineRef(std::string_view word) const;
  // How many of `words`, a line of converter text, make the reference the
  // line starts with (IsLineRef): one ("1.1", "EH2"), or two when a prefix
  // of capitals stands apart from its number ("YV 1", "CSE 3.2a"); 0 when
  // the line starts with no reference.
  size_t RefWordsAtStart(const std::vector<std::string>& words) const;
  // The reference a narrow reference column cut after its capitals, the
  // line `prefix` over the line `number` ("WF" over "1" gives "WF 1"); empty
  // where they make none, as a status in capitals ("RED") over the next
  // row's number does not.
  std::string JoinCutRef(std::string_view prefix, std::string_view number) const;

  // True when `text` is a reference in a reference column's forms as
  // printed, a plain number among them ("3", "EH2"), and no date: converter
  // text says what it says, so an initial ("I.") or a word ending a
  // sentence ("sector.") is no reference OCR lookalikes would make of it.
  bool IsPrintedRef(std::string_view text) const;

  // Where in `line`, after words of another cell printed beside it on the
  // line, an action led by its reference starts ("... seen and heard PF1.
  // Refresh the register"): the offset of the reference, or npos. The
  // reference is printed in a reference column's forms (IsPrintedRef), no
  // bare number and no date, and the words before it end on no joining word.
  size_t ActionRefInside(std::string_view line) const;

  // The shape of a reference, by which references of one table agree: its
  // runs of letters as "A", of digits as "9", other characters as written
  // ("EH 2" and "CE 1" give "A 9", "OS9" and "OS10" give "A9").
  static std::string RefShape(std::string_view ref);

 private:
  const RecoveryRules& rules_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_CELL_KIND_H_
