#include "pipeline/recovery/column_profiles.h"

#include <utility>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/lookalike_refs.h"
#include "pipeline/recovery/wrapped_date.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

std::vector<ColumnProfile> ColumnProfiles::Of(const TableBody& body, const TableLayout& layout) const {
  CellClassifier classifier(rules_);
  CellFit fit(rules_);
  std::vector<ColumnProfile> profiles(layout.columns().size());
  std::vector<std::vector<std::string>> placed;
  for (const TableBody::Part& part : body.parts) {
    TableLayout placer = layout;
    if (part.repeat) placer.TakePositions(*part.repeat);
    // A later page with no header repeated on it places its cells where
    // its own rows start them; the first lines lie on the header's page.
    int page = part.repeat ? part.header->page->number : -1;
    for (const PlanLine* line : part.lines) {
      if (page >= 0 && line->page->number != page) placer.TakePagePositions(*line->page);
      page = line->page->number;
      if (line->FilledCells() >= 2) placed.push_back(placer.Place(*line, false));  // Not a wrapped line of one cell.
    }
  }
  JoinWrappedCells(&placed);
  std::vector<LookalikeRefs> lookalikes(profiles.size(), LookalikeRefs(rules_.patterns));
  for (const std::vector<std::string>& cells : placed) {
    for (size_t i = 0; i < cells.size(); ++i) {
      CellKind kind = classifier.Classify(cells[i]);
      if (kind == CellKind::kEmpty) continue;
      // A list of dated steps ("Draft by May 2025 Sign-off by July 2025") says when, as a date does.
      if (kind == CellKind::kProse && fit.IsDatedSteps(CellText::Clean(cells[i]))) kind = CellKind::kDate;
      profiles[i].Add(cells[i], kind, rules_.timeframes);
      profiles[i].action_openings += rules_.patterns.OpensAction(CellText::Clean(cells[i]));
      lookalikes[i].Note(cells[i], kind);
    }
  }
  for (size_t i = 0; i < profiles.size(); ++i) profiles[i].TakeAsRefs(lookalikes[i].Misread());
  return profiles;
}

void ColumnProfiles::JoinWrappedCells(std::vector<std::vector<std::string>>* placed) const {
  std::vector<std::vector<std::string>>& rows = *placed;
  WrappedDate wrapped_date(rules_.timeframes);
  for (size_t k = 0; k + 1 < rows.size(); ++k) {
    for (size_t i = 0; i < rows[k].size() && i < rows[k + 1].size(); ++i) {
      std::string above = CellText::Clean(rows[k][i]);
      size_t last = CapitalsEnd(rows, k, i, &above);
      std::string below = CellText::Clean(rows[last][i]);
      std::string whole = rules_.patterns.JoinWrappedRef(above, below);
      if (whole.empty() && last == k + 1 && !below.empty() && wrapped_date.Join(below, &above)) whole = above;
      if (whole.empty()) continue;
      rows[k][i] = whole;
      for (size_t j = k + 1; j <= last; ++j) rows[j][i].clear();
    }
  }
}

size_t ColumnProfiles::CapitalsEnd(const std::vector<std::vector<std::string>>& rows, size_t k, size_t i,
                                   std::string* capitals) const {
  size_t next = k + 1;
  while (next + 1 < rows.size() && i < rows[next + 1].size() && rules_.patterns.IsRefCapitals(*capitals)) {
    std::string longer = *capitals + PlanPatterns::UndoubledCapital(CellText::Clean(rows[next][i]));
    if (longer == *capitals || !rules_.patterns.IsRefCapitals(longer)) break;
    *capitals = std::move(longer);
    ++next;
  }
  return next;
}

}  // namespace planrows
