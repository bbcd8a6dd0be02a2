#include "pipeline/recovery/table_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/recovery/header_band.h"
#include "pipeline/recovery/page_columns.h"
#include "pipeline/recovery/rounded_words.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

namespace {

// Fewest headed columns of a header whose repeat may have one heading
// that reads as none of them.
constexpr size_t kMinColumnsForUnread = 5;

// Fewest lines whose cells start at one point for it to be a column's start.
constexpr int kMinCellStarts = 2;

void Append(size_t column, const std::string& text, std::vector<std::string>* placed) {
  if (CellText::IsNoise(text)) return;
  std::string& cell = (*placed)[column];
  if (!cell.empty()) cell += ' ';
  cell += text;
}

}  // namespace

void TableLayout::AddColumn(const std::string& text, double start, bool blank, const HeaderRules& rules) {
  LayoutColumn column;
  column.name = blank ? std::nullopt : rules.Match(text);
  column.source = column.name ? RoleSource::kHeadingName : RoleSource::kNone;
  column.heading = text;
  column.blank = blank;
  column.start = column.headed_at = start;
  columns_.push_back(std::move(column));
}

TableLayout TableLayout::FromBand(const std::vector<const PlanLine*>& band, const HeaderRules& rules,
                                  const std::vector<const PlanLine*>& body) {
  TableLayout layout;
  // A text file lays cells out in whole characters, and a cell may start a
  // character left of its column's header.
  if (!band.empty()) layout.cell_slack_ = std::max(kColumnSlack, band.front()->page->char_width);
  for (const HeaderCell& cell : HeaderBand::Cells(band, rules, body)) {
    layout.AddColumn(cell.text, cell.x0, false, rules);
    layout.columns_.back().group = cell.group;
    layout.columns_.back().cuts_words = cell.cuts_words;
  }
  return layout;
}

TableLayout TableLayout::Build(const PlanLine& line, const HeaderRules& rules) {
  if (!line.page->cells_by_index) return FromBand({&line}, rules);
  TableLayout layout;
  for (size_t i = 0; i < line.cells.size(); ++i) {
    const std::string& cell = line.cells[i];
    if (CellText::IsNoise(cell)) {
      // An empty header cell keeps its column so that grid rows stay aligned.
      layout.AddColumn("", i, true, rules);
      continue;
    }
    // A header word split by a converter ("Mi | estones") is one column.
    unsigned char head = static_cast<unsigned char>(CellText::Clean(cell)[0]);
    if (!rules.Match(cell) && std::islower(head) && !layout.columns_.empty() && !layout.columns_.back().blank) {
      continue;
    }
    layout.AddColumn(cell, i, false, rules);
  }
  return layout;
}

void TableLayout::DropPadding() {
  // Converters pad header rows with empty cells at the end; they are no columns.
  while (!columns_.empty() && columns_.back().blank) columns_.pop_back();
}

void TableLayout::NameColumns(const HeaderRules& rules) {
  for (size_t i = 0; i < columns_.size(); ++i) {
    const std::string& heading = columns_[i].heading;
    const std::string& group = columns_[i].group;
    if (std::optional<ColumnName> name = rules.Match(heading)) {
      SetRole(i, name, RoleSource::kHeadingName, "heading names it");
    } else if (std::optional<ColumnName> by_words = rules.MatchWords(heading)) {
      SetRole(i, by_words, RoleSource::kHeadingWords, "heading words name it");
    } else if (std::optional<ColumnName> grouped = rules.MatchWords(group + " " + heading)) {
      SetRole(i, grouped, RoleSource::kHeadingWords, "heading words with '" + group + "' name it");
    }
  }
}

void TableLayout::SetRole(size_t index, std::optional<ColumnName> name, RoleSource source, const std::string& why) {
  LayoutColumn& column = columns_[index];
  column.name = std::move(name);
  column.source = source;
  column.evidence = why;
}

void TableLayout::AddUnheadedColumn(size_t at, double start, double next_start, const std::string& why) {
  if (at < columns_.size()) columns_[at].start = next_start;
  LayoutColumn column;
  column.evidence = why;
  column.start = column.headed_at = start;
  columns_.insert(columns_.begin() + at, std::move(column));
}

