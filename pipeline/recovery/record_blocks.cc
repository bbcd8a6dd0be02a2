#include "pipeline/recovery/record_blocks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "pipeline/recovery/centred_labels.h"
#include "pipeline/recovery/detached_records.h"
#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest records with an action that make a plan of records.
constexpr size_t kLeastRecords = 2;
// Fewest labels of a record: an action, and a ref, lead or date with it.
constexpr size_t kLeastLabels = 2;
// Least share of the lines from the first record on that are labelled.
constexpr double kLeastLabelledShare = 0.5;

// The field a value of `column` fills in `fields`; nullptr for an extra column.
std::string* FieldOf(Column column, RowFields* fields) {
  switch (column) {
    case Column::kRef: return &fields->ref;
    case Column::kAction: return &fields->action;
    case Column::kOutcome: return &fields->outcome;
    case Column::kLead: return &fields->lead;
    case Column::kTimeframe: return &fields->timeframe;
    case Column::kLeadTimeframe: return &fields->lead_timeframe;
    case Column::kProgress: return &fields->progress;
    case Column::kExtra: return nullptr;
  }
  return nullptr;
}

// Most that the first cells of a label's lines may stand apart, in points
// or spaces, for the second to go on with the first.
constexpr double kLabelIndentSlack = 2;
// Least distance, in points, by which a cell starts left of the values for
// it to be a part of its line's label.
constexpr double kSplitLabelMargin = 12;

// The cleaned text of `line`'s cells, joined by spaces.
std::string TextOf(const PlanLine& line) {
  std::string text;
  for (const std::string& cell : line.cells) CellText::AppendWrapped(CellText::Clean(cell), &text);
  return text;
}

// Where the values of labelled lines start on pages read by OCR: the
// median left edge of the second cell of lines whose first cell is filled;
// nothing where no such line has two cells. OCR knows no type and may find
// no gap to set a heading apart, and it parts a label's words at a slash
// it lost; other pages keep both.
std::optional<double> ValueColumnX0(const std::vector<PlanLine>& lines) {
  std::vector<double> starts;
  for (const PlanLine& line : lines) {
    if (!line.page->from_ocr || line.FirstFilled() != 0 || line.FilledCells() < 2) continue;
    // A detached record's label and value pair (DetachedRecords) has cells of no segment of their own.
    for (size_t c = 1; c < line.cells.size() && c < line.line->segments.size(); ++c) {
      if (!CellText::Clean(line.cells[c]).empty()) {
        starts.push_back(line.line->segments[c].box.x0);
        break;
      }
    }
  }
  if (starts.empty()) return std::nullopt;
  std::nth_element(starts.begin(), starts.begin() + starts.size() / 2, starts.end());
  return starts[starts.size() / 2];
}

// Where the text of `line` starts: the left edge of its first cell that
// JoinLabels left any text in (a label of a mark, "#", counts), as a
// wrapped label's last word may have been taken from the cell before it.
double TextStart(const PlanLine& line) {
  size_t cells = std::min(line.cells.size(), line.line->segments.size());
  for (size_t c = 0; c < cells; ++c) {
    if (line.cells[c].find_first_not_of(' ') != std::string::npos) return line.line->segments[c].box.x0;
  }
  return line.line->box.x0;
}

// How many of `line`'s first cells make its label: the first, and those
// after it that start well left of `value_x0`, where values start, as OCR
// parts a label's words at a lost slash ("Person" | "agency" of "Person /
// agency").
size_t LabelCells(const PlanLine& line, std::optional<double> value_x0) {
  size_t count = 1;
  size_t cells = std::min(line.cells.size(), line.line->segments.size());
  while (value_x0 && line.FirstFilled() == 0 && line.page->from_ocr && count < cells &&
         line.line->segments[count].box.x0 + kSplitLabelMargin < *value_x0) {
    ++count;
  }
  return count;
}

// Most words of the end of a label standing alone on its line that a narrow
// label column wrapped ("happen" of "What we want to happen"): a value's
// wrapped line is longer.
constexpr int kMaxStandingTailWords = 2;

// Fewest records that print a label wrapped alike for the pair of lines to
// be one label where nothing sets it apart from its value: an outcome over
// two actions repeats its lines too.
constexpr size_t kLeastWrappedRepeats = 3;

// True when `lines[i]` may be the wrapped end of a label alone on the line
// above ("What we want to" over "happen"): a one-cell line of a few words
// right under a one-cell line, the two short enough for a label.
bool MayWrapLabel(const std::vector<PlanLine>& lines, size_t i) {
  const PlanLine& above = lines[i - 1];
  const PlanLine& line = lines[i];
  return above.IsSingleCell() && line.IsSingleCell() && !line.line->gap_before && !line.page_start &&
         CellText::WordCount(line.text) <= kMaxStandingTailWords &&
         static_cast<size_t>(CellText::WordCount(above.text) + CellText::WordCount(line.text)) <= kMaxSpacedLabelWords;
}

