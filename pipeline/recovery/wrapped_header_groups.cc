// WrappedHeaderReader's two-level headers: which short line is a group's
// name alone on its line, and which name of the first row of names stands
// over the names of the second.
#include <algorithm>
#include <cctype>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/wrapped_header_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool WrappedHeaderReader::IsLoneGroup(const std::vector<PlanLine>& lines, size_t k) const {
  const std::string& text = lines[k].text;
  bool capital_next = k + 1 < lines.size() && std::isupper(static_cast<unsigned char>(lines[k + 1].text[0]));
  return capital_next && std::isupper(static_cast<unsigned char>(text[0])) &&
         CellText::WordCount(text) <= static_cast<int>(kMaxGroupWords) && !rules_.headers.Match(text) &&
         !rules_.headers.MatchWords(text);
}

std::vector<std::vector<std::string>> WrappedHeaderReader::GroupPlacings(const std::vector<std::string>& names,
                                                                         const std::vector<PlanLine>& lines,
                                                                         size_t at, size_t end) const {
  // Where the group's name stands among `names`, and where the names after
  // it begin: it is one of them, or, left out by Read where the names would
  // not split with it, it stands after the names of the lines above it.
  std::optional<size_t> group;
  size_t after_begin = 0;
  size_t words_above = 0;  // The words of the header's lines above line `k`.
  for (size_t k = at; k < end && k < lines.size() && !group; ++k) {
    if (IsLoneGroup(lines, k)) {
      std::string lone = CellText::FoldForMatch(lines[k].text);
      for (size_t n = 1; n < names.size() && !group; ++n) {
        if (CellText::FoldForMatch(names[n]) == lone) group = n, after_begin = n + 1;
      }
      size_t n = 0, words = 0;
      while (!group && n < names.size() && words < words_above) {
        words += SpacedHeaderSplitter::WordsOf(names[n++]).size();
      }
      if (!group && n > 0 && n < names.size() && words == words_above) group = n, after_begin = n;
    }
    words_above += SpacedHeaderSplitter::WordsOf(lines[k].text).size();
  }
  std::vector<std::vector<std::string>> placings;
  if (!group) return placings;
  const size_t after = names.size() - after_begin;
  // A group left out over all the names after it is how Read read them.
  const size_t most = after_begin == *group ? after - 1 : after;
  for (size_t under = 2; under <= most; ++under) {
    std::vector<std::string> placed(names.begin(), names.begin() + *group);
    placed.insert(placed.end(), names.end() - under, names.end());
    placed.insert(placed.end(), names.begin() + after_begin, names.end() - under);
    placings.push_back(std::move(placed));
  }
  return placings;
}

bool WrappedHeaderReader::MayStartWithGroup(const std::vector<PlanLine>& lines, size_t at) const {
  return IsLoneGroup(lines, at) && RowsOfRefsFollow(lines, at);
}

std::optional<size_t> WrappedHeaderReader::GroupOver(const std::vector<std::string>& first,
                                                   const std::vector<std::string>& second, size_t skip,
                                                   const std::set<std::string>& lone_names) const {
  std::vector<std::optional<Column>> over = CellGrouper::ColumnsOf(first, rules_.headers);
  std::vector<std::optional<Column>> under = CellGrouper::ColumnsOf(second, rules_.headers);
  auto has = [](const std::vector<std::optional<Column>>& columns, Column column) {
    return std::find(columns.begin(), columns.end(), column) != columns.end();
  };
  // A name of a lead and a date over a lead and a date ("Who and when" over
  // "Sponsor Timeline") is theirs, whatever else no rule knows; so it is
  // over a lead and one name no rule knows, which is then the date's.
  auto joint = std::find(over.begin(), over.end(), Column::kLeadTimeframe);
  bool lead_and_date = has(under, Column::kLead) &&
                       (has(under, Column::kTimeframe) || (under.size() == 2 && (!under[0] || !under[1])));
  if (joint != over.end() && lead_and_date) return joint - over.begin();
  // The first name past the reference column's that tells no column is
  // the action's where no name of either row tells one (CellGrouper::NameActionColumn).
  std::vector<std::optional<Column>> told;
  for (size_t i = skip; i < first.size(); ++i) {
    std::optional<ColumnName> name = rules_.headers.MatchWords(first[i]);
    told.push_back(name ? std::optional<Column>(name->column) : std::nullopt);
  }
  if (!has(under, Column::kAction)) CellGrouper::NameActionColumn(&told);
  std::vector<size_t> unknown;
  for (size_t i = 0; i < told.size(); ++i) {
    if (!told[i]) unknown.push_back(i + skip);
  }
  // The header's first name, written before others on its line, heads the
  // table's first column ("Area of focus"): no group, which stands over
  // names written after all others.
  if (!unknown.empty() && unknown[0] == skip && !lone_names.count(CellText::FoldForMatch(first[skip]))) {
    unknown.erase(unknown.begin());
  }
  if (unknown.size() == 1) return unknown[0];
  // Of several, the group's is the one pdftotext wrote alone on a line, as
  // it writes a merged cell ("Ownership" between "Steps to take" and "Current").
  std::vector<size_t> alone;
  for (size_t i : unknown) {
    if (lone_names.count(CellText::FoldForMatch(first[i]))) alone.push_back(i);
  }
  if (alone.size() == 1) return alone[0];
  // Of two, the header's first name heads the first column, written alone
  // as the highest cell when names beside it wrap ("Workstream" before
  // "Item" over "no."); the other, written later, is the group's.
  if (alone.size() == 2 && alone[0] == skip) return alone[1];
  // Else the one name that tells a lead over a lead and a date
  // ("Accountability" over "Owner When") is theirs, where no name tells a date.
  if (!has(under, Column::kLead) || !has(under, Column::kTimeframe) || has(over, Column::kTimeframe) ||
      std::count(over.begin(), over.end(), Column::kLead) != 1) {
    return std::nullopt;
  }
  return std::find(over.begin(), over.end(), Column::kLead) - over.begin();
}

}  // namespace planrows
