#include "pipeline/recovery/table_reader.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Longest cell taken for a misplaced timeframe ("Report to LSCB in July 2014").
constexpr int kMaxTimeframeWords = 8;
// Fewest filled cells of a row whose first cell is a section's whole heading
// (its theme): the theme, the action and a lead or date.
constexpr int kLeastThemedRowCells = 3;

}  // namespace

TableReader::TableReader(const RecoveryRules& rules, const SectionTracker& sections, TableLayout layout)
    : rules_(rules), sections_(sections), layout_(std::move(layout)) {}

void TableReader::Relayout(const TableLayout& repeat, const PlanLine& header) {
  layout_.TakePositions(repeat);
  laid_out_page_ = header.page->number;
  header_tops_page_ = header.page_start;
  // A header printed again on the page where the row in progress started
  // is no page break's: the rows under it are another part of the table
  // (a section's), and the row above ended over it.
  if (!header.page_start && has_current_ && header.page->number == current_.where.page) CompleteRow();
}

void TableReader::EndRow() {
  FlushFlatRow();
  CompleteRow();
}

const std::string& TableReader::Cell(const std::vector<std::string>& cells, Column column) const {
  static const std::string kEmpty;
  int index = layout_.IndexOf(column);
  return index < 0 ? kEmpty : cells[index];
}

bool TableReader::BelongsToTable(const PlanLine& line) const {
  int first = line.FirstFilled();
  if (first < 0) return false;
  // A heading split across cells by a converter ("Area | a 5 | Listen to
  // child | ren ...") ends the table; a whole heading in the first cell of
  // a row ("Priority 2: Neglect | Agree a protocol | ...") is its theme.
  if (line.page->cells_by_index && first == 0 &&
      rules_.patterns.StartsWithSectionLabel(CellText::Clean(line.cells[0]))) {
    std::optional<SectionHeading> theme = rules_.patterns.MatchSection(CellText::Clean(line.cells[0]));
    return theme && !theme->title.empty() && line.FilledCells() >= kLeastThemedRowCells;
  }
  if (line.FilledCells() >= 2) return true;
  if (rules_.patterns.IsRef(CellText::Clean(line.cells[first]))) return true;
  // A text line keeps its empty cells: a tab-separated line is a row.
  if (line.page->cells_by_index) return first > 0 || line.cells.size() > 1;
  // A positioned single cell belongs when it sits right of the first column,
  // or within it: text wrapped to the first column's width is a cell, where
  // a paragraph after the table runs across the page. So does one whose
  // words past the first column are a date or status alone, which the
  // converter crowded against the cell's last words ("quarterly Nov-19").
  if (line.line->heading_level != 0) return false;
  std::vector<std::string> placed = layout_.Place(line, false);
  if (placed[0].empty() || (layout_.columns().size() > 1 && line.line->box.x1 < layout_.columns()[1].start)) {
    return true;
  }
  auto filled = [](const std::string& cell) { return !CellText::IsNoise(cell); };
  auto past_first = std::find_if(placed.begin() + 1, placed.end(), filled);
  return past_first != placed.end() && std::count_if(placed.begin() + 1, placed.end(), filled) == 1 &&
         IsWholeValue(*past_first);
}

void TableReader::FollowPage(const PlanLine& line) {
  if (line.page->number == laid_out_page_) return;
  // The first line read lies on the page of the table's header.
  if (laid_out_page_ >= 0) layout_.TakePagePositions(*line.page);
  laid_out_page_ = line.page->number;
}

