// LinePerCellReader's rows among pieces: which pieces go on the row of the
// piece before, as pdftotext -raw writes a row's cells side by side, unless
// the table's text was flowed into a paragraph.
#include <algorithm>

#include "pipeline/recovery/line_per_cell_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Widest line of a run below which its lines are a table's, not a paragraph's.
constexpr size_t kMinFlowedWidth = 60;
// How far short of the widest line a line of a paragraph may end, as a share of that width.
constexpr double kFlowedSlack = 0.2;
// Share of a paragraph's lines, but its last, that run to its width.
constexpr double kMinFlowedShare = 0.75;

}  // namespace

std::vector<bool> LinePerCellReader::RowGoesOn(const std::vector<const PlanLine*>& run,
                                               const std::vector<Piece>& pieces) {
  std::vector<bool> goes_on(pieces.size(), false);
  if (FlowedToOneWidth(run)) return goes_on;
  // Blank lines and dashes are empty cells of no line's row.
  const PlanLine* last_text_line = nullptr;
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (CellText::IsNoise(pieces[k].text)) continue;
    goes_on[k] = pieces[k].line == last_text_line;
    last_text_line = pieces[k].line;
  }
  return goes_on;
}

bool LinePerCellReader::FlowedToOneWidth(const std::vector<const PlanLine*>& run) {
  if (run.size() < 2) return false;
  std::vector<size_t> widths;
  for (const PlanLine* line : run) widths.push_back(CellText::PrintedWidth(line->text));
  const size_t widest = *std::max_element(widths.begin(), widths.end());
  if (widest < kMinFlowedWidth) return false;
  auto full = [&](size_t width) { return width >= widest * (1 - kFlowedSlack); };
  const long full_lines = std::count_if(widths.begin(), widths.end() - 1, full);
  return full_lines >= kMinFlowedShare * static_cast<double>(widths.size() - 1);
}

}  // namespace planrows
