// ColumnProfile: what the cells of one table column look like (how many are
// references, dates, status words, leads, prose), the content evidence of
// the column's role.
#ifndef PLANROWS_PIPELINE_RECOVERY_COLUMN_PROFILE_H_
#define PLANROWS_PIPELINE_RECOVERY_COLUMN_PROFILE_H_

#include <array>
#include <set>
#include <string>
#include <string_view>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/rules/timeframe_finder.h"

namespace planrows {

struct ColumnProfile {
  int filled = 0;
  int lead_and_date = 0;  // Cells holding a lead, then a date.
  int whole_dates = 0;    // Cells that are a date and nothing else ("May-16", not "Draft by May 2016").
  int action_openings = 0;  // Cells that open as an action does ("Review the ...").
  std::set<std::string> texts;  // Its distinct cells, folded.
  std::array<int, kCellKindCount> kinds{};

  // Counts `cell`, a filled cell of kind `kind`, reading dates by `dates`.
  void Add(std::string_view cell, CellKind kind, const TimeframeFinder& dates);
  // Counts as references the cells that `misread` numbers by the kind they
  // were counted as.
  void TakeAsRefs(const std::array<int, kCellKindCount>& misread);

  // The share of the filled cells that are of `kind`.
  double Share(CellKind kind) const { return filled == 0 ? 0 : double(kinds[int(kind)]) / filled; }
  // The share of the filled cells that are a date and nothing else.
  double WholeDateShare() const { return filled == 0 ? 0 : double(whole_dates) / filled; }
  // The share of the filled cells that open as an action does.
  double ActionOpeningShare() const { return filled == 0 ? 0 : double(action_openings) / filled; }
  // The counts for explanations: "7 cells, 4 ref, 3 other".
  std::string Describe() const;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_COLUMN_PROFILE_H_