bool TableReader::Read(const PlanLine& line) {
  if (flat_) return ReadFlatCell(line);
  FollowPage(line);
  if (!BelongsToTable(line)) return false;
  if (line.page->number != rulings_page_) {
    rulings_page_ = line.page->number;
    rulings_part_rows_ = RulingsPartRows(line);
  }
  page_top_ = std::exchange(header_tops_page_, false);
  int first = line.FirstFilled();
  // A row that is only its reference, on a line of its own, starts a table
  // that the converter flattened to one cell per line.
  if (rows_.empty() && !has_current_ && line.page->cells_by_index && line.IsSingleCell() && first == 0 &&
      layout_.IndexOf(Column::kRef) == 0) {
    flat_ = true;
    return ReadFlatCell(line);
  }
  return ReadRow(line);
}

bool TableReader::ReadFlatCell(const PlanLine& line) {
  bool is_ref = line.IsSingleCell() && rules_.patterns.IsRef(line.text);
  // A blank line inside a row that has room for an empty cell and the text
  // after it is an empty cell; otherwise text after a blank line that starts
  // no row, or a section heading anywhere, is past the table.
  bool row_open = flat_row_ && flat_row_->cells.size() + 2 <= layout_.columns().size();
  bool empty_cell = line.line->gap_before && !is_ref && row_open && !rules_.patterns.MatchSection(line.text);
  if (!line.page->cells_by_index || !line.IsSingleCell() || (line.line->gap_before && !is_ref && !empty_cell)) {
    FlushFlatRow();
    return false;
  }
  std::string text = line.cells[line.FirstFilled()];
  if (is_ref || !flat_row_) {
    FlushFlatRow();
    flat_row_ = line;
    flat_row_->cells.clear();
  }
  if (empty_cell) flat_row_->cells.emplace_back();
  flat_row_->cells.push_back(std::move(text));
  return true;
}

void TableReader::FlushFlatRow() {
  if (!flat_row_) return;
  PlanLine row = std::move(*flat_row_);
  flat_row_.reset();
  if (!rules_.patterns.IsRef(CellText::Clean(row.cells[0]))) row.cells.insert(row.cells.begin(), "");
  ReadRow(row);
}

bool TableReader::ReadRow(const PlanLine& line) {
  int ref_column = layout_.IndexOf(Column::kRef);
  if (int shifted = ShiftedRefCell(line); shifted > 0 && !CellText::IsNoise(line.cells[ref_column]) &&
                                          !rules_.patterns.IsRef(CellText::Clean(line.cells[ref_column]))) {
    // The converter put the tail of the row above in front of this row's
    // reference: read the two parts apart.
    PlanLine tail = line, row = line;
    tail.cells.assign(line.cells.begin(), line.cells.begin() + shifted);
    row.cells.assign(line.cells.begin() + shifted - ref_column, line.cells.end());
    std::fill(row.cells.begin(), row.cells.begin() + ref_column, std::string());
    ReadRow(tail);
    return ReadRow(row);
  }
  std::vector<std::string> cells = layout_.Place(line, false);
  PartRunOnRef(&cells);
  std::string ref = ref_column < 0 ? "" : ColumnRef(line, cells[ref_column]);
  if (IsRowRef(ref)) {
    std::string printed = CellText::Clean(ref);
    ref = NormalizeRef(ref);
    if (NumbersOpenRow(line, ref, printed)) {
      cells[ref_column].clear();
      ContinueRow(line, cells);
      previous_cells_ = std::move(cells);
      return true;
    }
    cells[ref_column] = ref;
    AnchorTimeframe(line, false, &cells);
    previous_cells_ = cells;
    StartRow(line, std::move(cells), true);
    if (!line.page->cells_by_index && !printed.empty() && printed.back() == '.') ref_prefix_ = printed;
    return true;
  }
  cells = layout_.Place(line, true);
  PartRunOnRef(&cells);
  // A prefix alone ("EH") may be a reference wrapped in a narrow column;
  // any other text there ("Cnt'd") is dropped.
  std::string prefix = ref_column < 0 ? "" : CellText::Clean(cells[ref_column]);
  if (ref_column >= 0) cells[ref_column].clear();
  if (std::string whole = WrappedRefEnd(prefix); !whole.empty()) {
    cells_[ref_column] = whole;
    prefix.clear();
  }
  AnchorTimeframe(line, true, &cells);
  std::vector<std::string> read = cells;
  if (StartsWrappedRef(prefix) || StartsUnnumberedRow(line, cells)) {
    StartRow(line, std::move(cells), false);
    ref_prefix_ = std::move(prefix);
  } else if (StartsSubRow(line, cells)) {
    int ref_column = layout_.IndexOf(Column::kRef);
    cells[ref_column] = cells_[ref_column];
    StartRow(line, std::move(cells), true);
    current_.flags.push_back("sub-row");
  } else {
    // A narrow column may break a reference's capitals letter by letter;
    // in a row of centred cells, or a ruled row, the capitals of its wrapped
    // reference may stand above its number, below the row's first line.
    if (ExtendsRefPrefix(line, &prefix)) {
      ref_prefix_ += prefix;
      ++prefix_lines_;
    } else if (InsideToldRow(line) && rules_.patterns.IsRefCapitals(prefix)) {
      ref_prefix_ = std::move(prefix);
    }
    ContinueRow(line, cells);
  }
  previous_cells_ = std::move(read);
  return true;
}

