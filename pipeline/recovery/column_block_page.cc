// ColumnBlockReader: the blocks of a page, as its headings part them, and whether they make a table.
#include "pipeline/recovery/column_block_reader.h"

#include <algorithm>
#include <set>

#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines of one column's block on a page (a page holds some 70 lines of
// text; a converter's page of blocks, a few hundred).
constexpr size_t kMaxBlockLines = 250;

}  // namespace

std::vector<ColumnBlockReader::Block> ColumnBlockReader::ReadPage(const std::vector<PlanLine>& lines, size_t at,
                                                                 const std::vector<std::string>* expected,
                                                                 size_t* end) const {
  std::vector<Block> blocks;
  std::vector<std::string> seen;  // The blocks' headings, for ColumnHeadingReader.
  size_t i = at;
  const PageText* page = lines[at].page;
  // A reference column whose heading is blank prints its refs first.
  if (expected != nullptr && !expected->empty() && expected->front().empty()) {
    blocks.push_back(ReadHeadlessRefs(lines, at));
    if (blocks.back().lines.empty()) {
      *end = at;
      return {};
    }
    i += blocks.back().lines.size();
  }
  while (i < lines.size() && lines[i].page == page && !TextTableEnd::IsPast(lines[i])) {
    size_t next = i;
    const std::string* want = expected == nullptr || blocks.size() >= expected->size() ? nullptr
                                                                                        : &(*expected)[blocks.size()];
    std::string heading = (expected == nullptr || want != nullptr) ? headings_.Read(lines, i, want, seen, &next) : "";
    if (!heading.empty()) {
      blocks.push_back(Block{heading, {}});
      for (size_t k = i; k < next; ++k) blocks.back().heading_lines.push_back(&lines[k]);
      seen.push_back(heading);
      i = next;
      continue;
    }
    if (blocks.empty()) break;
    // A section heading right under a new table's first heading shows that
    // line to be a title ("Action Plan 2015/16" over "Priority 1. ..."):
    // no column's cells start with a section heading.
    if (expected == nullptr && blocks.size() == 1 && blocks.back().lines.empty() &&
        TextTableEnd::IsSectionHeading(lines[i], rules_.patterns)) {
      return {};
    }
    if (HeadsTableBelow(lines, i)) break;
    if (!TextTableEnd::IsFurniture(lines[i], rules_.patterns) || IsBareNumberRef(blocks.back(), lines[i])) {
      blocks.back().lines.push_back(&lines[i]);
    }
    // No column of one page runs this long: the lines are no column's, and
    // reading on would make every start on a long page cost the page.
    if (blocks.back().lines.size() > kMaxBlockLines) return {};
    ++i;
  }
  *end = i;
  if (expected == nullptr) TakeBackCellHeadings(&blocks);
  return blocks;
}

bool ColumnBlockReader::HeadsTableBelow(const std::vector<PlanLine>& lines, size_t at) const {
  const PlanLine& line = lines[at];
  if (line.page_start || !line.line->gap_before || !TextTableEnd::IsSectionHeading(line, rules_.patterns)) return false;
  if (at + 1 >= lines.size() || lines[at + 1].page != line.page) return false;
  // A reference column with a blank heading prints its refs above the first heading.
  size_t first = at + 1 + ReadHeadlessRefs(lines, at + 1).lines.size(), end = first;
  return first < lines.size() && lines[first].page == line.page &&
         !headings_.Read(lines, first, nullptr, {}, &end).empty();
}

ColumnBlockReader::Block ColumnBlockReader::ReadHeadlessRefs(const std::vector<PlanLine>& lines, size_t at) const {
  Block refs;
  for (size_t k = at; k < lines.size() && lines[k].page == lines[at].page &&
                      !TextTableEnd::IsPast(lines[k]) && classifier_.Classify(lines[k].text) == CellKind::kRef;
       ++k) {
    refs.lines.push_back(&lines[k]);
  }
  return refs;
}

