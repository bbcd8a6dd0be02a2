// TwoNameHeader: reads the header of a table of two columns, its actions and
// its leads and dates together, as a converter writes it a cell a line:
//
//   Actions to deliver Lead and timescale
//   Run two audits of missing-episode records
//   Head of Quality - June 2025
//
// Two names alone would make many a line of prose or a record's label a
// header, so each must show its column and the lines under them must bear
// them out: the second a known lead, date or lead-and-date name, the first
// telling actions by its words, and the first rows an action's lines then
// lines that read as a lead, a date or both.
#ifndef PLANROWS_PIPELINE_RECOVERY_TWO_NAME_HEADER_H_
#define PLANROWS_PIPELINE_RECOVERY_TWO_NAME_HEADER_H_

#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class TwoNameHeader {
 public:
  // The name given to the action column, whatever its printed name.
  static constexpr const char* kActionHeading = "Action";

  // A reader by `rules`, which must outlive it.
  explicit TwoNameHeader(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // The two column names of the header at `lines[at]`, `*end` set past it;
  // empty when the line is no such header or the lines under it do not
  // bear it out. The action column is named as one ("Action"), whatever
  // its printed name: a header of two names must name both for TableReader.
  std::vector<std::string> Read(const std::vector<PlanLine>& lines, size_t at, size_t* end) const;
  // True when the rows under the header at `lines[at]`, which Read reads,
  // take a line a cell, as a converter writes a table a cell a line: then
  // no cell goes on over the next line, even a bulleted one over a lead
  // without a date ("\u25aa Map the rota" over "P Quayle").
  bool LineACell(const std::vector<PlanLine>& lines, size_t at) const;

 private:
  // The printed lead or date name that ends `words`, after a name whose
  // words tell actions; empty when none does.
  std::string LeadName(const std::vector<std::string>& words) const;
  // The first rows under the header at `lines[at]`, each an action's lines
  // (one, or wrapped over a few as pdftotext -raw writes them) and then
  // lines that read as a lead and/or a date, a row ending at a date or at
  // the next action's line: how many, and whether each took a line a cell.
  struct RowsRead {
    size_t rows = 0;
    bool line_a_cell = true;
  };
  RowsRead FirstRows(const std::vector<PlanLine>& lines, size_t at) const;
  // True when `text` reads as a lead, a date, or a lead and then a date.
  bool ReadsAsLeadOrDate(const std::string& text) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_TWO_NAME_HEADER_H_
