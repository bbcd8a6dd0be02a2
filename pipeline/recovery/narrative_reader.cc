#include "pipeline/recovery/narrative_reader.h"

namespace planrows {

bool NarrativeReader::Read(const PlanLine& line) {
  if (line.line->heading_level > 0 || line.line->bold) return false;
  bool bullet = items_.IsBullet(line);
  if (!bullet && (line.line->gap_before || items_.items().empty())) return false;
  items_.Add(line, false);
  return true;
}

std::vector<RowFields> NarrativeReader::TakeRows() {
  std::vector<RowFields> rows;
  for (const ListItems::Item& item : items_.items()) {
    RowFields row;
    row.action = item.text;
    row.section = section_;
    row.where = item.first_line->Where();
    row.flags.push_back("narrative-bullet");
    rows.push_back(std::move(row));
  }
  items_.items().clear();
  return rows;
}

}  // namespace planrows
