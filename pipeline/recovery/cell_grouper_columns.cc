// CellGrouper's naming of a table's columns from its headings.
#include "pipeline/recovery/cell_grouper.h"

#include <algorithm>

namespace planrows {

std::vector<std::optional<Column>> CellGrouper::ColumnsOf(const std::vector<std::string>& headings,
                                                          const HeaderRules& rules) {
  std::vector<std::optional<Column>> columns;
  for (const std::string& heading : headings) {
    std::optional<ColumnName> name = rules.MatchWords(heading);
    columns.push_back(name ? std::optional<Column>(name->column) : std::nullopt);
  }
  // Plans name who does a thing just before when: a column no heading
  // names right before the dates, in a table without a lead, is the lead.
  auto has = [&](Column column) { return std::find(columns.begin(), columns.end(), column) != columns.end(); };
  auto dates = std::find(columns.begin(), columns.end(), Column::kTimeframe);
  if (!has(Column::kLead) && !has(Column::kLeadTimeframe) && dates != columns.begin() && dates != columns.end() &&
      !*(dates - 1)) {
    *(dates - 1) = Column::kLead;
  }
  return columns;
}

void CellGrouper::UnnameSharedRoles(const std::vector<std::string>& headings, const HeaderRules& rules,
                                    std::vector<std::optional<Column>>* columns) {
  std::vector<std::optional<Column>> by_name;
  for (const std::string& heading : headings) {
    std::optional<ColumnName> name = rules.Match(heading);
    by_name.push_back(name ? std::optional<Column>(name->column) : std::nullopt);
  }
  for (size_t c = 0; c < columns->size(); ++c) {
    std::optional<Column>& column = (*columns)[c];
    bool named_elsewhere = std::find(by_name.begin(), by_name.end(), column) != by_name.end();
    if (!by_name[c] && column && column != Column::kExtra && named_elsewhere) column = std::nullopt;
  }
}

void CellGrouper::AimBesideNamedDates(const std::vector<std::string>& headings, const HeaderRules& rules,
                                      std::vector<std::optional<Column>>* columns) {
  std::vector<bool> dates_by_name;
  for (size_t c = 0; c < headings.size(); ++c) {
    std::optional<ColumnName> name = rules.Match(headings[c]);
    // A lead-and-date column ("Lead / date") names dates outright too, and
    // holds each row's date however its heading tells it ("Responsibility
    // and timescale").
    bool lead_dates = c < columns->size() && (*columns)[c] == Column::kLeadTimeframe;
    dates_by_name.push_back(lead_dates ||
                            (name && (name->column == Column::kTimeframe || name->column == Column::kLeadTimeframe)));
  }
  if (std::find(dates_by_name.begin(), dates_by_name.end(), true) == dates_by_name.end()) return;
  for (size_t c = 0; c < columns->size() && c < dates_by_name.size(); ++c) {
    if ((*columns)[c] == Column::kTimeframe && !dates_by_name[c]) (*columns)[c] = Column::kExtra;
  }
}

void CellGrouper::NameActionColumn(std::vector<std::optional<Column>>* columns) {
  if (std::find(columns->begin(), columns->end(), Column::kAction) != columns->end()) return;
  auto unnamed = std::find(columns->begin(), columns->end(), std::nullopt);
  if (unnamed != columns->end()) *unnamed = Column::kAction;
}

}  // namespace planrows
