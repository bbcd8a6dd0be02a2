#include "pipeline/recovery/block_owners.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <utility>

#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines of one lead: a longer run is no owner cell.
constexpr size_t kMostLeadLines = 5;
// Most lines of one owner column's heading ("Date for" over "completio" over "n").
constexpr size_t kMostHeadingLines = 3;

}  // namespace

bool BlockOwners::IsLeadLine(const PlanLine& line, const PageText* page) const {
  if (!IsOwnerLine(line, page)) return false;
  CellKind kind = classifier_.Classify(line.text);
  return kind == CellKind::kLead || kind == CellKind::kOther;
}

bool BlockOwners::IsOwnerLine(const PlanLine& line, const PageText* page) const {
  return !line.text.empty() && line.page == page && !TextTableEnd::IsPast(line) &&
         !TextTableEnd::IsFurniture(line, rules_.patterns) && !TextTableEnd::IsSectionHeading(line, rules_.patterns) &&
         !rules_.headers.Match(line.text).has_value() && !StartsRef(line.text);
}

bool BlockOwners::StartsRef(const std::string& text) const {
  // A date may start as a reference does ("Q4 2034/35").
  return classifier_.RefWordsAtStart(CellText::Words(text)) > 0 && classifier_.Classify(text) != CellKind::kDate;
}

std::vector<CellKind> BlockOwners::HeadingAt(const std::vector<PlanLine>& lines, const PageText* page,
                                             size_t* i) const {
  // A heading may wrap over lines ("Responsible" over "partner") and run on into its first cell with no
  // blank line between ("Target" over "month" over "September"): the most lines that name a column make it.
  size_t end = *i;
  while (end < lines.size() && end - *i < kMostHeadingLines && lines[end].page == page && !lines[end].text.empty() &&
         (end == *i || !lines[end].line->gap_before)) {
    ++end;
  }
  for (; end > *i; --end) {
    std::string heading;
    for (size_t k = *i; k < end; ++k) CellText::AppendWrapped(lines[k].text, &heading);
    std::optional<ColumnName> name = rules_.headers.Match(heading);
    if (!name) continue;
    std::vector<CellKind> kinds;
    if (name->column == Column::kLead || name->column == Column::kLeadTimeframe) kinds.push_back(CellKind::kLead);
    if (name->column == Column::kTimeframe || name->column == Column::kLeadTimeframe) kinds.push_back(CellKind::kDate);
    if (name->column == Column::kProgress) kinds.push_back(CellKind::kStatus);
    if (!kinds.empty()) *i = end;
    return kinds;
  }
  return {};
}

bool BlockOwners::IsOneCell(const std::vector<PlanLine>& lines, size_t begin, size_t end, CellKind kind) const {
  CellKind other = kind == CellKind::kDate ? CellKind::kStatus : CellKind::kDate;
  for (size_t k = begin; k < end; ++k) {
    const std::string& text = lines[k].text;
    CellKind line_kind = classifier_.Classify(text);
    // A status over a date ("G" over "May 2014") is two cells, and so is a lead over a date.
    if (line_kind == other || line_kind == CellKind::kLead) return false;
    // A line below that is a cell of the kind in words ("Aug-17" over "E Ibbotson - Apr-17") is one of its
    // own, unlike a date's wrapped year ("September" over "2016").
    bool worded = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c); });
    if (k > begin && line_kind == kind && worded) return false;
  }
  return true;
}

