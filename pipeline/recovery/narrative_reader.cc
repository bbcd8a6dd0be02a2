#include "pipeline/recovery/narrative_reader.h"

#include "pipeline/recovery/inline_labels.h"
#include "pipeline/text/cell_text.h"

#include <cctype>
#include <cmath>

namespace planrows {
namespace {

// How far apart, in points, two lines' left edges may be and still share an indent.
constexpr double kIndentSlack = 4;
// Fewest words of the first item of a list printed without bullets on a text page.
constexpr int kMinPlainItemWords = 3;

}  // namespace

bool NarrativeReader::Read(const PlanLine& line) {
  if (line.line->heading_level > 0 || line.line->bold) return false;
  if (items_.IsBullet(line)) {
    items_.Add(line, false);
    return true;
  }
  if (items_.items().empty()) {
    if (!StartsPlainList(line)) return false;
    plain_indent_ = line.indent;
    items_.Add(line, true);
    return true;
  }
  if (line.line->gap_before || (plain_indent_ >= 0 && line.indent < plain_indent_ - kIndentSlack)) return false;
  items_.Add(line, StartsPlainItem(line));
  return true;
}

bool NarrativeReader::StartsPlainList(const PlanLine& line) const {
  // pdftotext writes a PDF's list as the lines it was printed on, right
  // under its heading; a blank line first sets text apart from the heading,
  // and a line in lower case or of a word or two goes on with it ("Action"
  // over "ref" is a column's heading).
  if (line.page->cells_by_index) {
    return !line.line->gap_before && line.IsSingleCell() && std::isupper(static_cast<unsigned char>(line.text[0])) &&
           CellText::WordCount(line.text) >= kMinPlainItemWords;
  }
  return line.indent > heading_indent_ + kIndentSlack;
}

bool NarrativeReader::StartsPlainItem(const PlanLine& line) const {
  const ListItems::Item& item = items_.items().back();
  const std::string& above = item.text;
  char last = above.empty() ? ' ' : above.back();
  if (line.text.empty() || !(last == '.' || last == ')') || !std::isupper(static_cast<unsigned char>(line.text[0])) ||
      InlineLabels::StartsWithLabel(rules_, line.text)) {
    return false;
  }
  if (plain_indent_ >= 0) return std::abs(line.indent - plain_indent_) <= kIndentSlack;
  // In a bulleted list, a line set where the items' text starts begins an
  // item whose bullet was lost (OCR misses a few) when the item above has
  // ended with its lead or timescale.
  LabelledAction labelled = InlineLabels::Read(rules_, CellText::Clean(above));
  return std::abs(line.indent - item.text_indent) <= kIndentSlack &&
         (!labelled.lead.empty() || !labelled.timeframe.empty());
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
