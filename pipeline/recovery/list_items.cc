#include "pipeline/recovery/list_items.h"

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

std::string TrimLeft(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a);
}

}  // namespace

bool ListItems::IsBullet(const PlanLine& line) const { return BulletLength(line) > 0; }

size_t ListItems::BulletLength(const PlanLine& line) const {
  if (line.cells.empty()) return 0;
  std::string first = TrimLeft(line.cells[0]);
  // A bullet in a cell of its own, before the item's text.
  if (line.cells.size() >= 2 && patterns_.IsBulletCell(first)) return first.size() + 1;
  return patterns_.BulletLength(first);
}

void ListItems::Add(const PlanLine& line, bool new_item_if_plain) {
  std::string raw = TrimLeft(line.cells.empty() ? "" : line.cells[0]);
  for (size_t i = 1; i < line.cells.size(); ++i) raw += " " + line.cells[i];
  size_t bullet = BulletLength(line);
  std::string text = CellText::Clean(raw.substr(bullet));
  if (text.empty()) return;
  bool nested = false;
  if (bullet > 0) {
    // Bullets under a plain line are that line's sub-items.
    if (base_indent_ < 0 && !last_item_plain_) base_indent_ = line.indent;
    nested = !items_.empty() && (last_item_plain_ || line.indent > base_indent_);
  } else {
    nested = !items_.empty() && !new_item_if_plain;
  }
  if (!nested) {
    items_.push_back(Item{text, &line});
    last_item_plain_ = bullet == 0;
    return;
  }
  std::string& above = items_.back().text;
  if (bullet == 0) {
    above += " " + text;
  } else {
    above += above.back() == ':' ? " " : "; ";
    above += text;
  }
}

}  // namespace planrows
