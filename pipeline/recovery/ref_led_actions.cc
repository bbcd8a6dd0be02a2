#include "pipeline/recovery/ref_led_actions.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <utility>

#include "pipeline/recovery/block_owners.h"
#include "pipeline/recovery/rebuilt_table.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest actions of one form of reference that make the plan's actions.
constexpr size_t kLeastActions = 3;
// Fewest references alone one under another that make a run, their actions in turn after it.
constexpr size_t kLeastRunRefs = 2;
// Longest line of a table's column as pdftotext writes it, a reference before it; a wider line is prose.
constexpr size_t kMaxColumnLineBytes = 60;

}  // namespace

std::string RefLedActions::FormOf(const std::string& ref) {
  std::string form;
  for (char c : ref) {
    unsigned char u = static_cast<unsigned char>(c);
    char mark = std::isdigit(u) ? '9' : std::isupper(u) ? 'A' : std::islower(u) ? 'a' : c;
    if (form.empty() || form.back() != mark || std::isalnum(u) == 0) form.push_back(mark);
  }
  return form;
}

bool RefLedActions::EndsAction(const PlanLine& line, const PlanLine& above) const {
  return line.line->gap_before || CannotGoOn(line, above);
}

bool RefLedActions::CannotGoOn(const PlanLine& line, const PlanLine& above) const {
  if (line.page != above.page || TextTableEnd::IsPast(line) || TextTableEnd::IsFurniture(line, rules_.patterns)) {
    return true;
  }
  CellKind kind = classifier_.Classify(line.text);
  return kind == CellKind::kDate || kind == CellKind::kStatus || kind == CellKind::kRef ||
         rules_.headers.Match(line.text).has_value();
}

std::vector<PlanLine> RefLedActions::WithCutRefsJoined(const std::vector<PlanLine>& printed) const {
  std::vector<PlanLine> lines;
  for (size_t i = 0; i < printed.size(); ++i) {
    lines.push_back(printed[i]);
    const bool next_in_cell = i + 1 < printed.size() && printed[i + 1].page == printed[i].page &&
                              !printed[i + 1].line->gap_before;
    std::string ref = next_in_cell ? classifier_.JoinCutRef(printed[i].text, printed[i + 1].text) : "";
    if (ref.empty()) continue;
    lines.back().text = ref;
    lines.back().cells = {ref};
    ++i;
  }
  return lines;
}

std::vector<RowFields> RefLedActions::Read(const std::vector<PlanLine>& printed) const {
  const std::vector<PlanLine> lines = WithCutRefsJoined(printed);
  std::vector<RowFields> actions;
  std::vector<std::string> forms;
  SectionContext section;
  BlockOwners owners(rules_);
  bool open = false;       // Whether the line above is one of the last action's.
  bool ref_apart = false;  // Whether the last action's reference stands alone above its text.
  size_t block = 0;        // The first action of the block the last action ends.
  size_t gap_crossed = 0;  // The line, after a blank, that starts the action of a reference a paragraph apart.
  bool headed = false;     // Whether an action table's column heading came before.
  const PlanLine* unled = nullptr;  // A reference alone since the last action that led no action.
  for (size_t i = 0; i < lines.size(); ++i) {
    const PlanLine& line = lines[i];
    // Cells placed by position say their rows: only a converter's text
    // loses them so.
    if (!line.page->cells_by_index) continue;
    // Before any action table's column heading, a reference and its text
    // opening a paragraph on a line wider than a table's column is a
    // foreword's numbered paragraph ("1.2 The Board has agreed ..."), and
    // after a bullet an item of a list ("- 1. Early help"); a reference
    // alone, or before a line as narrow as a column ("1.1.2 assessments"),
    // may come before the headings pdftotext writes, and a table run into
    // one paragraph may hold its headings inside a line.
    headed = headed || NamesColumn(line);
    bool prose = !headed && ((line.text.size() > kMaxColumnLineBytes && OpensParagraph(lines, i)) ||
                             rules_.patterns.BulletLength(PrintedText(line)) > 0);
    std::string ref, action;
    bool was_open = open;
    bool across_gap = false;  // Whether the reference is a paragraph apart from its action's.
    std::optional<SectionHeading> heading = rules_.patterns.MatchSection(line.text);
    if (i > 0 && line.page != lines[i - 1].page) unled = nullptr;
    if (line.text.empty() || TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      open = false;
      unled = nullptr;
      if (heading) section = SectionContext{heading->number, heading->title, line.text};
    } else if (TextTableEnd::IsPast(line)) {
      // A row of a grid table ("| 1 | Young carers |") says its own cells: it leads no action.
      open = false;
    } else if (size_t first = actions.size(); ReadRefRun(lines, section, unled, &i, &actions)) {
      unled = nullptr;
      // A run's actions are a block whose owner cells may follow it.
      if (!open) block = first;
      forms.resize(actions.size(), FormOf(actions.back().ref));
      open = true;
    } else if ((!prose && rules_.patterns.MatchBulletedActionRef(line.text, &ref, &action)) ||
               IsRefOverAction(lines, i, &ref, &across_gap)) {
      ref = WithWrappedCapitals(lines, i, ref);
      const bool beside_unled = unled != nullptr;
      unled = nullptr;
      if (!open) block = actions.size();
      // A paragraph of its own between paragraphs that are no references leads the one under it,
      // as pdftotext writes a ruled table's cells a paragraph each: whose action it is is sure.
      ref_apart = action.empty() && !across_gap;
      actions.push_back(RowFields{});
      actions.back().ref = ref;
      actions.back().action = action;
      actions.back().section = section;
      actions.back().where = line.Where();
      if (ref_apart) actions.back().flags.push_back(kRefApartFlag);
      if (ref_apart && beside_unled) actions.back().flags.push_back(kBesideUnledFlag);
      forms.push_back(FormOf(ref));
      open = true;
      if (across_gap) gap_crossed = i + 1;
    } else if (open && (gap_crossed == i ? !CannotGoOn(line, lines[i - 1]) : !EndsAction(line, lines[i - 1]))) {
      Append(line, ref_apart, &actions.back());
    } else if (open && IsOutcomeOverAction(actions.back(), line, lines[i - 1])) {
      // The reference led its outcome's cell; the action is the paragraph under it.
      actions.back().outcome = std::move(actions.back().action);
      actions.back().action.clear();
      Append(line, ref_apart, &actions.back());
    } else {
      open = false;
      // Pdftotext may write the action of a reference that led its outcome's paragraph after the next run.
      if (run_lines_.IsLoneRef(line)) {
        unled = &line;
        if (was_open && ref_apart) actions.back().flags.push_back(kBesideUnledFlag);
      }
    }
    if (was_open && !open) owners.Fill(lines, i, &actions, block);
  }
  if (open) owners.Fill(lines, lines.size(), &actions, block);
  return OfPlanForm(std::move(actions), forms);
}

