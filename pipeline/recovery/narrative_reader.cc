#include "pipeline/recovery/narrative_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/recovery/inline_labels.h"
#include "pipeline/text/cell_text.h"

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
    last_line_ = &line;
    return true;
  }
  // A gap over a page's first line is the page break's.
  bool gap = line.line->gap_before && !line.page_start;
  if (gap || (plain_indent_ >= 0 && line.indent < plain_indent_ - kIndentSlack)) return false;
  items_.Add(line, StartsPlainItem(line));
  last_line_ = &line;
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
  // On a printed page an item may end without a stop where its line ends
  // short of the margin (EndedShort).
  bool broke_short = plain_indent_ >= 0 && !line.page->cells_by_index && !CellText::EndsMidPhrase(above) &&
                     std::abs(line.indent - plain_indent_) <= kIndentSlack && EndedShort(line);
  if (line.text.empty() || !(last == '.' || last == ')' || broke_short) ||
      !std::isupper(static_cast<unsigned char>(line.text[0])) || InlineLabels::StartsWithLabel(rules_, line.text)) {
    return false;
  }
  // A bracket left open ("(Lead: O." over "Llewellyn; by May 2017)") goes on.
  if (std::count(above.begin(), above.end(), '(') > std::count(above.begin(), above.end(), ')')) return false;
  LabelledAction labelled = InlineLabels::Read(rules_, CellText::Clean(above));
  // A lead cut after an initial ("Lead: Q." over "Nakamura & ...") goes on.
  std::vector<std::string> lead_words = CellText::Words(labelled.lead);
  if (labelled.timeframe.empty() && !lead_words.empty() && rules_.leads.vocabulary().IsInitial(lead_words.back())) {
    return false;
  }
  bool labels_ended = !labelled.lead.empty() || !labelled.timeframe.empty();
  // A full line ending a sentence may be wrapped in the middle of an item,
  // unless the item has ended with its lead or timescale.
  if (plain_indent_ >= 0) {
    return std::abs(line.indent - plain_indent_) <= kIndentSlack && (labels_ended || EndedShort(line));
  }
  // In a bulleted list, a line set where the items' text starts begins an
  // item whose bullet was lost (OCR misses a few) when the item above has
  // ended with its lead or timescale.
  return std::abs(line.indent - item.text_indent) <= kIndentSlack && labels_ended;
}

bool NarrativeReader::EndedShort(const PlanLine& line) const {
  return line.page->cells_by_index || line.page != last_line_->page || last_line_->EndsShortAbove(line);
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