void TableReader::PartRunOnRef(std::vector<std::string>* cells) const {
  int ref_column = layout_.IndexOf(Column::kRef);
  std::string ref, rest;
  if (ref_column < 0 || ref_column + 1 >= static_cast<int>(cells->size()) ||
      !rules_.patterns.SplitRunOnRef(CellText::Clean((*cells)[ref_column]), &ref, &rest)) {
    return;
  }
  std::string& next = (*cells)[ref_column + 1];
  next = CellText::IsNoise(next) ? rest : rest + " " + next;
  (*cells)[ref_column] = ref;
}

void TableReader::AnchorTimeframe(const PlanLine& line, bool fragment, std::vector<std::string>* cells) const {
  int t = layout_.IndexOf(Column::kTimeframe);
  bool combined = t < 0;
  if (combined) t = layout_.IndexOf(Column::kLeadTimeframe);
  if (t < 0 || !line.page->cells_by_index) return;
  std::vector<std::string>& c = *cells;
  auto ends_with_date = [this](const std::string& text) {
    return CellText::WordCount(text) <= kMaxTimeframeWords && !rules_.timeframes.Split(text).timeframe.empty();
  };
  if (fragment && !combined && t > 0 && !c[t].empty() && !ends_with_date(c[t])) {
    c[t - 1] += c[t - 1].empty() ? c[t] : " " + c[t];
    c[t].clear();
  }
  if (!c[t].empty()) return;
  // The last filled cell right of the action moves when it is a date; a
  // lead cell only when it is nothing but a date.
  int lead = layout_.IndexOf(Column::kLead);
  for (int j = static_cast<int>(c.size()) - 1; j > layout_.IndexOf(Column::kAction); --j) {
    if (j == t || CellText::IsNoise(c[j])) continue;
    bool movable = j == lead ? rules_.timeframes.IsTimeframe(c[j]) : ends_with_date(c[j]);
    if (movable) c[t] = std::move(c[j]), c[j].clear();
    return;
  }
}

bool TableReader::InsideToldRow(const PlanLine& line) const {
  // A ruling, or the rows that centred cells part, tell where the row started.
  if (line.centred_row) return !line.centred_row_start;
  return rulings_part_rows_ && !line.line->ruled_row_start;
}

bool TableReader::RulingsPartRows(const PlanLine& line) {
  if (!line.page->ruled) return false;
  return std::any_of(line.page->lines.begin(), line.page->lines.end(), [&](const TextLine& other) {
    return other.ruled_row_start && other.box.y0 >= line.line->box.y0;
  });
}

