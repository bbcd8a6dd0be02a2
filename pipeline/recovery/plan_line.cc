#include "pipeline/recovery/plan_line.h"

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
