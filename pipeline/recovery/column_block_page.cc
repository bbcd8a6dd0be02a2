// ColumnBlockReader: the blocks of a page, as its headings part them.
#include "pipeline/recovery/column_block_reader.h"
#include "pipeline/recovery/text_table_end.h"

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

bool ColumnBlockReader::TakeBackCellHeading(std::vector<Block>* blocks) const {
  if (blocks->size() < 2) return false;
  const Block& last = blocks->back();
  Block& above = (*blocks)[blocks->size() - 2];
  if (!last.lines.empty() || above.lines.empty() || rules_.headers.Match(last.heading)) return false;
  above.lines.insert(above.lines.end(), last.heading_lines.begin(), last.heading_lines.end());
  blocks->pop_back();
  return true;
}

}  // namespace planrows