// True when `lines[i]` may end a label standing alone on its line that a
// narrow label column wrapped ("What we want to" over "happen"), as
// pdftotext's default mode prints a record: a line of a few words right
// under a one-cell line set apart, by a gap or as its page's first line.
bool MayEndStandingLabel(const std::vector<PlanLine>& lines, size_t i) {
  const PlanLine& above = lines[i - 1];
  return (above.line->gap_before || above.page_start) && MayWrapLabel(lines, i);
}

// The folded text of the label that `lines[i - 1]` and `lines[i]` make joined.
std::string JoinedLabelKey(const std::vector<PlanLine>& lines, size_t i) {
  return CellText::FoldForMatch(CellText::Clean(lines[i - 1].text) + " " + CellText::Clean(lines[i].text));
}

// True when `lines[i]` is set apart from the line under it, as a label standing alone is from its value.
bool SetApartBelow(const std::vector<PlanLine>& lines, size_t i) {
  return i + 1 < lines.size() && lines[i + 1].line->gap_before;
}

// The folded labels that a narrow label column wrapped: standing alone
// over a value set apart under them, or over a tail in lower case in three
// records or more, where nothing sets a value apart (pdftotext -raw prints
// "Outcome" over "required" in each record); or beside their values ("When
// will it be" and its date over "done?"). Known so, such a label is one
// label where a record prints it without its value, the next label right
// under it ("Person / agency" over "responsible", then "By").
std::set<std::string> WrappedLabels(const std::vector<PlanLine>& lines) {
  std::set<std::string> wrapped;
  std::map<std::string, size_t> pairs;  // Folded pairs of a line and a tail in lower case under it, and how often.
  for (size_t i = 1; i < lines.size(); ++i) {
    const PlanLine &above = lines[i - 1], &line = lines[i];
    if (MayWrapLabel(lines, i)) {
      std::string key = JoinedLabelKey(lines, i);
      if (MayEndStandingLabel(lines, i) && SetApartBelow(lines, i)) wrapped.insert(key);
      if (CellText::StartsLower(CellText::Clean(line.text)) && ++pairs[key] == kLeastWrappedRepeats) {
        wrapped.insert(key);
      }
    }
    if (above.FilledCells() < 2 || above.FirstFilled() != 0 || !line.IsSingleCell() || line.FirstFilled() != 0) {
      continue;
    }
    std::string tail = CellText::Clean(line.cells[0]);
    if (!tail.empty() && std::islower(static_cast<unsigned char>(tail[0]))) {
      wrapped.insert(CellText::FoldForMatch(CellText::Clean(above.cells[0]) + " " + tail));
    }
  }
  return wrapped;
}

// True when `lines[i]` ends a label standing alone on its line over its
// value that a narrow label column wrapped ("What we want to" over
// "happen", a blank line, then the value): set apart from the line under
// it, or one of `wrapped`, the labels so printed over a value elsewhere.
// A label of `wrapped` need not be set apart from the line above: where
// pdftotext runs a record's labels together ("Num.", "Tasks", "Lead
// officer / target" over "date"), it is wrapped there as it is elsewhere.
bool EndsStandingLabel(const std::vector<PlanLine>& lines, size_t i, const std::set<std::string>& wrapped) {
  if (!MayWrapLabel(lines, i)) return false;
  if (wrapped.count(JoinedLabelKey(lines, i))) return true;
  return MayEndStandingLabel(lines, i) && SetApartBelow(lines, i);
}

// True when `line` opens a cell: a gap or a ruling above it.
bool OpensCell(const PlanLine& line) { return line.line->gap_before || line.line->ruled_row_start; }

// The line whose label `lines[i]` may end: the line above, or the one
// above a value's line between them, set in the middle of its cell beside
// a label wrapped over two lines ("Person / agency", "Training Pool", "responsible").
size_t LabelLineAbove(const std::vector<PlanLine>& lines, size_t i) {
  const PlanLine& between = lines[i - 1];
  bool value_between = i >= 2 && between.indent > lines[i].indent + kSplitLabelMargin && !OpensCell(between) &&
                       !OpensCell(lines[i]);
  return value_between ? i - 2 : i - 1;
}

