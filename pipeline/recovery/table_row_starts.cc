// TableReader's rules of where rows start: whether a line starts a row of
// its own, a sub-row under the same reference, or goes on with the row
// above, by rulings, gaps, page breaks and how cells begin and end.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/table_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// True when cleaned `text` starts like a new item rather than the middle of
// a sentence: with a capital letter, a digit or an opening bracket or quote.
bool StartsLikeNewItem(const std::string& text) {
  std::string clean = CellText::Clean(text);
  if (clean.empty()) return false;
  unsigned char c = static_cast<unsigned char>(clean[0]);
  return std::isupper(c) || std::isdigit(c) || c == '(' || c == '"' || c == '\'' || c >= 0x80;
}

// Columns that must start afresh together for a row to start where no gap
// or ruling parts it from the row above: two, since one cell may list items.
constexpr int kMinRestartedColumns = 2;

// Columns that must all start afresh under complete cells for a page's
// first line to start a row though nothing else says the row above ended.
constexpr int kMinAllRestartedColumns = 3;

// How far left of a column's start, in points, a ruling that divides its
// cells may begin (OCR finds line ends to within a few pixels).
constexpr double kRulingSlack = 6;

// True when `text` has words and does not end mid-phrase.
bool EndsComplete(const std::string& text) {
  std::string clean = CellText::Clean(text);
  return !clean.empty() && !CellText::EndsMidPhrase(clean);
}

// True when `date` ends with a month's name and a year of two digits, as
// spreadsheets print dates ("Jan-20", "Sept 19").
bool EndsWithMonthAndShortYear(const std::string& date) {
  constexpr size_t kShortYearDigits = 2, kMinMonthLetters = 3;
  size_t size = date.size();
  if (size < kMinMonthLetters + 1 + kShortYearDigits) return false;
  size_t year = size - kShortYearDigits;
  if (!std::isdigit(static_cast<unsigned char>(date[year])) ||
      !std::isdigit(static_cast<unsigned char>(date[year + 1])) || (date[year - 1] != '-' && date[year - 1] != ' ')) {
    return false;
  }
  size_t letters = 0;
  while (letters < year - 1 && std::isalpha(static_cast<unsigned char>(date[year - 2 - letters]))) ++letters;
  return letters >= kMinMonthLetters;
}

// True when `date` names its year: four digits ("2015/16", "31/05/2019")
// or a month's two ("Jan-20").
bool NamesYear(const std::string& date) {
  size_t digits = 0;
  for (unsigned char c : date) {
    digits = std::isdigit(c) ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return EndsWithMonthAndShortYear(date);
}

// True when `date` waits for nothing on the line below: it names its
// year, or holds no figure to be followed by one ("Ongoing", "Annually").
bool EndsDate(const std::string& date) {
  return NamesYear(date) ||
         (!date.empty() && std::none_of(date.begin(), date.end(), [](unsigned char c) { return std::isdigit(c); }));
}

// True when `date` is a year alone ("2021", "2016/17"), not a day's date
// ("30/04/2014").
bool IsBareYear(const std::string& date) {
  constexpr size_t kYearDigits = 4;
  auto digit = [](unsigned char c) { return std::isdigit(c) != 0; };
  bool year_first = date.size() >= kYearDigits && std::all_of(date.begin(), date.begin() + kYearDigits, digit);
  return year_first &&
         std::all_of(date.begin(), date.end(), [&](unsigned char c) { return digit(c) || c == '/' || c == '-'; });
}

}  // namespace

std::string TableReader::ColumnRef(const PlanLine& line, const std::string& cell) const {
  std::string ref = rules_.patterns.RepairColumnRef(CellText::ForPatterns(cell));
  if (!line.page->from_ocr || IsRowRef(ref) || rules_.patterns.SwapLookalikes(ref) != "1") return ref;
  int ref_column = layout_.IndexOf(Column::kRef);
  const std::string& last = has_current_ ? cells_[ref_column] : rows_.empty() ? "" : rows_.back().ref;
  return CellFit::IsBareNumber(last) ? "1" : ref;
}

bool TableReader::StartsSubRow(const PlanLine& line, const std::vector<std::string>& cells) const {
  int ref = layout_.IndexOf(Column::kRef);
  // Centred cells stand beside any line of a row: a lead there goes with no action in particular.
  if (!has_current_ || line.page->cells_by_index || line.centred_row || ref < 0 || cells_[ref].empty()) return false;
  return LeadRestarts(line, cells);
}