void RefLedActions::Append(const PlanLine& line, bool ref_apart, RowFields* row) const {
  // The line's text has lost the bullet its cell was printed with.
  const std::string printed = PrintedText(line);
  size_t bullet = rules_.patterns.BulletLength(printed);
  std::string* text = &row->action;
  if (ref_apart && IsInterleavedLead(line.text)) text = &row->lead;
  std::string item = bullet > 0 ? CellText::Clean(std::string_view(printed).substr(bullet)) : line.text;
  if (bullet > 0 && !text->empty()) {
    text->append("; ");
    text->append(item);
  } else {
    CellText::AppendWrapped(item, text);
  }
}

bool RefLedActions::ReadRefRun(const std::vector<PlanLine>& lines, const SectionContext& section,
                               const PlanLine* unled, size_t* i, std::vector<RowFields>* actions) const {
  const PageText* page = lines[*i].page;
  std::vector<const PlanLine*> refs;
  for (size_t k = *i; k < lines.size() && lines[k].page == page && run_lines_.IsLoneRef(lines[k]); ++k) {
    refs.push_back(&lines[k]);
  }
  if (refs.size() < kLeastRunRefs) return false;
  const size_t run_end = *i + refs.size();
  // The action column's heading may stand between the run and its cells.
  size_t begin = run_end;
  while (begin < lines.size() && lines[begin].page == page && rules_.headers.Match(lines[begin].text)) ++begin;
  std::vector<const PlanLine*> below;
  for (size_t k = begin; k < lines.size() && lines[k].page == page; ++k) below.push_back(&lines[k]);
  size_t end = 0;
  auto action_cells = [&](size_t count) {
    std::vector<std::vector<const PlanLine*>> cells = run_lines_.ActionCells(below, 0, count, &end);
    // The cells of another column, an outcome's, may follow the run instead.
    bool outcomes = std::any_of(cells.begin(), cells.end(), [&](const std::vector<const PlanLine*>& cell) {
      return !rules_.patterns.OpensAction(cell.front()->text);
    });
    return outcomes ? std::vector<std::vector<const PlanLine*>>() : cells;
  };
  // A reference of the run's form that led its outcome's paragraph before the run takes the first action.
  std::vector<std::vector<const PlanLine*>> cells;
  if (unled != nullptr && FormOf(unled->text) == FormOf(refs.front()->text)) cells = action_cells(refs.size() + 1);
  if (cells.empty()) {
    cells = action_cells(refs.size());
  } else {
    refs.insert(refs.begin(), unled);
  }
  if (cells.empty()) return false;
  for (size_t r = 0; r < cells.size(); ++r) {
    const PlanLine& ref_line = *refs[r];
    actions->push_back(RowFields{});
    actions->back().ref = CellText::Clean(ref_line.text);
    actions->back().section = section;
    actions->back().where = ref_line.Where();
    for (const PlanLine* cell_line : cells[r]) Append(*cell_line, false, &actions->back());
  }
  *i = begin + end - 1;
  return true;
}