void TableLayout::StartAtCells(const std::vector<const PlanLine*>& body) {
  for (size_t i = 0; i < columns_.size(); ++i) {
    // Left of the first heading a line's first cell may be a reference in
    // a column with no heading; the text beside it starts this column.
    const bool first = i == 0;
    double& start = columns_[i].start;
    const double nearer = first ? -1 : (columns_[i - 1].start + start) / 2, heading = start - kColumnSlack;
    std::vector<double> cell_starts;
    for (const PlanLine* line : body) {
      if (line->page->cells_by_index) return;
      const std::vector<Segment>& segments = line->line->segments;
      for (size_t k = first ? 1 : 0; k < segments.size(); ++k) {
        // Text before a cell that starts right under this heading is the
        // column before's, parted where OCR dropped a slash ("Adult" of
        // "Agnieszka Kinsella / Adult Services" left of "Ongoing").
        bool cell_after = k + 1 < segments.size() && std::abs(segments[k + 1].box.x0 - start) <= kColumnSlack;
        double x = segments[k].box.x0;
        if (x > nearer && x < heading && !cell_after) cell_starts.push_back(x);
      }
    }
    std::sort(cell_starts.begin(), cell_starts.end());
    for (size_t k = 0; k + kMinCellStarts <= cell_starts.size(); ++k) {
      if (cell_starts[k + kMinCellStarts - 1] <= cell_starts[k] + kColumnSlack) {
        start = cell_starts[k];
        break;
      }
    }
  }
}

std::vector<ColumnTrace> TableLayout::Trace() const {
  std::vector<ColumnTrace> trace;
  for (const LayoutColumn& column : columns_) {
    trace.push_back(ColumnTrace{column.heading, column.name ? RoleName(*column.name) : "", column.evidence});
  }
  return trace;
}

void TableLayout::AddEvidence(size_t index, const std::string& why) {
  std::string& evidence = columns_[index].evidence;
  evidence += (evidence.empty() ? "" : "; ") + why;
}

void TableLayout::ReadBand(const std::vector<const PlanLine*>& band, const std::vector<const PlanLine*>& body,
                           const HeaderRules& rules) {
  *this = FromBand(band, rules, body);
  StartAtCells(body);
  NameColumns(rules);
}

std::vector<std::string> TableLayout::FitGridCells(const PlanLine& line, const std::vector<size_t>& kept,
                                                   bool is_fragment) const {
  const size_t n = columns_.size();
  std::vector<std::string> cells;
  for (size_t k : kept) cells.push_back(line.cells[k]);
  // Empty cells beyond the header's count are padding.
  while (cells.size() > n && CellText::IsNoise(cells.back())) cells.pop_back();
  size_t blanks = std::count_if(columns_.begin(), columns_.end(), [](const LayoutColumn& c) { return c.blank; });
  if (is_fragment || blanks == 0 || cells.size() + blanks > n) return cells;
  // A row short by the header's empty-headed columns skips them: they hold
  // bullets in the rows that have any.
  for (size_t i = 0; i < n && i <= cells.size(); ++i) {
    if (columns_[i].blank) cells.insert(cells.begin() + i, std::string());
  }
  return cells;
}

void TableLayout::PlaceGrid(const std::vector<std::string>& cells, bool is_fragment,
                            std::vector<std::string>* placed) const {
  const size_t n = placed->size();
  size_t offset = is_fragment && cells.size() < n ? n - cells.size() : 0;
  for (size_t k = 0; k < cells.size(); ++k) {
    // Cells beyond the header's count are overflow of the penultimate
    // column; the row's last cell stays under the last column.
    size_t column = k + offset;
    if (column >= n - 1 && k + 1 < cells.size()) column = n >= 2 ? n - 2 : 0;
    Append(std::min(column, n - 1), cells[k], placed);
  }
}

size_t TableLayout::ColumnAt(double x, double slack) const {
  size_t column = 0;
  while (column + 1 < columns_.size() && x >= columns_[column + 1].start - slack) ++column;
  return column;
}

std::vector<size_t> TableLayout::HeadedColumns() const {
  std::vector<size_t> headed;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (!CellText::IsNoise(columns_[i].heading) || columns_[i].blank) headed.push_back(i);
  }
  return headed;
}

bool TableLayout::IsRepeatedBy(const TableLayout& repeat) const {
  // Columns that cells, not headings, gave this table have no heading to repeat.
  std::vector<size_t> ours = HeadedColumns(), theirs = repeat.HeadedColumns();
  if (ours.size() != theirs.size()) return false;
  // Of a wide header, OCR may misread one heading past knowing.
  size_t unread = ours.size() >= kMinColumnsForUnread ? 1 : 0;
  for (size_t k = 0; k < ours.size(); ++k) {
    // A repeat's heading may still lack its next lines ("Lead &" of "Lead &
    // Completion Date"), OCR may read it anew, and lose its first line to
    // the page's top ("it be done?" of "When will it be done?").
    const LayoutColumn& ours_column = columns_[ours[k]];
    const LayoutColumn& its_column = repeat.columns_[theirs[k]];
    std::string mine = CellText::FoldForMatch(ours_column.heading);
    std::string its = CellText::FoldForMatch(its_column.heading);
    bool shorter = its.size() < mine.size();
    bool reads_again = CellText::ReadsAgain(mine, its) ||
                       (shorter && (CellText::ReadsAgain(mine.substr(0, its.size()), its) ||
                                    CellText::ReadsAgain(mine.substr(mine.size() - its.size()), its)));
    if (ours_column.blank != its_column.blank) return false;
    if (!reads_again && unread-- == 0) return false;
  }
  return true;
}