bool TableReader::LeadRestarts(const PlanLine& line, const std::vector<std::string>& cells) const {
  int action = layout_.IndexOf(Column::kAction), lead = layout_.IndexOf(Column::kLead);
  if (!has_current_ || action < 0 || lead < 0 || previous_cells_.size() != cells.size()) return false;
  // Both the action and the lead start afresh, neither cell above was left
  // mid-phrase ("Chair of", "I Pearson/"), and the lead above had ended: a
  // blank line (not the page break), or a line with no lead, comes between.
  bool gap = line.line->gap_before && !AtPageTop(line);
  bool lead_ended = gap || DividesCell(line) || CellText::IsNoise(previous_cells_[lead]);
  return lead_ended && StartsLikeNewItem(cells[action]) && StartsLikeNewItem(cells[lead]) &&
         EndsComplete(cells_[action]) && EndsComplete(cells_[lead]);
}

bool TableReader::DividesCell(const PlanLine& line) const {
  int ref = layout_.IndexOf(Column::kRef);
  return line.line->ruled_row_start && ref >= 0 && ref + 1 < static_cast<int>(layout_.columns().size()) &&
         line.line->ruling_x0 > layout_.columns()[ref + 1].start - kRulingSlack;
}

bool TableReader::RowAboveEnded(const std::vector<std::string>& cells) const {
  // A cut row's lead was read before the break; a new row brings its own.
  int lead = layout_.IndexOf(Column::kLead);
  if (lead >= 0 && !CellText::IsNoise(cells_[lead]) && CellText::IsNoise(cells[lead])) return false;
  // A cell that goes on in lower case ("are given the same" under "Parents
  // of newborns") is the cut row's; a date or status of its own is a new
  // row's, as a cut cell does not go on with another. A cell left
  // mid-phrase above tells less here: a list of milestones ("Sign-off by")
  // may end a page.
  if (GoesOnAbove(cells, false)) return false;
  if (BringsAnotherValue(cells)) return true;
  std::string above = CellText::Clean(Cell(cells_, Column::kAction));
  if (!above.empty() && (above.back() == '.' || above.back() == '!' || above.back() == '?')) return true;
  return AllCellsRestart(cells);
}

bool TableReader::AllCellsRestart(const std::vector<std::string>& cells) const {
  if (cells_.size() != cells.size()) return false;
  int ref = layout_.IndexOf(Column::kRef), restarted = 0;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (static_cast<int>(c) == ref || CellText::IsNoise(cells[c])) continue;
    if (!StartsLikeNewItem(cells[c])) return false;
    // A row with no status is as complete as one whose status ended.
    if (CellText::IsNoise(cells_[c])) continue;
    if (!EndsComplete(cells_[c])) return false;
    ++restarted;
  }
  return restarted >= kMinAllRestartedColumns;
}

bool TableReader::CellsRestart(const std::vector<std::string>& cells) const {
  if (previous_cells_.size() != cells.size() || cells_.size() != cells.size()) return false;
  int ref = layout_.IndexOf(Column::kRef), restarted = 0;
  for (size_t c = 0; c < cells.size(); ++c) {
    // A date or status that is whole goes on with nothing, whatever starts under it ("approx." under "10%").
    restarted += static_cast<int>(c) != ref && !CellText::IsNoise(cells_[c]) && CellText::IsNoise(previous_cells_[c]) &&
                 !CellText::IsNoise(cells[c]) && (StartsLikeNewItem(cells[c]) || IsWholeValue(cells_[c]));
  }
  return restarted >= kMinRestartedColumns;
}

bool TableReader::IsWholeValue(const std::string& cell) const {
  return !CellText::IsNoise(cell) && (rules_.timeframes.IsTimeframe(cell) || rules_.patterns.IsStatusCell(cell));
}

bool TableReader::BringsOwnValue(const std::vector<std::string>& cells) const {
  // Where references start rows, a cell may list a date a line ("March 2013" over "June 2013").
  return layout_.IndexOf(Column::kRef) < 0 && !GoesOnAbove(cells, true) &&
         (BringsAnotherValue(cells) || BringsFirstValue(cells));
}

bool TableReader::BringsFirstValue(const std::vector<std::string>& cells) const {
  int action = layout_.IndexOf(Column::kAction);
  if (action < 0 || !StartsLikeNewItem(cells[action]) || !EndsComplete(cells_[action])) return false;
  // Cells are set at the top of their rows: a row with no date or status
  // on its first line has none, and one on a later line is the next row's.
  for (Column column : {Column::kTimeframe, Column::kProgress}) {
    int c = layout_.IndexOf(column);
    if (c >= 0 && CellText::IsNoise(cells_[c]) && IsWholeValue(cells[c])) return true;
  }
  return false;
}

bool TableReader::GoesOnAbove(const std::vector<std::string>& cells, bool or_mid_phrase) const {
  int timeframe = layout_.IndexOf(Column::kTimeframe), progress = layout_.IndexOf(Column::kProgress);
  for (size_t c = 0; c < cells.size() && c < cells_.size(); ++c) {
    if (static_cast<int>(c) == timeframe || static_cast<int>(c) == progress) continue;
    std::string cell = CellText::Clean(cells[c]), above = CellText::Clean(cells_[c]);
    // A bullet as OCR reads it ("e Deliver") starts an item: no lower case goes on.
    bool lower = CellText::StartsLower(cell) && rules_.patterns.OcrBulletLength(cell) == 0;
    if (!cell.empty() && !above.empty() && (lower || (or_mid_phrase && CellText::EndsMidPhrase(above)))) {
      return true;
    }
  }
  return false;
}

