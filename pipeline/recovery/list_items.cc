#include "pipeline/recovery/list_items.h"

#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// How far right of another, in points, a positioned line must start to be
// indented under it: OCR places a glyph a pixel or two either way.
constexpr double kIndentSlack = 4;

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
  if (size_t printed = patterns_.BulletLength(first)) return printed;
  // A glyph that OCR read for a bullet, a word apart from the item's text.
  return line.page->from_ocr ? patterns_.OcrBulletLength(first) : 0;
}

double ListItems::TextIndent(const PlanLine& line, size_t bullet) {
  if (line.page->cells_by_index) return line.indent + bullet;
  if (bullet == 0) return line.indent;
  const std::vector<Segment>& segments = line.line->segments;
  if (segments.size() >= 2 && segments[0].words.size() == 1) return segments[1].box.x0;
  const std::vector<Word>& words = segments[0].words;
  return words.size() >= 2 ? words[1].box.x0 : line.indent;
}

void ListItems::Add(const PlanLine& line, bool new_item_if_plain) {
  std::string raw = TrimLeft(line.cells.empty() ? "" : line.cells[0]);
  for (size_t i = 1; i < line.cells.size(); ++i) raw += " " + line.cells[i];
  size_t bullet = BulletLength(line);
  std::string text = CellText::Clean(raw.substr(bullet));
  if (text.empty()) return;
  bool nested = false;
  if (bullet > 0) {
    // Bullets set in from a plain line, or under one that ends with a
    // colon, are its sub-items; a bullet left of its text is its sibling,
    // the plain line's own bullet lost (OCR misses a few).
    if (base_indent_ < 0 && !last_item_plain_) base_indent_ = line.indent;
    const double slack = line.page->cells_by_index ? 0 : kIndentSlack;
    bool under_plain = false;
    if (last_item_plain_ && !items_.empty()) {
      under_plain = sub_indent_ >= 0 ? line.indent >= sub_indent_ - slack
                                     : line.indent > items_.back().text_indent + slack || items_.back().text.back() == ':';
      if (under_plain && sub_indent_ < 0) sub_indent_ = line.indent;
    }
    nested = !items_.empty() && (under_plain || (!last_item_plain_ && line.indent > base_indent_ + slack));
    if (!nested && last_item_plain_ && base_indent_ < 0) base_indent_ = line.indent;
  } else {
    nested = !items_.empty() && !new_item_if_plain;
  }
  if (!nested) {
    sub_indent_ = -1;
    items_.push_back(Item{text, &line, TextIndent(line, bullet)});
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
