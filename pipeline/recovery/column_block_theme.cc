// ColumnBlockReader: a page's theme printed over its references in one block.
#include <algorithm>

#include "pipeline/recovery/column_block_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

void ColumnBlockReader::TakeThemes(std::vector<Block>* blocks, RebuiltTable* table) const {
  auto is_ref = [&](const PlanLine* line) { return classifier_.Classify(line->text) == CellKind::kRef; };
  for (Block& block : *blocks) {
    // A theme is known by its label ("Objective A -"), or in the page's first column by the references
    // under it: a column of themes heads the table, and the refs are those of a ref column with a blank
    // heading, printed on in the theme's block.
    bool first = &block == &blocks->front();
    if (!IsThemeBlock(block) && !first) continue;
    auto refs = std::find_if(block.lines.begin(), block.lines.end(), is_ref);
    if (refs == block.lines.begin() || refs == block.lines.end() || !std::all_of(refs, block.lines.end(), is_ref)) {
      continue;
    }
    std::string theme;
    for (auto line = block.lines.begin(); line != refs; ++line) CellText::AppendWrapped(PrintedText(**line), &theme);
    table->rows.push_back(RebuiltRow{block.lines.front(), {theme}, true});
    block.lines.erase(block.lines.begin(), refs);
  }
}

}  // namespace planrows
