#include "pipeline/recovery/column_block_reader.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines a wrapped column heading takes, and most words on each.
constexpr size_t kMaxHeadingLines = 3;
constexpr int kMaxHeadingLineWords = 4;
// Fewest columns that make a table.
constexpr size_t kMinColumns = 3;

}  // namespace

std::string ColumnBlockReader::ReadHeading(const std::vector<PlanLine>& lines, size_t at,
                                           const std::string* expected, size_t* end) const {
  std::string text, found;
  for (size_t k = at; k < lines.size() && k < at + kMaxHeadingLines; ++k) {
    const PlanLine& line = lines[k];
    if (TextTableEnd::IsPast(line) || line.page != lines[at].page ||
        CellText::WordCount(line.text) > kMaxHeadingLineWords) {
      break;
    }
    // A narrow column wraps its heading between words, or inside a long one.
    for (const std::string& joined : {text + (text.empty() ? "" : " ") + line.text, text + line.text}) {
      bool named = expected != nullptr ? CellText::FoldForMatch(joined) == CellText::FoldForMatch(*expected)
                                       : rules_.headers.Match(joined).has_value();
      if (named) {
        found = joined;
        *end = k + 1;
        break;
      }
    }
    text += (text.empty() ? "" : " ") + line.text;
  }
  return found;
}

std::vector<ColumnBlockReader::Block> ColumnBlockReader::ReadPage(const std::vector<PlanLine>& lines, size_t at,
                                                                 const std::vector<std::string>* expected,
                                                                 size_t* end) const {
  std::vector<Block> blocks;
  size_t i = at;
  const PageText* page = lines[at].page;
  while (i < lines.size() && lines[i].page == page && !TextTableEnd::IsPast(lines[i])) {
    size_t next = i;
    const std::string* want = expected == nullptr || blocks.size() >= expected->size() ? nullptr
                                                                                        : &(*expected)[blocks.size()];
    std::string heading = (expected == nullptr || want != nullptr) ? ReadHeading(lines, i, want, &next) : "";
    if (!heading.empty()) {
      blocks.push_back(Block{heading, {}});
      i = next;
      continue;
    }
    if (blocks.empty()) break;
    if (!TextTableEnd::IsFurniture(lines[i], rules_.patterns)) blocks.back().lines.push_back(&lines[i]);
    ++i;
  }
  *end = i;
  return blocks;
}

CellGrouper ColumnBlockReader::Grouper(std::optional<Column> column) const {
  CellGrouper::Options options;
  options.wrapped_lines = true;
  return CellGrouper(cell_fit_, {column}, options);
}

std::vector<std::string> ColumnBlockReader::Texts(const Block& block) {
  std::vector<std::string> texts;
  for (const PlanLine* line : block.lines) texts.push_back(PrintedText(*line));
  return texts;
}

size_t ColumnBlockReader::CountRows(const std::vector<Block>& blocks,
                                    const std::vector<std::optional<Column>>& columns) const {
  // The references count the rows; without them, the cells of the action
  // column (or of the first) as they read best.
  auto ref = std::find(columns.begin(), columns.end(), Column::kRef);
  if (ref != columns.end()) return blocks[ref - columns.begin()].lines.size();
  auto action = std::find(columns.begin(), columns.end(), Column::kAction);
  size_t c = action == columns.end() ? 0 : action - columns.begin();
  return Grouper(columns[c]).Group(Texts(blocks[c])).size();
}

void ColumnBlockReader::AddRows(const std::vector<Block>& blocks, RebuiltTable* table) const {
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(table->headings, rules_.headers);
  size_t rows = CountRows(blocks, columns);
  if (rows == 0) return;
  size_t first = table->rows.size();
  for (size_t r = 0; r < rows; ++r) {
    table->rows.push_back(RebuiltRow{blocks[0].lines.front(), std::vector<std::string>(blocks.size())});
  }
  for (size_t c = 0; c < blocks.size(); ++c) {
    if (blocks[c].lines.empty()) continue;
    std::vector<std::string> cells = Cells(blocks[c], columns[c], rows);
    if (cells.empty()) {
      table->warnings.push_back(fmt::format(
          "page {}: column '{}' printed as a block reads as fewer cells than the page's {} rows; which rows "
          "they belong to cannot be told, so they are left out",
          blocks[c].lines[0]->page->number, blocks[c].heading, rows));
      continue;
    }
    for (size_t r = 0; r < rows; ++r) table->rows[first + r].cells[c] = std::move(cells[r]);
  }
}

std::vector<std::string> ColumnBlockReader::Cells(const Block& block, std::optional<Column> column,
                                                  size_t rows) const {
  CellGrouper grouper = Grouper(column);
  std::vector<std::string> texts = Texts(block);
  // Prose that reads as fewer cells than rows has empty or shared cells
  // somewhere: cutting it to the count would make up cell ends. Every row
  // has an action, and names wrap anywhere.
  bool cut = column == Column::kAction || column == Column::kLead || column == Column::kLeadTimeframe ||
             column == Column::kRef;
  if (!cut && grouper.Group(texts).size() < rows) return {};
  return grouper.SplitInto(texts, rows);
}

bool ColumnBlockReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  size_t end = at;
  std::vector<Block> blocks = ReadPage(lines, at, nullptr, &end);
  if (blocks.size() < kMinColumns) return false;
  std::vector<std::string> headings;
  for (const Block& block : blocks) headings.push_back(block.heading);
  std::set<std::string> distinct;
  for (const std::string& heading : headings) distinct.insert(CellText::FoldForMatch(heading));
  bool filled = std::all_of(blocks.begin(), blocks.end() - 1, [](const Block& block) { return !block.lines.empty(); });
  if (distinct.size() != blocks.size() || !filled || !SpacedHeaderSplitter(rules_.headers).IsHeader(headings)) {
    return false;
  }
  table->header = &lines[at];
  table->headings = headings;
  AddRows(blocks, table);
  // The next pages go on with the same headings, a section heading perhaps above them.
  for (size_t next = end; next < lines.size();) {
    size_t page_end = next;
    if (TextTableEnd::IsSectionHeading(lines[next], rules_.patterns)) ++page_end;
    if (page_end >= lines.size()) break;
    std::vector<Block> page = ReadPage(lines, page_end, &headings, &page_end);
    if (page.size() != headings.size()) break;
    if (page_end > next && TextTableEnd::IsSectionHeading(lines[next], rules_.patterns)) {
      table->rows.push_back(RebuiltRow{&lines[next], {lines[next].text}, true});
    }
    AddRows(page, table);
    next = end = page_end;
  }
  table->end = end;
  return !table->rows.empty();
}

}  // namespace planrows
