// ColumnBlockReader: the blocks of a page, as its headings part them.
#include "pipeline/recovery/column_block_reader.h"

#include <algorithm>

#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

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
  for (const PlanLine* line : block.lines) {
    bool bullet = rules_.patterns.BulletLength(line->text) > 0;
    run = bullet || (run > 0 && CellText::StartsLower(line->text)) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace planrows
