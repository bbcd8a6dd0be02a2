// HeaderBand: the cells of a table's header on a positioned page, read from
// all the lines the header fills: headings wrapped over two or three lines,
// cells set higher or lower than the rest (centred in a tall header row),
// and headers of two levels, where a merged cell ("Accountability") spans
// the columns named on the line below it.
#ifndef PLANROWS_PIPELINE_RECOVERY_HEADER_BAND_H_
#define PLANROWS_PIPELINE_RECOVERY_HEADER_BAND_H_

#include <string>
#include <vector>

#include "pipeline/recovery/header_cell.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

class HeaderBand {
 public:
  // The header cells of the positioned lines `band`, top to bottom, left
  // to right. The line split into most cells gives the columns; a cell of
  // another line joins the column it stands over or under, is the group
  // of the columns it spans, or, standing over none, is a column of its
  // own. A line's segment splits into cells where its words stand further
  // apart than word spaces, unless `rules` know it as a whole, and where a
  // word starts in line with a cell of another line ("No." beside "will
  // it make?" under "What difference") or with cells of several lines of
  // `body`, the lines under the header ("Objective Aim" over "3.1" and
  // "Practitioners use..."). Cells of a heading cut in two, whose edge the
  // words of `body` run across, are one column.
  static std::vector<HeaderCell> Cells(const std::vector<const PlanLine*>& band, const HeaderRules& rules,
                                       const std::vector<const PlanLine*>& body = {});
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_HEADER_BAND_H_