// `lines` with each label put back in its first cell: one that OCR parted
// into cells left of `value_x0`, and one that a narrow label column
// wrapped, a first cell in lower case under the label of a label and
// value ("What we are going to" over "do", "Activity /" over
// "intervention") or of a label standing alone (EndsStandingLabel), as
// labels start with a capital. Cells emptied keep their places, beside their segments.
std::vector<PlanLine> JoinLabels(const std::vector<PlanLine>& lines, std::optional<double> value_x0) {
  std::vector<PlanLine> joined = lines;
  std::set<std::string> wrapped = WrappedLabels(lines);
  std::vector<size_t> label_cells;
  for (const PlanLine& line : lines) label_cells.push_back(LabelCells(line, value_x0));
  for (size_t i = 1; i < joined.size(); ++i) {
    size_t label_line = LabelLineAbove(joined, i);
    PlanLine& above = joined[label_line];
    PlanLine& line = joined[i];
    if (above.FirstFilled() != 0 || line.FirstFilled() != 0 ||
        std::abs(line.indent - above.indent) > kLabelIndentSlack) {
      continue;
    }
    std::string tail = CellText::Clean(line.cells[0]);
    if (tail.empty() || !std::islower(static_cast<unsigned char>(tail[0]))) continue;
    bool beside_value = label_line + 1 < i || above.FilledCells() >= 2;
    if (!beside_value && !EndsStandingLabel(joined, i, wrapped)) continue;
    std::string& label_end = above.cells[label_cells[label_line] - 1];
    label_end = CellText::Clean(label_end) + " " + tail;
    line.cells[0].clear();
    above.text = TextOf(above);
    line.text = TextOf(line);
  }
  for (size_t i = 0; i < joined.size(); ++i) {
    PlanLine& line = joined[i];
    if (label_cells[i] == 1) continue;
    for (size_t c = 1; c < label_cells[i]; ++c) {
      line.cells[0] = CellText::Clean(line.cells[0]) + " " + CellText::Clean(line.cells[c]);
      line.cells[c].clear();
    }
    line.text = TextOf(line);
  }
  return joined;
}

// Adds `line` to `value`, which ends on `above`: a line that starts
// afresh under one that ended short of the margin is the next item of a
// list whose bullets left no text ("Update the guide" over "Test the
// process"), joined by "; "; other lines wrap the value.
void AppendValueLine(const PlanLine& line, const PlanLine* above, std::string* value) {
  bool next_item = above && !value->empty() && std::isupper(static_cast<unsigned char>(line.text[0])) &&
                   !CellText::EndsMidPhrase(*value) && above->EndsShortAbove(line);
  if (next_item) {
    *value += "; " + line.text;
  } else {
    CellText::AppendWrapped(line.text, value);
  }
}

}  // namespace

std::optional<SectionHeading> RecordBlocks::NumberedHeading(const PlanLine& line, double label_x0,
                                                            std::optional<double> value_x0) const {
  SectionHeading heading;
  // A ruled cell of its own that starts where labels start, not under the values.
  bool own_row = line.line->ruled_row_start && line.IsSingleCell() && line.line->box.x0 <= label_x0 + kLabelIndentSlack;
  // A title, not a sentence, where no value goes on (ValueColumnX0).
  bool left_of_values = value_x0 && line.page->from_ocr && line.IsSingleCell() &&
                        line.line->box.x0 + kSplitLabelMargin < *value_x0 && line.text.back() != '.';
  bool set_apart =
      line.line->gap_before || line.page_start || line.line->heading_level > 0 || own_row || left_of_values;
  if (!set_apart || !rules_.patterns.MatchNumberedItem(line.text, &heading.number, &heading.title)) {
    return std::nullopt;
  }
  return heading;
}

bool RecordBlocks::IsRefAlone(const PlanLine& line, std::string* ref) const {
  if (!line.IsSingleCell()) return false;
  *ref = rules_.patterns.RepairRef(line.text);
  return rules_.patterns.IsColumnRef(*ref);
}

