#include "pipeline/recovery/two_name_header.h"

#include <algorithm>

#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// How many rows under the header must read as an action's lines over lead or date lines.
constexpr size_t kRowsToBearOut = 2;
// Within how many lines under the header they must do so; as many tell
// whether each cell is a line.
constexpr size_t kMaxLinesToBearOut = 16;

bool IsTextLine(const PlanLine& line) { return line.page->cells_by_index && line.IsSingleCell(); }

}  // namespace

std::vector<std::string> TwoNameHeader::Read(const std::vector<PlanLine>& lines, size_t at, size_t* end) const {
  const PlanLine& line = lines[at];
  if (!IsTextLine(line) || TextTableEnd::IsSectionHeading(line, rules_.patterns)) return {};
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(line.text);
  std::string lead_name = LeadName(words);
  if (lead_name.empty() || FirstRows(lines, at).rows < kRowsToBearOut) return {};
  *end = at + 1;
  return {kActionHeading, lead_name};
}

bool TwoNameHeader::LineACell(const std::vector<PlanLine>& lines, size_t at) const {
  RowsRead read = FirstRows(lines, at);
  return read.rows >= kRowsToBearOut && read.line_a_cell;
}

std::string TwoNameHeader::LeadName(const std::vector<std::string>& words) const {
  const HeaderRules& headers = rules_.headers;
  // The longest lead or date name that ends the line, starting with a capital as a heading does.
  for (size_t begin = 1; begin < words.size(); ++begin) {
    if (CellText::StartsLower(words[begin])) continue;
    std::string name = CellText::JoinWords(words, begin, words.size());
    std::optional<ColumnName> column = headers.Match(name);
    if (!column || !HoldsLeadOrDate(column->column)) continue;
    std::string actions = CellText::JoinWords(words, 0, begin);
    std::optional<ColumnName> first = headers.MatchWords(actions);
    if (CellText::StartsLower(actions) || !first || first->column != Column::kAction) return "";
    return name;
  }
  return "";
}

TwoNameHeader::RowsRead TwoNameHeader::FirstRows(const std::vector<PlanLine>& lines, size_t at) const {
  // A row is an action's lines, then lines of its lead and date, ended by
  // a date or by the next action; section headings and page numbers aside.
  RowsRead read;
  size_t action_lines = 0, lead_lines = 0;
  const std::string header = CellText::FoldForMatch(lines[at].text);
  auto end_row = [&] {
    ++read.rows;
    read.line_a_cell = read.line_a_cell && action_lines == 1 && lead_lines == 1;
    action_lines = lead_lines = 0;
  };
  for (size_t k = at + 1; k < lines.size() && k <= at + kMaxLinesToBearOut; ++k) {
    const PlanLine& line = lines[k];
    if (!IsTextLine(line) || TextTableEnd::IsPast(line)) break;
    if (CellText::Clean(line.text).empty() || TextTableEnd::IsFurniture(line, rules_.patterns)) continue;
    // The header printed again on a new page stands among the rows.
    if (TextTableEnd::IsSectionHeading(line, rules_.patterns) || CellText::FoldForMatch(line.text) == header) continue;
    if (!ReadsAsLeadOrDate(line.text)) {
      // An action after a lead starts the next row: the last ended without a date.
      if (lead_lines > 0) end_row();
      ++action_lines;
      continue;
    }
    // A lead or a date with no action before it starts no row of such a table.
    if (action_lines == 0) return {};
    ++lead_lines;
    if (!rules_.timeframes.Split(line.text).timeframe.empty()) end_row();
  }
  return read;
}

bool TwoNameHeader::ReadsAsLeadOrDate(const std::string& text) const {
  LeadAndTimeframe split = rules_.timeframes.Split(text);
  std::string lead = CellText::Clean(split.lead);
  if (lead.empty()) return !split.timeframe.empty();
  // A list of leads is long ("Head of Service, Children's Social Care / Designated Nurse"): each reads as one.
  std::vector<std::string> leads = rules_.leads.Split(lead);
  return !leads.empty() && std::all_of(leads.begin(), leads.end(), [this](const std::string& one) {
    return classifier_.Classify(one) == CellKind::kLead;
  });
}

}  // namespace planrows