std::optional<BlockOwners::OwnerCell> BlockOwners::NextCell(const std::vector<PlanLine>& lines, const PageText* page,
                                                            size_t* i) const {
  while (*i < lines.size() && lines[*i].page == page && lines[*i].text.empty()) ++*i;
  if (*i == lines.size() || !IsOwnerLine(lines[*i], page)) return std::nullopt;
  // A reference wrapped over lines ("TR" over "10") starts the next row's action.
  if (*i + 1 < lines.size() && !classifier_.JoinCutRef(lines[*i].text, lines[*i + 1].text).empty()) return std::nullopt;
  // A date or status wrapped over a paragraph of its own ("September" over "2016") is one cell.
  size_t end = *i;
  std::string paragraph;
  while (end < lines.size() && IsOwnerLine(lines[end], page) && (end == *i || !lines[end].line->gap_before)) {
    CellText::AppendWrapped(lines[end].text, &paragraph);
    ++end;
  }
  CellKind kind = classifier_.Classify(paragraph);
  if (end > *i + 1 && (kind == CellKind::kDate || kind == CellKind::kStatus) && IsOneCell(lines, *i, end, kind)) {
    *i = end;
    return OwnerCell{kind, std::move(paragraph)};
  }
  // Else a date or a status line is a cell of its own, and the lines of a lead run up to one.
  kind = classifier_.Classify(lines[*i].text);
  if (kind == CellKind::kDate || kind == CellKind::kStatus) return OwnerCell{kind, lines[(*i)++].text};
  OwnerCell lead{CellKind::kLead, ""};
  size_t first = *i;
  while (*i < lines.size() && *i - first < kMostLeadLines && IsLeadLine(lines[*i], page) &&
         (*i == first || !lines[*i].line->gap_before)) {
    CellText::AppendWrapped(lines[(*i)++].text, &lead.text);
  }
  if (lead.text.empty() || classifier_.Classify(lead.text) != CellKind::kLead) return std::nullopt;
  // A paragraph that runs on in prose ("Audit of 20" over "cases shows") is another column's cell.
  bool runs_on = *i < lines.size() && IsOwnerLine(lines[*i], page) && !lines[*i].line->gap_before &&
                 classifier_.Classify(lines[*i].text) == CellKind::kProse;
  if (runs_on) return std::nullopt;
  return lead;
}

std::vector<BlockOwners::OwnerCell> BlockOwners::ReadCells(const std::vector<PlanLine>& lines, const PageText* page,
                                                          size_t i, std::vector<CellKind>* order) const {
  // The owner columns' headings ("Owner", "Deadline") may print between the actions and their cells, and
  // among the first row's cells; one that names a column again, or after cells of its column, is the next
  // table's header.
  std::vector<OwnerCell> cells;
  auto read = [&](CellKind kind) {
    return std::find(order->begin(), order->end(), kind) != order->end() ||
           std::any_of(cells.begin(), cells.end(), [&](const OwnerCell& cell) { return cell.kind == kind; });
  };
  while (true) {
    while (i < lines.size() && lines[i].page == page && lines[i].text.empty()) ++i;
    if (i == lines.size()) break;
    if (std::vector<CellKind> kinds = HeadingAt(lines, page, &i); !kinds.empty()) {
      if (std::any_of(kinds.begin(), kinds.end(), read)) break;
      order->insert(order->end(), kinds.begin(), kinds.end());
    } else if (std::optional<OwnerCell> cell = NextCell(lines, page, &i)) {
      cells.push_back(std::move(*cell));
    } else {
      break;
    }
  }
  // One heading says no order; columns no heading named stand right of those named, in the order most
  // tables print them.
  if (order->size() < 2) order->clear();
  for (CellKind kind : {CellKind::kLead, CellKind::kDate, CellKind::kStatus}) {
    if (std::find(order->begin(), order->end(), kind) == order->end()) order->push_back(kind);
  }
  return cells;
}

std::vector<BlockOwners::Owner> BlockOwners::Read(const std::vector<PlanLine>& lines, const PageText* page,
                                                  size_t i) const {
  std::vector<CellKind> order;  // The kinds of the owner columns, left to right.
  std::vector<OwnerCell> cells = ReadCells(lines, page, i, &order);
  std::vector<Owner> owners;
  size_t last_rank = 0;  // The column of the last cell read.
  for (OwnerCell& cell : cells) {
    // A row's cells come left to right: a cell of a column not right of the last starts the next row.
    size_t rank = std::find(order.begin(), order.end(), cell.kind) - order.begin();
    if (owners.empty() || rank <= last_rank) owners.emplace_back();
    last_rank = rank;
    std::string& field = cell.kind == CellKind::kLead   ? owners.back().lead
                         : cell.kind == CellKind::kDate ? owners.back().date
                                                        : owners.back().status;
    field = std::move(cell.text);
  }
  return owners;
}

