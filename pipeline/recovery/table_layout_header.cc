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
  for (const LayoutColumn& column : columns_) {
    // Cells without a word ("#") neither make nor spoil a header.
    if (column.blank || CellText::FoldForMatch(column.heading).empty()) continue;
    ++*filled;
    std::optional<ColumnName> name = column.name;
    if (name) {
      ++*named;
      ++*told;
    } else if ((name = rules.MatchWords(column.heading))) {
      ++*told;
    }
    Column role = name ? name->column : Column::kExtra;
    *content_column |= role == Column::kAction || role == Column::kLead || role == Column::kLeadTimeframe;
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
  std::vector<const LayoutColumn*> filled;
  for (const LayoutColumn& column : columns_) {
    if (!column.blank && !CellText::FoldForMatch(column.heading).empty()) filled.push_back(&column);
  }
  if (filled.size() != 2 || filled[0]->name) return false;
  const std::string& first = filled[0]->heading;
  const std::string& second = filled[1]->heading;
  std::optional<ColumnName> action = rules.MatchWords(first);
  std::optional<ColumnName> when = filled[1]->name;
  // Two headings told by their words alone must look like headings.
  if (!when && HeaderRules::IsShortHeading(first) && HeaderRules::IsShortHeading(second)) {
    when = rules.MatchWords(second);
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
