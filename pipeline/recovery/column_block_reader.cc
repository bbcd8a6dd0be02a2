#include "pipeline/recovery/column_block_reader.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/cell_placement.h"
#include "pipeline/recovery/column_wrap_width.h"
#include "pipeline/recovery/list_items.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/recovery/wrapped_date.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest words per line, on average, of a block of prose rather than names.
constexpr int kMinProseWordsPerLine = 4;
// Most words of a line that holds an action's reference and the first of
// its words a narrow column wrapped ("SF 2 – Map", "3.6:").
constexpr int kMostWrappedRefWords = 4;

}  // namespace

CellGrouper ColumnBlockReader::Grouper(const Block& block, std::optional<Column> column, size_t longest) const {
  CellGrouper::Options options;
  options.max_cell_pieces = std::max({options.max_cell_pieces, longest, LongestList(block)});
  options.wrapped_lines = true;
  options.one_width = true;
  options.width = block.wrap_width;
  options.verb_led_actions = true;  // A capital may start a sentence or a cell alike: an action's verb tells which.
  return CellGrouper(cell_fit_, {column}, options);
}

void ColumnBlockReader::SetWrapWidths(std::vector<Page>* pages) {
  std::vector<std::vector<size_t>> widest;
  for (const Page& page : *pages) {
    widest.emplace_back();
    for (const Block& block : page.blocks) {
      size_t width = 0;
      for (const PlanLine* line : block.lines) width = std::max(width, CellText::PrintedWidth(PrintedText(*line)));
      widest.back().push_back(width);
    }
  }
  std::vector<size_t> shared = ColumnWrapWidth::Shared(widest);
  for (Page& page : *pages) {
    for (size_t c = 0; c < page.blocks.size(); ++c) page.blocks[c].wrap_width = shared[c];
  }
}

bool ColumnBlockReader::IsBareNumberRef(const Block& block, const PlanLine& line) const {
  std::optional<ColumnName> column = rules_.headers.Match(block.heading);
  auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return column && column->column == Column::kRef && !line.text.empty() &&
         std::all_of(line.text.begin(), line.text.end(), is_digit);
}

bool ColumnBlockReader::IsRefBlock(const Block& block) const {
  return !block.lines.empty() && std::all_of(block.lines.begin(), block.lines.end(), [&](const PlanLine* line) {
    return classifier_.Classify(line->text) == CellKind::kRef;
  });
}

bool ColumnBlockReader::IsThemeBlock(const Block& block) const {
  if (block.lines.empty()) return false;
  // A narrow column may wrap the label itself ("Strategic" over "Theme One -").
  std::string start = block.lines.front()->text;
  if (block.lines.size() > 1) start += " " + block.lines[1]->text;
  return rules_.patterns.StartsWithSectionLabel(start);
}

bool ColumnBlockReader::IsCellALineBlock(const Block& block) const {
  return !block.lines.empty() && std::all_of(block.lines.begin(), block.lines.end(), [&](const PlanLine* line) {
    CellKind kind = classifier_.Classify(line->text);
    return kind == CellKind::kDate || kind == CellKind::kStatus;
  });
}

bool ColumnBlockReader::LooksLikeProse(const std::vector<std::string>& texts) {
  int words = 0;
  for (const std::string& text : texts) words += CellText::WordCount(text);
  return words >= kMinProseWordsPerLine * static_cast<int>(texts.size());
}

std::vector<std::string> ColumnBlockReader::Texts(const Block& block) {
  std::vector<std::string> texts;
  for (const PlanLine* line : block.lines) texts.push_back(PrintedText(*line));
  return texts;
}

std::vector<std::string> ColumnBlockReader::CellALineTexts(const Block& block) const {
  // A date the column's width wrapped ("April 2017 - March" over "2018") is one cell (WrappedDate), and so
  // is a lead's date wrapped before its year ("J Rees - November" over "2015").
  WrappedDate wrapped(rules_.timeframes);
  std::vector<std::string> cells;
  for (const std::string& text : Texts(block)) {
    bool lead_date = !cells.empty() && !rules_.timeframes.IsTimeframe(cells.back());
    if (lead_date && cell_fit_.CutsDateBeforeYear(cells.back(), text)) {
      cells.back() += " " + text;
    } else if (cells.empty() || !wrapped.Join(text, &cells.back())) {
      cells.push_back(text);
    }
  }
  return cells;
}