void BlockOwners::Fill(const std::vector<PlanLine>& lines, size_t next, std::vector<RowFields>* actions,
                       size_t first) const {
  // A block of one action may be followed by its row's cells, a status among them.
  bool one = actions->size() - first == 1;
  if (one && FillFromRowCells(lines, lines[next - 1].page, next, &actions->back())) return;
  std::vector<Owner> owners = Read(lines, lines[next - 1].page, next);
  // A status alone says too little of whose row it is.
  if (owners.size() != actions->size() - first || std::any_of(owners.begin(), owners.end(), [](const Owner& owner) {
        return owner.lead.empty() && owner.date.empty();
      })) {
    return;
  }
  for (size_t a = first; a < actions->size(); ++a) Give(std::move(owners[a - first]), &(*actions)[a]);
}

bool BlockOwners::IsLeadAndDate(const std::string& text) const {
  LeadAndTimeframe split = rules_.timeframes.Split(text);
  // Not a date's own words before it ("Draft by April 2018").
  return !split.timeframe.empty() && classifier_.Classify(split.lead) == CellKind::kLead;
}

void BlockOwners::Give(Owner owner, RowFields* action) const {
  // A row with a lead or a date alone may hold both in it, a "Lead & Completion Date" cell's.
  if (owner.lead.empty() != owner.date.empty()) {
    std::string& cell = owner.lead.empty() ? owner.date : owner.lead;
    if (IsLeadAndDate(cell)) {
      action->lead_timeframe = std::move(cell);
      cell.clear();
    }
  }
  // A row without a lead leaves the lead an action's lines held (RefLedActions) as it is.
  if (!owner.lead.empty()) action->lead = std::move(owner.lead);
  if (!owner.date.empty()) action->timeframe = std::move(owner.date);
  if (!owner.status.empty()) action->progress = std::move(owner.status);
}

std::optional<BlockOwners::CellsByKind> BlockOwners::RowCells(const std::vector<PlanLine>& lines,
                                                              const PageText* page, size_t i) const {
  CellsByKind cells;
  std::string paragraph;
  bool dated_line = false;  // Whether a line of the paragraph before the last read is a date.
  bool last_dated = false;  // Whether the last line read is a date.
  // Whether a lead's paragraph holds a date's line before its last: a lead and a date interleaved, where
  // a "Who / when" cell ends in its date.
  bool mixed = false;
  // Whether a lead, date or status of a kind read already came: the next row's cells start there.
  bool next_row = false;
  CellKind first_owner = CellKind::kEmpty;  // The kind of the first lead, date or status read.
  // Whether the cells start a paragraph of their own, not on the action's last lines that read as a date.
  const bool apart = i < lines.size() && (lines[i].text.empty() || lines[i].line->gap_before);
  auto close_paragraph = [&]() {
    if (paragraph.empty()) return;
    // A lead and the date that ends it ("Maternity Services" over "June 2016") is a lead's cell (Give).
    CellKind kind = IsLeadAndDate(paragraph) ? CellKind::kLead : classifier_.Classify(paragraph);
    bool owner = kind == CellKind::kLead || kind == CellKind::kDate || kind == CellKind::kStatus;
    next_row = next_row || (owner && cells.count(kind) > 0);
    if (next_row) return;
    if (owner && first_owner == CellKind::kEmpty) first_owner = kind;
    mixed = mixed || (dated_line && kind == CellKind::kLead);
    cells[kind].push_back(std::move(paragraph));
    paragraph.clear();
    dated_line = false;
    last_dated = false;
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
    if (next_row) break;
    CellText::AppendWrapped(line.text, &paragraph);
    dated_line = dated_line || last_dated;
    last_dated = classifier_.Classify(line.text) == CellKind::kDate;
  }
  close_paragraph();
  // Where the cells run on into the next row's, the first row's are the action's only where they start a
  // paragraph and its lead comes first: a date or a status before it may end the row above, whose action
  // pdftotext wrote apart.
  if (mixed || (next_row && (first_owner != CellKind::kLead || !apart))) return std::nullopt;
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
  // A lead's cell that ends in a date beside a date of its own is two rows' cells, or a milestone's beside
  // the row's: which date is the row's is unsure.
  if (!dates.empty() && IsLeadAndDate(leads.front())) return false;
  Give(Owner{leads.front(), dates.empty() ? "" : dates.front(), statuses.empty() ? "" : statuses.front()}, action);
  return true;
}

}  // namespace planrows