void ColumnBlockReader::TakeBackCellHeadings(std::vector<Block>* blocks) const {
  auto column_of = [&](const Block& block) { return rules_.headers.MatchWords(block.heading); };
  for (size_t b = 1; b < blocks->size(); ++b) {
    Block& block = (*blocks)[b];
    Block& above = (*blocks)[b - 1];
    std::optional<ColumnName> column = column_of(block);
    if (!block.lines.empty() || above.lines.empty() || !column || rules_.headers.Match(block.heading)) continue;
    // Names of people and bodies hold any word; other cells seldom read as a heading.
    std::optional<ColumnName> above_column = column_of(above);
    bool lead = above_column && above_column->column == Column::kLead &&
                classifier_.Classify(block.heading) == CellKind::kLead;
    bool named_again = std::any_of(blocks->begin() + b + 1, blocks->end(), [&](const Block& other) {
      std::optional<ColumnName> named = column_of(other);
      return named && named->column == column->column && named->extra_key == column->extra_key;
    });
    if (!lead || !named_again) continue;
    above.lines.insert(above.lines.end(), block.heading_lines.begin(), block.heading_lines.end());
    blocks->erase(blocks->begin() + b--);
  }
}

size_t ColumnBlockReader::LongestList(const Block& block) const {
  size_t longest = 0, run = 0;
  // The line as printed: its bullet may be no part of its text.
  for (const std::string& text : Texts(block)) {
    bool bullet = rules_.patterns.BulletLength(text) > 0;
    run = bullet || (run > 0 && CellText::StartsLower(text)) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

bool ColumnBlockReader::Repeats(const std::vector<std::string>& repeated, const std::vector<Block>& blocks) {
  return repeated.size() == blocks.size() && std::equal(blocks.begin(), blocks.end(), repeated.begin(),
                                                        [](const Block& block, const std::string& heading) {
                                                          return CellText::FoldForMatch(block.heading) ==
                                                                 CellText::FoldForMatch(heading);
                                                        });
}

bool ColumnBlockReader::Extends(const std::vector<std::string>& repeated, const std::vector<Block>& blocks) {
  std::set<std::string> headings;
  for (const Block& block : blocks) headings.insert(CellText::FoldForMatch(block.heading));
  std::set<std::string> folded;
  for (const std::string& heading : repeated) folded.insert(CellText::FoldForMatch(heading));
  auto unrepeated = std::count_if(blocks.begin(), blocks.end(), [&](const Block& block) {
    return folded.count(CellText::FoldForMatch(block.heading)) == 0;
  });
  auto missed = std::count_if(repeated.begin(), repeated.end(), [&](const std::string& heading) {
    return headings.count(CellText::FoldForMatch(heading)) == 0;
  });
  // One heading that no other page repeats may be a cell's first line ("Officer time" under a heading
  // wrapped as "Budget /" over "resource" over "s", which the rules do not know).
  return missed > 0 && unrepeated <= 1;
}

bool ColumnBlockReader::MakesTable(const std::vector<Block>& blocks, bool named, bool repeated) const {
  std::vector<std::string> headings;
  for (const Block& block : blocks) headings.push_back(block.heading);
  std::set<std::string> distinct;
  for (const std::string& heading : headings) distinct.insert(CellText::FoldForMatch(heading));
  if (blocks.size() < kMinColumns || distinct.size() != blocks.size()) return false;
  SpacedHeaderSplitter splitter(rules_.headers);
  bool header = splitter.IsHeader(headings);
  if (named ? !header : !splitter.MayBeHeader(headings)) return false;
  // Under headings each page repeats, one column may have no cells on a
  // page (its rows' cells all empty), but for the first; a name is no such
  // proof of a heading ("Action Plan 2015/16" over a table). Names that
  // each page repeats are proof twice over: any column may be empty but
  // the first and the action's, as every row has an action.
  auto empty = [](const Block& block) { return block.lines.empty(); };
  auto empty_action = [&](const Block& block) {
    std::optional<ColumnName> column = rules_.headers.MatchWords(block.heading);
    return column && column->column == Column::kAction && block.lines.empty();
  };
  if (repeated && header) {
    return !blocks.front().lines.empty() && std::none_of(blocks.begin(), blocks.end(), empty_action);
  }
  if (named) return std::none_of(blocks.begin(), blocks.end() - 1, empty);
  return !blocks.front().lines.empty() && std::count_if(blocks.begin(), blocks.end(), empty) <= 1;
}

}  // namespace planrows