bool ColumnBlockReader::AnyLineGoesOn(const Block& block) {
  const std::vector<std::string> texts = Texts(block);
  for (size_t k = 1; k < texts.size(); ++k) {
    bool goes_on = CellText::StartsLower(texts[k]) || CellText::StartsMidPhrase(texts[k]);
    if (goes_on || CellText::EndsMidPhrase(texts[k - 1])) return true;
  }
  return false;
}

size_t ColumnBlockReader::DatedCells(const Block& block) const {
  WrappedDate wrapped(rules_.timeframes);
  const std::vector<std::string> texts = Texts(block);
  size_t cells = 0;
  for (size_t k = 0; k < texts.size(); ++k) {
    CellFit::Reading reading = cell_fit_.Read(texts[k]);
    if (reading.kind != CellKind::kDate && !reading.ends_with_date) continue;
    // A date wrapped before its year ("J Rees - March" over "2027"), or one a line in lower case goes on
    // from, ends no cell there.
    std::string date = texts[k];
    bool goes_on = k + 1 < texts.size() &&
                   (CellText::StartsLower(texts[k + 1]) || cell_fit_.CutsDateBeforeYear(texts[k], texts[k + 1]) ||
                    wrapped.Join(texts[k + 1], &date));
    cells += !goes_on;
  }
  return cells;
}

size_t ColumnBlockReader::CountRows(const std::vector<Block>& blocks,
                                    const std::vector<std::optional<Column>>& columns) const {
  // The references count the rows; without them, the cells of the action
  // column (or of the first) as they read best, each a row (they are cut as
  // cells, not grouped into rows, which would cost every row after the
  // first), or more where a block of dates or statuses, a cell a line, has
  // more lines.
  for (size_t c = 0; c < blocks.size(); ++c) {
    if (columns[c] == Column::kRef || IsRefBlock(blocks[c])) return blocks[c].lines.size();
  }
  auto action = std::find(columns.begin(), columns.end(), Column::kAction);
  size_t c = action == columns.end() ? 0 : action - columns.begin();
  size_t rows = ReadCells(blocks[c], columns[c]).size();
  // Actions that start with their refs are counted by them.
  if (!ActionRefStarts(blocks[c], columns[c]).empty()) return rows;
  // Bulleted lines are a list's items, and a cell may hold several (a
  // row's milestones, "- Draft by May" over "- Sign-off by June"): they
  // count no rows.
  ListItems bullets(rules_.patterns);
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    bool bulleted = std::any_of(block.lines.begin(), block.lines.end(),
                                [&](const PlanLine* line) { return bullets.IsBullet(*line); });
    if (IsCellALineBlock(block) && !bulleted) rows = std::max(rows, CellALineTexts(block).size());
    // A lead-and-date column's cells each end on their date: a list of actions may hide a row they show.
    if (columns[b] == Column::kLeadTimeframe && !bulleted) rows = std::max(rows, DatedCells(block));
  }
  return rows;
}

std::optional<Column> ColumnBlockReader::KindOf(const Block& block, std::optional<Column> column) const {
  // A column no rule names is cut as the prose or the names it holds.
  if (column) return column;
  return LooksLikeProse(Texts(block)) ? Column::kAction : Column::kLead;
}

std::vector<std::string> ColumnBlockReader::ReadCells(const Block& block, std::optional<Column> column) const {
  if (IsRefBlock(block)) return Texts(block);
  if (IsCellALineBlock(block)) return CellALineTexts(block);
  if (IsThemeBlock(block)) {
    std::string theme;
    for (const std::string& text : Texts(block)) CellText::AppendWrapped(text, &theme);
    return {theme};
  }
  std::vector<std::string> texts = Texts(block);
  std::optional<Column> kind = KindOf(block, column);
  std::vector<size_t> starts = ActionRefStarts(block, column);
  if (starts.empty()) return Grouper(block, kind).Split(texts);
  // Each reference starts an action's cell, its list of steps and all.
  std::vector<std::string> cells;
  for (size_t s = 0; s < starts.size(); ++s) {
    std::vector<std::string> cell(texts.begin() + starts[s], s + 1 < starts.size() ? texts.begin() + starts[s + 1]
                                                                                    : texts.end());
    // One action, its steps and all, may run longer than a cell a grouper would cut.
    std::vector<std::string> read = Grouper(block, kind, cell.size()).SplitInto(cell, 1);
    if (read.empty()) return Grouper(block, kind).Split(texts);
    cells.push_back(std::move(read.front()));
  }
  return cells;
}

