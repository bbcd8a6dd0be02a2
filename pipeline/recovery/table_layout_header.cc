// TableLayout: telling whether a row of headings makes a table's header.
#include "pipeline/recovery/table_layout.h"

#include <algorithm>
#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest headings of a header row that content must bear out; a row of
// fewer, down to kMinToldHeadings, is one when each heading tells its column
// and one is a known name ("What we are going to do", "Who / when" over refs
// printed unheaded): a row's two cells may each hold a word of a heading.
constexpr int kMinUnprovenHeadings = 3;
constexpr int kMinToldHeadings = 2;

}  // namespace

std::optional<TableLayout> TableLayout::FromHeader(const PlanLine& line, const HeaderRules& rules) {
  if (!MayHead(line, CountNames(line, rules))) return std::nullopt;
  return Proven(Build(line, rules), line, rules);
}

bool TableLayout::MayHead(const PlanLine& line, int names) {
  // Most lines name no column at all; they leave before the costlier work.
  // A line of two cells may tell its headings by their words alone.
  return names > 0 || line.cells.size() == 2;
}

std::optional<TableLayout> TableLayout::FromWrappedHeader(const PlanLine& first, const PlanLine& second,
                                                          const HeaderRules& rules) {
  if (first.page->cells_by_index || second.page != first.page || second.line->gap_before ||
      CountNames(first, rules) == 0) {
    return std::nullopt;
  }
  return Proven(FromBand({&first, &second}, rules), first, rules);
}

std::optional<TableLayout> TableLayout::Proven(TableLayout layout, const PlanLine& line, const HeaderRules& rules) {
  if (!layout.IsHeader(rules, line)) return std::nullopt;
  layout.DropPadding();
  layout.NameColumns(rules);
  return layout;
}

int TableLayout::CountNames(const PlanLine& line, const HeaderRules& rules) {
  int matched = 0;
  for (const std::string& cell : line.cells) matched += rules.Match(cell).has_value();
  return matched;
}

void TableLayout::CountTold(const HeaderRules& rules, int* filled, int* named, int* told,
                            bool* content_column) const {
  *filled = *named = *told = 0;
  *content_column = false;
  for (size_t i = 0; i < columns_.size(); ++i) {
    // Cells without a word ("#") neither make nor spoil a header.
    if (blank_[i] || CellText::FoldForMatch(headings_[i]).empty()) continue;
    ++*filled;
    std::optional<ColumnName> name = columns_[i];
    if (name) {
      ++*named;
      ++*told;
    } else if ((name = rules.MatchWords(headings_[i]))) {
      ++*told;
    }
    Column column = name ? name->column : Column::kExtra;
    *content_column |= column == Column::kAction || column == Column::kLead || column == Column::kLeadTimeframe;
  }
}

bool TableLayout::IsHeader(const HeaderRules& rules, const PlanLine& line) const {
  int filled, named, told;
  bool content_column;
  CountTold(rules, &filled, &named, &told, &content_column);
  using Parts = HeaderRules::HeadingParts;
  bool text_input = line.line->source_line > 0;
  Parts parts = text_input ? Parts::kPrinted : Parts::kGuessed;
  return HeaderRules::MakesHeader(named, told, filled, content_column, parts) || NamesActionAndWhen(rules);
}

bool TableLayout::NamesActionAndWhen(const HeaderRules& rules) const {
  std::vector<size_t> filled;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (!blank_[i] && !CellText::FoldForMatch(headings_[i]).empty()) filled.push_back(i);
  }
  if (filled.size() != 2 || columns_[filled[0]]) return false;
  std::optional<ColumnName> action = rules.MatchWords(headings_[filled[0]]);
  std::optional<ColumnName> when = columns_[filled[1]];
  // Two headings told by their words alone must look like headings.
  if (!when && HeaderRules::IsShortHeading(headings_[filled[0]]) && HeaderRules::IsShortHeading(headings_[filled[1]])) {
    when = rules.MatchWords(headings_[filled[1]]);
  }
  return action && action->column == Column::kAction && when && HoldsLeadOrDate(when->column);
}

std::optional<TableLayout> TableLayout::FromUnprovenHeader(const std::vector<const PlanLine*>& band,
                                                           const HeaderRules& rules) {
  TableLayout layout = band.size() == 1 ? Build(*band[0], rules) : FromBand(band, rules);
  int filled, named, told;
  bool content_column;
  layout.CountTold(rules, &filled, &named, &told, &content_column);
  bool few_but_told = filled >= kMinToldHeadings && told == filled && named >= 1;
  if ((filled < kMinUnprovenHeadings && !few_but_told) || told == 0) return std::nullopt;
  layout.DropPadding();
  layout.NameColumns(rules);
  return layout;
}

}  // namespace planrows
