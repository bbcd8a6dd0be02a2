#include "pipeline/recovery/plan_line.h"

#include <algorithm>

#include "pipeline/text/cell_text.h"

namespace planrows {

int PlanLine::FilledCells() const {
  int n = 0;
  for (const std::string& c : cells) n += !CellText::IsNoise(c);
  return n;
}

int PlanLine::FirstFilled() const {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (!CellText::IsNoise(cells[i])) return static_cast<int>(i);
  }
  return -1;
}

bool PlanLine::EndsShortAbove(const PlanLine& below) const {
  // Width of a space as a share of a line's height.
  constexpr double kSpaceShare = 0.25;
  if (page->cells_by_index || below.page != page || below.line->segments.empty() ||
      below.line->segments[0].words.empty()) {
    return false;
  }
  // How far right of `below`'s start, in points, a line may start and still be of its block.
  constexpr double kMarginSlack = 4;
  // The right edge of the text block: of the lines that run through where `below` starts.
  double start = below.line->box.x0, right = line->box.x1;
  for (const TextLine& other : page->lines) {
    if (other.box.x0 <= start + kMarginSlack && other.box.x1 > start) right = std::max(right, other.box.x1);
  }
  const Box& word = below.line->segments[0].words[0].box;
  double space = kSpaceShare * (line->box.y1 - line->box.y0);
  return line->box.x1 + space + (word.x1 - word.x0) < right;
}

bool PlanLine::AmidBlock(const std::vector<PlanLine>& lines, size_t i) {
  const PlanLine& line = lines[i];
  if (line.page->cells_by_index || line.page->char_width > 0 || i == 0 || i + 1 == lines.size()) return false;
  const PlanLine& above = lines[i - 1];
  const PlanLine& below = lines[i + 1];
  if (above.page != line.page || below.page != line.page) return false;
  // Lines of one block are parted by less than a line's height; a page
  // number by a margin.
  double height = line.line->box.y1 - line.line->box.y0;
  return line.line->box.y0 - above.line->box.y1 < height && below.line->box.y0 - line.line->box.y1 < height;
}

Provenance PlanLine::Where() const {
  Provenance where;
  where.page = page->number;
  where.line = line->source_line;
  if (!page->cells_by_index) where.box = line->box;
  where.confidence = line->confidence;
  return where;
}

std::vector<PlanLine> PlanLine::Flatten(const DocumentText& document) {
  std::vector<PlanLine> lines;
  for (const PageText& page : document.pages) {
    bool first = true;
    for (const TextLine& line : page.lines) {
      PlanLine plan;
      plan.line = &line;
      plan.page = &page;
      plan.page_start = first;
      first = false;
      for (const Segment& s : line.segments) plan.cells.push_back(s.text);
      plan.text = CellText::Clean(line.Text());
      if (page.cells_by_index) {
        const std::string& head = line.segments.empty() ? std::string() : line.segments[0].text;
        plan.indent = static_cast<double>(head.find_first_not_of(' ') == std::string::npos
                                              ? 0 : head.find_first_not_of(' '));
      } else {
        plan.indent = line.box.x0;
      }
      lines.push_back(std::move(plan));
    }
  }
  return lines;
}

}  // namespace planrows