std::vector<RowFields> RecordBlocks::Read(const std::vector<PlanLine>& plan_lines) const {
  std::vector<PlanLine> lines = DetachedRecords(rules_).Attach(plan_lines);
  std::optional<double> value_x0 = ValueColumnX0(lines);
  lines = JoinLabels(lines, value_x0);
  std::vector<RowFields> records;
  std::set<std::string> labels;  // Of the open record.
  std::string* last = nullptr;   // The value that unlabelled lines go on with.
  const PlanLine* last_line = nullptr;  // The line that `last` ends on.
  // Unlabelled lines from one that opens a cell, under a gap or ruling or
  // where labels stand centred (CentredLabels): the first lines of a value
  // whose label is set lower, beside it, unless a label does not follow
  // them straight away.
  std::string opening;
  auto close_opening = [&]() {
    if (last) CellText::AppendWrapped(opening, last);
    opening.clear();
  };
  bool open = false;             // Whether labels go on with the last record.
  size_t labelled_lines = 0, other_lines = 0;  // Since the first record.
  std::vector<size_t> label_counts;              // Of each record.
  SectionContext section;
  double label_x0 = 0;  // Where the last label started.
  bool label_seen = false;
  RecordLabels record_labels(rules_, lines, learning_);
  const std::vector<std::optional<RecordLabels::Labelled>> reads = record_labels.ReadAll(lines);
  std::vector<bool> centred_openings = CentredLabels::Openings(lines, reads, rules_.patterns);
  for (const PlanLine& line : lines) {
    // "Ref" printed over its value: a number alone under it is its value ("ID" over "1"), not a page's.
    bool awaits_ref = last && last->empty() && last == &records.back().ref;
    if (line.FirstFilled() < 0 || (!awaits_ref && rules_.patterns.IsPageNumber(line.text))) continue;
    // An appendix's heading after a record of an action ("Appendix A - Glossary") ends the records: its
    // tables are no record's values. One before them is a contents line's.
    if (!records.empty() && !records.back().action.empty() && rules_.patterns.IsAppendixHeading(line.text)) break;
    const std::optional<RecordLabels::Labelled>& read = reads[&line - lines.data()];
    bool labelled = read.has_value();
    ColumnName column = labelled ? read->column : ColumnName{};
    std::string value = labelled ? read->value : std::string();
    // On a printed page labels start where labels do; a line that starts
    // under the values is a value's, whatever its first words say.
    if (labelled && label_seen && !line.page->cells_by_index && TextStart(line) > label_x0 + kSplitLabelMargin) {
      labelled = false;
    }
    // "Objective: 1.2" is a record's reference under another column's word, not a section.
    std::optional<SectionHeading> heading;
    if (!labelled || !rules_.patterns.IsColumnRef(value)) heading = rules_.patterns.MatchSection(line.text);
    if (!labelled && !heading) heading = NumberedHeading(line, label_x0, value_x0);
    bool ref_alone = !labelled && !heading && !awaits_ref && IsRefAlone(line, &value);
    // The reference of a record whose reference label another label followed ("Key", "Agreed actions",
    // then "3.7."), printed apart from it: the label after it still awaits its value.
    if (ref_alone && open && last && last->empty() && labels.count(RoleName(ColumnName{Column::kRef, ""})) &&
        records.back().ref.empty()) {
      records.back().ref = value;
      continue;
    }
    if (ref_alone) {
      labelled = true;
      column = ColumnName{Column::kRef, ""};
    }
    bool opens_cell = OpensCell(line) || centred_openings[&line - lines.data()];
    if (!opening.empty() && (heading || opens_cell)) close_opening();
    if (heading) {
      section = SectionContext{heading->number, heading->title, line.text};
      last = nullptr;
      open = false;
    } else if (labelled) {
      std::string key = RoleName(column);
      if (!open || labels.count(key)) {
        records.push_back(RowFields{});
        records.back().section = section;
        records.back().where = line.Where();
        labels.clear();
        label_counts.push_back(0);
        open = true;
      }
      labels.insert(key);
      ++label_counts.back();
      if (!opening.empty()) {
        CellText::AppendWrapped(value, &opening);
        value = std::move(opening);
        opening.clear();
      }
      last = Set(column, value, &records.back());
      last_line = &line;
      labelled_lines += !ref_alone;
      if (!ref_alone) {
        label_x0 = line.line->box.x0;
        label_seen = true;
      }
    } else if (!records.empty()) {
      bool awaited = last && last->empty();  // A label printed over its value.
      // A value set apart under its label is a record's cell; a column's heading runs into its cells.
      other_lines += !awaited || !line.line->gap_before;
      if (!awaited && (opens_cell || !opening.empty())) {
        CellText::AppendWrapped(line.text, &opening);
      } else if (last) {
        AppendValueLine(line, last_line, last);
        last_line = &line;
      }
    }
  }
  close_opening();
  std::vector<RowFields> rows;
  for (size_t r = 0; r < records.size(); ++r) {
    if (!records[r].action.empty() && label_counts[r] >= kLeastLabels) rows.push_back(std::move(records[r]));
  }
  // In a table whose header names the action first, each header line reads as a short record and the
  // rows under it as one long value: record blocks are mostly labelled lines.
  bool mostly_labelled = labelled_lines >= kLeastLabelledShare * (labelled_lines + other_lines);
  return rows.size() >= kLeastRecords && mostly_labelled ? rows : std::vector<RowFields>();
}

std::string* RecordBlocks::Set(const ColumnName& column, const std::string& printed, RowFields* fields) const {
  std::string* field = FieldOf(column.column, fields);
  // A reference label's value as OCR may have misread it ("VCl" for "VC1").
  std::string value = column.column == Column::kRef ? rules_.patterns.RepairColumnRef(printed) : printed;
  if (fields->ref.empty() && !value.empty() && rules_.patterns.IsColumnRef(value)) {
    field = &fields->ref;
  } else if (!field) {
    fields->extra.emplace_back(column.extra_key, "");
    field = &fields->extra.back().second;
  }
  *field = value;
  return field;
}

}  // namespace planrows