bool RefLedActions::IsOutcomeOverAction(const RowFields& row, const PlanLine& line, const PlanLine& above) const {
  const PlanPatterns& patterns = rules_.patterns;
  return line.line->gap_before && row.outcome.empty() && !row.action.empty() && !patterns.OpensAction(row.action) &&
         patterns.OpensAction(line.text) && !CannotGoOn(line, above);
}

std::string RefLedActions::WithWrappedCapitals(const std::vector<PlanLine>& lines, size_t i,
                                               const std::string& ref) const {
  // Only a paragraph wraps so; a row of cells ends its own line (a header's "... | RAG |").
  if (i == 0 || lines[i - 1].page != lines[i].page || lines[i].line->gap_before || !lines[i - 1].IsSingleCell() ||
      !lines[i].IsSingleCell()) {
    return ref;
  }
  std::vector<std::string> above = CellText::Words(lines[i - 1].text);
  // A status letter ("... Q3 2016/17 A") ends a row and starts no reference.
  if (above.empty() || !rules_.patterns.IsRefCapitals(above.back()) || rules_.patterns.IsStatusCell(above.back())) {
    return ref;
  }
  std::string joined = above.back() + " " + ref;
  return classifier_.IsPrintedRef(joined) ? joined : ref;
}

bool RefLedActions::IsInterleavedLead(const std::string& text) const {
  return classifier_.Classify(text) == CellKind::kLead && !CellText::StartsLower(text);
}

bool RefLedActions::IsRefOverAction(const std::vector<PlanLine>& lines, size_t i, std::string* ref,
                                    bool* across_gap) const {
  const PlanLine& line = lines[i];
  std::vector<std::string> words = CellText::Words(line.text);
  // A reference as printed, never a date ("Q3") that a column of dates wrote alone on its line.
  if (words.empty() || classifier_.RefWordsAtStart(words) != words.size() || !classifier_.IsPrintedRef(line.text) ||
      i + 1 == lines.size() || CannotGoOn(lines[i + 1], line) ||
      classifier_.Classify(lines[i + 1].text) == CellKind::kLead) {
    return false;
  }
  *across_gap = lines[i + 1].line->gap_before;
  if (*across_gap && (!IsParagraphRef(lines, i) || !OpensActionCell(lines, i + 1))) return false;
  *ref = CellText::Clean(line.text);
  return true;
}

bool RefLedActions::OpensActionCell(const std::vector<PlanLine>& lines, size_t k) const {
  if (rules_.patterns.OpensAction(lines[k].text)) return true;
  // Else the paragraph is the outcome's cell, and the action's cell the paragraph under it.
  size_t under = k + 1;
  while (under < lines.size() && !lines[under].line->gap_before && !CannotGoOn(lines[under], lines[under - 1])) {
    ++under;
  }
  return under < lines.size() && lines[under].line->gap_before && !CannotGoOn(lines[under], lines[under - 1]) &&
         rules_.patterns.OpensAction(lines[under].text);
}

bool RefLedActions::NamesColumn(const PlanLine& line) const {
  auto names_column = [this](const std::string& text) {
    std::optional<ColumnName> name = rules_.headers.Match(text);
    return name && (name->column == Column::kAction || name->column == Column::kProgress ||
                    HoldsLeadOrDate(name->column));
  };
  return names_column(line.text) || std::any_of(line.cells.begin(), line.cells.end(), names_column);
}

bool RefLedActions::OpensParagraph(const std::vector<PlanLine>& lines, size_t i) const {
  // Pdftotext writes a foreword's paragraphs with no blank line between them, each under its heading or
  // under the sentence that ends the paragraph above.
  return i == 0 || lines[i].line->gap_before || lines[i - 1].page != lines[i].page ||
         CellText::EndsSentence(lines[i - 1].text) || TextTableEnd::IsSectionHeading(lines[i - 1], rules_.patterns);
}

bool RefLedActions::IsParagraphRef(const std::vector<PlanLine>& lines, size_t i) const {
  // A reference under another is one of a run of them, written before their actions.
  size_t above = i;
  while (above > 0 && lines[above - 1].page == lines[i].page && lines[above - 1].text.empty()) --above;
  return above == 0 || lines[above - 1].page != lines[i].page ||
         classifier_.Classify(lines[above - 1].text) != CellKind::kRef;
}

std::vector<RowFields> RefLedActions::OfPlanForm(std::vector<RowFields> actions,
                                                 const std::vector<std::string>& forms) {
  // The plan's form of reference is that of most of its actions.
  std::map<std::string, size_t> counts;
  for (const std::string& form : forms) ++counts[form];
  std::string plan_form;
  for (const auto& count : counts) {
    if (plan_form.empty() || count.second > counts[plan_form]) plan_form = count.first;
  }
  std::vector<RowFields> rows;
  for (size_t a = 0; a < actions.size(); ++a) {
    // A reference printed alone whose lines under it were none of its action's is no row.
    if (forms[a] == plan_form && !actions[a].action.empty()) rows.push_back(std::move(actions[a]));
  }
  return rows.size() >= kLeastActions ? rows : std::vector<RowFields>();
}

}  // namespace planrows