std::vector<size_t> ColumnBlockReader::ActionRefStarts(const Block& block, std::optional<Column> column) const {
  // A column no rule names may be one of actions however few its words.
  bool actions = !column || KindOf(block, column) == Column::kAction;
  std::vector<std::string> texts = Texts(block);
  std::vector<size_t> starts;
  std::string ref, rest;
  for (size_t k = 0; k < texts.size(); ++k) {
    // A narrow column may wrap the action's first words under its ref ("3.6:" over "Strengthen ...", "SF 2 –
    // Map" over "parenting ..."), too few alone to read as an action.
    std::string_view head = std::string_view(texts[k]).substr(rules_.patterns.BulletLength(texts[k]));
    bool wrapped = k + 1 < texts.size() && CellText::WordCount(head) <= kMostWrappedRefWords &&
                   texts[k].find_first_of("0123456789") != std::string::npos &&
                   rules_.patterns.MatchBulletedActionRef(texts[k] + " " + texts[k + 1], &ref, &rest);
    if (wrapped || rules_.patterns.MatchBulletedActionRef(texts[k], &ref, &rest)) starts.push_back(k);
  }
  if (!actions || starts.size() < 2 || starts.front() != 0) starts.clear();
  return starts;
}

void ColumnBlockReader::AddRows(const std::vector<Block>& blocks, RebuiltTable* table) const {
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(table->headings, rules_.headers);
  size_t rows = CountRows(blocks, columns);
  // A first column may have no cells on a page (a theme printed on its section's first row only).
  auto printed = std::find_if(blocks.begin(), blocks.end(), [](const Block& block) { return !block.lines.empty(); });
  if (rows == 0 || printed == blocks.end()) return;
  size_t first = table->rows.size();
  for (size_t r = 0; r < rows; ++r) {
    table->rows.push_back(RebuiltRow{printed->lines.front(), std::vector<std::string>(blocks.size())});
  }
  for (size_t c = 0; c < blocks.size(); ++c) {
    if (blocks[c].lines.empty()) continue;
    std::vector<std::string> cells = Cells(blocks[c], columns[c], rows);
    if (cells.empty()) {
      table->warnings.push_back(fmt::format(
          "page {}: column '{}' printed as a block reads as far fewer cells than the page's {} rows; which rows "
          "they belong to cannot be told, so they are left out",
          blocks[c].lines[0]->page->number, blocks[c].heading, rows));
      continue;
    }
    if (cells.size() > 1 && std::find(cells.begin(), cells.end(), "") != cells.end()) {
      table->warnings.push_back(fmt::format(
          "page {}: column '{}' printed as a block has fewer cells than the page's {} rows; they are placed in "
          "the rows they most likely belong to",
          blocks[c].lines[0]->page->number, blocks[c].heading, rows));
    }
    for (size_t r = 0; r < cells.size(); ++r) table->rows[first + r].cells[c] = std::move(cells[r]);
  }
}

std::vector<std::string> ColumnBlockReader::Cells(const Block& block, std::optional<Column> column,
                                                  size_t rows) const {
  std::vector<std::string> cells = ReadCells(block, column);
  if (IsRefBlock(block)) return cells.size() == rows ? cells : std::vector<std::string>();
  // Dates a line as many as the rows are a row's each: "Ongoing" over "2015/16" is two.
  if (IsCellALineBlock(block) && block.lines.size() == rows) return Texts(block);
  // The section's theme stands in the first row, where TableReader reads it as the rows' section.
  if (cells.size() == rows || IsThemeBlock(block)) return cells;
  // Notes of progress as many lines as the rows, none going on into the next ("5 briefings held; attendance
  // good" twice), are a row's each: joined, a row would lose its note where nothing shows one wrapped.
  if (column == Column::kProgress && block.lines.size() == rows && !AnyLineGoesOn(block)) return Texts(block);
  bool named = column.has_value();
  column = KindOf(block, column);
  // More cells than rows were cut too finely. Every row has an action, and
  // a lead with a date; a row may lack a lead, so a lead column is cut as it
  // reads, but a column no heading names, read as names only by a guess, a
  // cell a row.
  bool cut = column == Column::kAction || column == Column::kLeadTimeframe || (column == Column::kLead && !named);
  // (A block of fewer lines than rows cannot be cut a cell a row.)
  if (cells.size() > rows || (cut && block.lines.size() >= rows)) {
    return Grouper(block, column).SplitInto(Texts(block), rows);
  }
  // One outcome for a page of rows is a cell merged over them: it is the
  // first row's, and later rows share it.
  if (cells.size() == 1 && column == Column::kOutcome) return cells;
  // Fewer cells than rows have empty cells somewhere, which the text does
  // not show: the cells go where they are most likely right.
  return CellPlacement::Place(cells, rows);
}