void TableLayout::TakePositions(const TableLayout& repeat) {
  std::vector<size_t> ours = HeadedColumns(), theirs = repeat.HeadedColumns();
  // Cells start where the repeat's rows show them to; where they show
  // nothing and the heading stands about where it stood, where they were
  // found to start before, moved as the heading moved. So do the cells of
  // a column after one without a heading where the repeat took that
  // column's cells for the start of this one's.
  std::vector<LayoutColumn> moved_columns = columns_;
  for (size_t k = 0; k < ours.size(); ++k) {
    const LayoutColumn& before = columns_[ours[k]];
    const LayoutColumn& its = repeat.columns_[theirs[k]];
    double moved = its.headed_at - before.headed_at;
    bool unread = its.start == its.headed_at;
    size_t o = ours[k];
    bool took_unheaded = o > 0 && std::find(ours.begin(), ours.end(), o - 1) == ours.end() &&
                         its.start <= columns_[o - 1].start + moved + kColumnSlack;
    bool keeps_place = (unread && std::abs(moved) <= kColumnSlack) || took_unheaded;
    moved_columns[o].start = keeps_place ? before.start + moved : its.start;
    moved_columns[o].headed_at = its.headed_at;
  }
  // A column without a heading moves with the next column that has one.
  for (size_t i = columns_.size(); i-- > 0;) {
    bool headed = std::find(ours.begin(), ours.end(), i) != ours.end();
    if (!headed && i + 1 < columns_.size()) {
      moved_columns[i].start = columns_[i].start + (moved_columns[i + 1].start - columns_[i + 1].start);
    }
  }
  columns_ = std::move(moved_columns);
}

void TableLayout::TakePagePositions(const PageText& page) {
  if (page.cells_by_index) return;
  std::vector<double> starts;
  for (const LayoutColumn& column : columns_) starts.push_back(column.start);
  std::optional<std::vector<double>> read = PageColumns::Read(starts, page);
  if (!read) return;
  for (size_t i = 0; i < columns_.size(); ++i) columns_[i].start = (*read)[i];
}

int TableLayout::IndexOf(Column column) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].name && columns_[i].name->column == column) return static_cast<int>(i);
  }
  return -1;
}

std::string TableLayout::JoinOnLine(const PlanLine& line, size_t column, bool new_segment) const {
  // Leads on one line stand apart where OCR lost the slash between them
  // ("Agnieszka Kinsella   Adult Services"); nothing else parts a lead.
  const std::optional<ColumnName>& name = columns_[column].name;
  bool lead = name && name->column == Column::kLead;
  return new_segment && lead && line.page->from_ocr ? " / " : " ";
}

std::vector<std::string> TableLayout::Place(const PlanLine& line, bool is_fragment) const {
  std::vector<std::string> placed(columns_.size());
  if (placed.empty()) return placed;
  std::vector<size_t> kept;
  for (size_t i = 0; i < line.cells.size(); ++i) {
    const std::string& cell = line.cells[i];
    std::string clean = CellText::Clean(cell);
    bool blank = cell.find_first_not_of(' ') == std::string::npos;
    bool bullet_only = !blank && (clean.empty() || clean == "-" || clean == "*");
    // Under a header cell of its own, a bullet fills a column of bullets.
    bool own_column = line.page->cells_by_index && i < columns_.size() && columns_[i].blank;
    if (!bullet_only || own_column) kept.push_back(i);
  }
  if (line.page->cells_by_index) {
    PlaceGrid(FitGridCells(line, kept, is_fragment), is_fragment, &placed);
    return placed;
  }
  // Word by word: a segment may run across a column boundary when two
  // cells' texts nearly touch.
  std::vector<const Segment*> segments;
  std::vector<const Word*> words;
  std::vector<bool> starts_segment;
  for (size_t k : kept) {
    const Segment& segment = line.line->segments[k];
    if (segment.words.empty()) Append(ColumnAt(segment.box.x0), line.cells[k], &placed);
    segments.push_back(&segment);
    for (const Word& word : segment.words) {
      words.push_back(&word);
      starts_segment.push_back(&word == &segment.words.front());
    }
  }
  std::vector<size_t> columns = RoundedWords::Columns(line, segments, [this](double x) { return ColumnAt(x); });
  // A cell of a text file may start a character left of its column's start; a word inside a cell may not.
  for (size_t i = 0; i < words.size(); ++i) {
    if (starts_segment[i]) columns[i] = std::max(columns[i], ColumnAt(words[i]->box.x0, cell_slack_));
  }
  for (size_t i = 0; i < words.size(); ++i) {
    std::string& cell = placed[columns[i]];
    cell += cell.empty() ? words[i]->text : JoinOnLine(line, columns[i], starts_segment[i]) + words[i]->text;
  }
  return placed;
}

}  // namespace planrows