bool TableReader::BringsAnotherValue(const std::vector<std::string>& cells) const {
  std::string above = CellText::Clean(Cell(cells_, Column::kTimeframe));
  std::string below = CellText::Clean(Cell(cells, Column::kTimeframe));
  // A date wrapped in its cell leaves its year to the line below ("Q1" or
  // "April 2020 - March" over "2021"); a whole date under one with its
  // year is another ("Q3" under "Q3 2017/18"); so is the same whole value
  // again ("Ongoing" under "Ongoing"), which no cell lists twice.
  if (IsWholeValue(above) && IsWholeValue(below) && ((NamesYear(above) && !IsBareYear(below)) || above == below)) {
    return true;
  }
  // A lead and date cell is whole once its date has come, after the lead
  // ("F Gillespie" over "30/09/2014" or "Ongoing") or alone; text under it
  // is the next row's.
  LeadAndTimeframe combined = rules_.timeframes.Split(CellText::Clean(Cell(cells_, Column::kLeadTimeframe)));
  below = CellText::Clean(Cell(cells, Column::kLeadTimeframe));
  if (EndsDate(combined.timeframe) && !below.empty() && !IsBareYear(below)) return true;
  above = CellText::Clean(Cell(cells_, Column::kProgress));
  below = CellText::Clean(Cell(cells, Column::kProgress));
  return IsWholeValue(above) && IsWholeValue(below) && !rules_.patterns.IsStatusCell(above + " " + below);
}

bool TableReader::StartsUnnumberedRow(const PlanLine& line, const std::vector<std::string>& cells) const {
  if (!has_current_) return true;
  // Rows of centred cells start where their references placed them, and nowhere else.
  if (line.centred_row) return line.centred_row_start;
  // A table that numbers its rows inside their action cells starts a row at each number, gap or none.
  if (layout_.IndexOf(Column::kRef) < 0 && StartsWithRef(Cell(cells, Column::kAction)) &&
      StartsWithRef(Cell(cells_, Column::kAction))) {
    return true;
  }
  // Where ruling lines are known they alone separate rows; elsewhere a gap
  // does, though not the one above a page's first line (the page break).
  // A ruling that leaves the reference column out divides a merged cell.
  bool gap = line.line->gap_before && !line.page_start;
  bool row_break = rulings_part_rows_ ? line.line->ruled_row_start
                                       : line.line->ruled_row_start || gap || CellsRestart(cells) ||
                                             BringsOwnValue(cells) || LeadRestarts(line, cells);
  // At the top of a page the row that the page break cut goes on, unless
  // it reads as ended: then the break parts the rows.
  if (AtPageTop(line)) {
    if (!RowAboveEnded(cells)) return false;
    row_break = true;
  }
  if (!line.page->cells_by_index && (!row_break || DividesCell(line))) return false;
  if (StartsLikeNewItem(Cell(cells, Column::kAction))) return true;
  // A bullet OCR read as a letter ("e Publish") starts a list as a bullet's glyph does.
  if (line.page->from_ocr && rules_.patterns.OcrBulletLength(CellText::Clean(Cell(cells, Column::kAction))) > 0) {
    return true;
  }
  if (StartsLikeNewItem(Cell(cells, Column::kLead))) return true;
  // A row's cells centred in it may set its progress or date above its
  // action: under a ruling, they start the row as its action would.
  if (rulings_part_rows_ && (StartsLikeNewItem(Cell(cells, Column::kProgress)) ||
                             StartsLikeNewItem(Cell(cells, Column::kTimeframe)))) {
    return true;
  }
  // Under a ruling a bulleted action is a list of a row's own; elsewhere a
  // gap may part the items of one cell's list.
  std::string_view action = Cell(cells, Column::kAction);
  action.remove_prefix(std::min(action.size(), action.find_first_not_of(' ')));
  if (rulings_part_rows_ && rules_.patterns.BulletLength(action) > 0) return true;
  // A line of cells by index whose action starts with a bullet ("* Audit
  // the toolkit") is a row of its own when it brings its own date.
  if (line.page->cells_by_index && rules_.patterns.BulletLength(Cell(cells, Column::kAction)) > 0 &&
      IsWholeValue(Cell(cells, Column::kTimeframe))) {
    return true;
  }
  const std::string& combined = Cell(cells, Column::kLeadTimeframe);
  return StartsLikeNewItem(rules_.timeframes.Split(combined).lead);
}

}  // namespace planrows