std::vector<std::string> ColumnBlockReader::RepeatedHeadingsAt(const std::vector<PlanLine>& lines, size_t at,
                                                               size_t first) const {
  // A table stands after a blank line or atop its page.
  if (!lines[at].page_start && !lines[at].line->gap_before) return {};
  std::vector<std::string> headings;
  for (const std::vector<size_t>& heading : repeated_.Find(lines, first, kMinColumns)) {
    std::string text;
    for (size_t k : heading) text = rules_.headers.JoinHeadingLine(text, lines[k].text);
    headings.push_back(std::move(text));
  }
  return headings;
}

size_t ColumnBlockReader::RepeatedHeadingLinesAt(const std::vector<PlanLine>& lines, size_t at) const {
  if (TextTableEnd::IsPast(lines[at])) return 0;
  // The table's pages are counted from the page before, where it printed
  // the heading too: its last page repeats what the others print.
  size_t from = at;
  const std::string folded = CellText::FoldForMatch(lines[at].text);
  const PageText* before = nullptr;
  for (size_t k = at; k-- > 0 && (before == nullptr || lines[k].page == before || lines[k].page == lines[at].page);) {
    if (lines[k].page == lines[at].page) continue;
    before = lines[k].page;
    if (CellText::FoldForMatch(lines[k].text) == folded && !TextTableEnd::IsPast(lines[k])) from = k;
  }
  std::vector<std::vector<size_t>> headings = repeated_.Find(lines, from, kMinColumns);
  return headings.empty() || headings.front().front() != from ? 0 : headings.front().size();
}

bool ColumnBlockReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  size_t end = at;
  std::vector<Block> blocks = ReadPage(lines, at, nullptr, &end);
  // A reference column with a blank heading prints its refs above the
  // first heading; the headings are read past them.
  Block refs;
  if (blocks.empty()) refs = ReadHeadlessRefs(lines, at);
  size_t first = at + refs.lines.size();
  if (first >= lines.size()) return false;
  if (first > at) blocks = ReadPage(lines, first, nullptr, &end);
  // Headings no rule knows are the lines each page repeats; they also head
  // blocks between known headings, which would otherwise run into the block
  // above them.
  std::vector<std::string> repeated = RepeatedHeadingsAt(lines, at, first);
  bool named = MakesTable(blocks, true, Repeats(repeated, blocks));
  if (!named || Extends(repeated, blocks)) {
    size_t repeated_end = first;
    std::vector<Block> by_repeats = ReadPage(lines, first, &repeated, &repeated_end);
    bool read = !repeated.empty() && by_repeats.size() == repeated.size() && MakesTable(by_repeats, false, true);
    if (!read && !named) return false;
    if (read) {
      blocks = std::move(by_repeats);
      end = repeated_end;
    }
  }
  if (!refs.lines.empty()) blocks.insert(blocks.begin(), refs);
  std::vector<std::string> headings;
  for (const Block& block : blocks) headings.push_back(block.heading);
  table->header = &lines[at];
  table->headings = headings;
  std::vector<Page> pages{Page{nullptr, std::move(blocks)}};
  // The next pages go on with the same headings, a section heading perhaps above them.
  for (size_t next = end; next < lines.size();) {
    size_t page_end = next;
    if (TextTableEnd::IsSectionHeading(lines[next], rules_.patterns)) ++page_end;
    if (page_end >= lines.size()) break;
    std::vector<Block> page = ReadPage(lines, page_end, &headings, &page_end);
    if (page.size() != headings.size()) break;
    bool section = page_end > next && TextTableEnd::IsSectionHeading(lines[next], rules_.patterns);
    pages.push_back(Page{section ? &lines[next] : nullptr, std::move(page)});
    next = end = page_end;
  }
  // A page's blocks are cut at the width all the table's pages show.
  SetWrapWidths(&pages);
  for (Page& page : pages) {
    if (page.section != nullptr) table->rows.push_back(RebuiltRow{page.section, {page.section->text}, true});
    TakeThemes(&page.blocks, table);
    AddRows(page.blocks, table);
  }
  table->end = end;
  return !table->rows.empty();
}

}  // namespace planrows
