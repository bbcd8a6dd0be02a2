#include "pipeline/recovery/block_owners.h"

#include <map>
#include <optional>
#include <utility>

#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines of one lead: a longer run is no owner cell.
constexpr size_t kMostLeadLines = 5;

}  // namespace

bool BlockOwners::NamesOwnerColumn(const std::string& text) const {
  std::optional<ColumnName> column = rules_.headers.Match(text);
  return column && HoldsLeadOrDate(column->column);
}

bool BlockOwners::IsLeadLine(const PlanLine& line, const PageText* page) const {
  if (line.text.empty() || line.page != page || TextTableEnd::IsPast(line) ||
      TextTableEnd::IsFurniture(line, rules_.patterns) || TextTableEnd::IsSectionHeading(line, rules_.patterns) ||
      rules_.headers.Match(line.text).has_value() || classifier_.RefWordsAtStart(CellText::Words(line.text)) > 0) {
    return false;
  }
  CellKind kind = classifier_.Classify(line.text);
  return kind == CellKind::kLead || kind == CellKind::kOther;
}

std::vector<BlockOwners::Owner> BlockOwners::Read(const std::vector<PlanLine>& lines, const PageText* page,
                                                  size_t i) const {
  std::vector<Owner> owners;
  // The owner column's own heading ("Owner and deadline") may print between the actions and its cells.
  while (i < lines.size() && (lines[i].text.empty() || NamesOwnerColumn(lines[i].text))) ++i;
  while (true) {
    while (i < lines.size() && lines[i].text.empty()) ++i;
    Owner owner;
    size_t end = i;
    while (end < lines.size() && end - i < kMostLeadLines && IsLeadLine(lines[end], page)) {
      CellText::AppendWrapped(lines[end].text, &owner.lead);
      ++end;
    }
    // A date alone is the cell of a row without a lead: it counts, lest the cells go to the wrong actions.
    if (end == lines.size() || lines[end].page != page || classifier_.Classify(lines[end].text) != CellKind::kDate ||
        (!owner.lead.empty() && classifier_.Classify(owner.lead) != CellKind::kLead)) {
      return owners;
    }
    owner.date = lines[end].text;
    owners.push_back(std::move(owner));
    i = end + 1;
  }
}

void BlockOwners::Fill(const std::vector<PlanLine>& lines, size_t next, std::vector<RowFields>* actions,
                       size_t first) const {
  // A block of one action may be followed by its row's cells, a status among them.
  bool one = actions->size() - first == 1;
  if (one && FillFromRowCells(lines, lines[next - 1].page, next, &actions->back())) return;
  std::vector<Owner> owners = Read(lines, lines[next - 1].page, next);
  if (owners.size() != actions->size() - first) return;
  for (size_t a = first; a < actions->size(); ++a) {
    // A date alone leaves the lead an action's lines held (RefLedActions) as it is.
    if (!owners[a - first].lead.empty()) (*actions)[a].lead = std::move(owners[a - first].lead);
    (*actions)[a].timeframe = std::move(owners[a - first].date);
  }
}

std::optional<BlockOwners::CellsByKind> BlockOwners::RowCells(const std::vector<PlanLine>& lines,
                                                              const PageText* page, size_t i) const {
  CellsByKind cells;
  std::string paragraph;
  bool dated_line = false;  // Whether a line of the paragraph is a date.
  bool mixed = false;       // Whether a lead's paragraph holds a date's line: a lead and a date interleaved.
  auto close_paragraph = [&]() {
    if (paragraph.empty()) return;
    CellKind kind = classifier_.Classify(paragraph);
    mixed = mixed || (dated_line && kind == CellKind::kLead);
    cells[kind].push_back(std::move(paragraph));
    paragraph.clear();
    dated_line = false;
  };
  for (; i < lines.size(); ++i) {
    const PlanLine& line = lines[i];
    std::string ref, next_action;
    if (line.page != page || TextTableEnd::IsPast(line) || TextTableEnd::IsFurniture(line, rules_.patterns) ||
        TextTableEnd::IsSectionHeading(line, rules_.patterns) ||
        rules_.patterns.MatchBulletedActionRef(line.text, &ref, &next_action) || IsRefAlone(line.text)) {
      break;
    }
    // A column's heading among the cells: the header printed beside the row, its names running into its cells.
    if (rules_.headers.Match(line.text).has_value()) return std::nullopt;
    if (line.text.empty() || line.line->gap_before) close_paragraph();
    CellText::AppendWrapped(line.text, &paragraph);
    dated_line = dated_line || classifier_.Classify(line.text) == CellKind::kDate;
  }
  close_paragraph();
  if (mixed) return std::nullopt;
  return cells;
}

bool BlockOwners::IsRefAlone(const std::string& text) const {
  std::vector<std::string> words = CellText::Words(text);
  // A date ("Q2 2034/35") may start as a reference does.
  return !words.empty() && classifier_.RefWordsAtStart(words) == words.size() &&
         classifier_.Classify(text) == CellKind::kRef;
}

bool BlockOwners::FillFromRowCells(const std::vector<PlanLine>& lines, const PageText* page, size_t i,
                                   RowFields* action) const {
  std::optional<CellsByKind> cells = RowCells(lines, page, i);
  if (!cells) return false;
  const std::vector<std::string>& leads = (*cells)[CellKind::kLead];
  const std::vector<std::string>& dates = (*cells)[CellKind::kDate];
  const std::vector<std::string>& statuses = (*cells)[CellKind::kStatus];
  // Another reference among them starts a row of its own.
  if (leads.size() != 1 || dates.size() > 1 || statuses.size() > 1 || cells->count(CellKind::kRef)) return false;
  action->lead = leads.front();
  if (!dates.empty()) action->timeframe = dates.front();
  if (!statuses.empty()) action->progress = statuses.front();
  return true;
}

}  // namespace planrows