void TableReader::StartRow(const PlanLine& line, std::vector<std::string> cells, bool numbered) {
  CompleteRow();
  ref_prefix_.clear();
  cells_ = std::move(cells);
  current_ = RowFields();
  has_current_ = true;
  std::string ref = numbered ? cells_[layout_.IndexOf(Column::kRef)] : "";
  if (numbered) last_ref_depth_ = RefDepth(ref);
  current_.section = sections_.Resolve(ref);
  current_.where = line.Where();
  lines_ = 1;
  prefix_lines_ = 1;
  if (!numbered) current_.flags.push_back("unnumbered");
}

void TableReader::ContinueRow(const PlanLine& line, const std::vector<std::string>& cells) {
  // The row's confidence is the mean of its lines'.
  if (line.line->confidence >= 0 && current_.where.confidence >= 0) {
    current_.where.confidence = (current_.where.confidence * lines_ + line.line->confidence) / (lines_ + 1);
  }
  ++lines_;
  int timeframe = layout_.IndexOf(Column::kTimeframe);
  // A date OCR read is judged with its digits repaired ("Qi 2015/1" over "6" is "Q1 2015/16").
  auto as_read = [&](const std::string& text) {
    return line.line->confidence >= 0 ? rules_.patterns.RepairDigits(text) : text;
  };
  for (size_t i = 0; i < cells.size(); ++i) {
    if (CellText::IsNoise(cells[i])) continue;
    if (static_cast<int>(i) == timeframe && rules_.timeframes.JoinsBrokenWord(as_read(cells_[i]), as_read(cells[i]))) {
      cells_[i] += CellText::Clean(cells[i]);
    } else {
      CellText::AppendWrapped(cells[i], &cells_[i]);
    }
  }
  if (line.page->number == current_.where.page) {
    if (!line.page->cells_by_index) current_.where.box.Extend(line.line->box);
  } else if (std::find(current_.flags.begin(), current_.flags.end(), "joined-page-break") ==
             current_.flags.end()) {
    current_.flags.push_back("joined-page-break");
  }
}

void TableReader::CompleteRow() {
  if (!has_current_) return;
  has_current_ = false;
  RowFields& row = current_;
  const auto& columns = layout_.columns();
  // A column without a header sits under a header cell merged across it and
  // the column to its left: its text continues that column's.
  for (size_t i = columns.size(); i-- > 1;) {
    if (columns[i].name || CellText::IsNoise(cells_[i])) continue;
    cells_[i - 1] += cells_[i - 1].empty() ? cells_[i] : " " + cells_[i];
    cells_[i].clear();
  }
  for (size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].name || CellText::IsNoise(cells_[i])) continue;
    const std::string& text = cells_[i];
    switch (columns[i].name->column) {
      case Column::kRef: row.ref = text; break;
      case Column::kAction: row.action = text; break;
      case Column::kOutcome: row.outcome = text; break;
      case Column::kLead: row.lead = text; break;
      case Column::kTimeframe: row.timeframe = text; break;
      case Column::kLeadTimeframe: row.lead_timeframe = text; break;
      case Column::kProgress: row.progress = text; break;
      case Column::kExtra: row.extra.emplace_back(columns[i].name->extra_key, text); break;
    }
  }
  bool numbered = !row.ref.empty();
  if (numbered && row.outcome.empty() && layout_.IndexOf(Column::kOutcome) >= 0 && !last_outcome_.empty()) {
    row.outcome = last_outcome_;
    row.flags.push_back("inherited-outcome");
  }
  if (!numbered && row.action.empty() && !last_action_.empty()) {
    row.action = last_action_;
    row.flags.push_back("inherited-action");
  }
  if (!row.outcome.empty()) last_outcome_ = row.outcome;
  if (!row.action.empty()) last_action_ = row.action;
  rows_.push_back(std::move(row));
}

std::vector<RowFields> TableReader::TakeRows() {
  FlushFlatRow();
  CompleteRow();
  std::vector<RowFields> rows;
  rows.swap(rows_);
  return rows;
}

}  // namespace planrows
