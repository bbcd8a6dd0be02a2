#include "pipeline/recovery/ref_run_lines.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest references one under another that make a run.
constexpr size_t kMinRunRefs = 2;

bool StartsUpper(const std::string& text) { return !text.empty() && std::isupper(static_cast<unsigned char>(text[0])); }

}  // namespace

bool RefRunLines::ActionsFollowRefs(const std::vector<std::optional<Column>>& columns) {
  auto ref = std::find(columns.begin(), columns.end(), Column::kRef);
  return ref != columns.end() && ref + 1 != columns.end() && ref[1] == Column::kAction;
}

bool RefRunLines::IsLoneRef(const PlanLine& line) const { return classifier_.IsLineRef(line.text); }

bool RefRunLines::IsBullet(const PlanLine& line) const { return rules_.patterns.BulletLength(PrintedText(line)) > 0; }

size_t RefRunLines::ParagraphEnd(const std::vector<const PlanLine*>& lines, size_t begin) {
  size_t end = begin + 1;
  // Blank lines, a new page or lines left out between (a header repeated) end a paragraph.
  while (end < lines.size() && !lines[end]->line->gap_before && !lines[end]->page_start &&
         lines[end] == lines[end - 1] + 1) {
    ++end;
  }
  return end;
}

bool RefRunLines::StartsCell(const PlanLine& previous, const PlanLine& line, bool in_list) const {
  // A list's items stay together, each item's wrapped lines in lower case.
  if (IsBullet(line)) return !in_list;
  std::string text = PrintedText(line);
  if (in_list) return StartsUpper(text);
  // Prose goes on in lower case, or after a sentence's end or mid-phrase; a
  // line in capitals after a line ended otherwise starts another cell.
  std::string before = PrintedText(previous);
  return StartsUpper(text) && !CellText::EndsSentence(before) && !CellText::EndsMidPhrase(before);
}

bool RefRunLines::StartsAnyCell(const PlanLine& line) const {
  return IsBullet(line) || StartsUpper(PrintedText(line));
}

std::vector<std::vector<const PlanLine*>> RefRunLines::ActionCells(const std::vector<const PlanLine*>& lines,
                                                                   size_t begin, size_t refs, size_t* end) const {
  std::vector<std::vector<const PlanLine*>> cells;
  bool in_list = false;
  for (size_t at = begin; at < lines.size() && !IsLoneRef(*lines[at]) && StartsAnyCell(*lines[at]);) {
    size_t paragraph_end = ParagraphEnd(lines, at);
    std::string text;
    for (size_t k = at; k < paragraph_end; ++k) CellText::AppendWrapped(PrintedText(*lines[k]), &text);
    if (cell_fit_.Of(text) != CellKind::kProse) return {};
    for (size_t k = at; k < paragraph_end; ++k) {
      if (k == at || StartsCell(*lines[k - 1], *lines[k], in_list)) {
        cells.emplace_back();
        in_list = IsBullet(*lines[k]);
      }
      cells.back().push_back(lines[k]);
    }
    at = paragraph_end;
    if (cells.size() > refs) return {};
    if (cells.size() == refs) {
      *end = at;
      return cells;
    }
  }
  return {};
}

std::vector<const PlanLine*> RefRunLines::InRowOrder(const std::vector<const PlanLine*>& lines,
                                                     std::set<const PlanLine*>* placed) const {
  std::vector<const PlanLine*> ordered;
  for (size_t at = 0; at < lines.size();) {
    size_t run_end = at;
    while (run_end < lines.size() && IsLoneRef(*lines[run_end])) ++run_end;
    const size_t refs = run_end - at;
    // Lines in lower case right after the run go on the cell before it, across a page break.
    size_t carried_end = run_end;
    const size_t first_paragraph_end = run_end < lines.size() ? ParagraphEnd(lines, run_end) : run_end;
    while (carried_end < first_paragraph_end && !StartsAnyCell(*lines[carried_end]) &&
           !IsLoneRef(*lines[carried_end])) {
      ++carried_end;
    }
    size_t cells_end = carried_end;
    std::vector<std::vector<const PlanLine*>> cells;
    if (refs >= kMinRunRefs) cells = ActionCells(lines, carried_end, refs, &cells_end);
    if (cells.empty()) {
      size_t next = std::max(run_end, at + 1);
      ordered.insert(ordered.end(), lines.begin() + at, lines.begin() + next);
      at = next;
      continue;
    }
    ordered.insert(ordered.end(), lines.begin() + run_end, lines.begin() + carried_end);
    for (size_t r = 0; r < refs; ++r) {
      ordered.push_back(lines[at + r]);
      placed->insert(cells[r].front());
      ordered.insert(ordered.end(), cells[r].begin(), cells[r].end());
    }
    at = cells_end;
  }
  return ordered;
}

}  // namespace planrows
