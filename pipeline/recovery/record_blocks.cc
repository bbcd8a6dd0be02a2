#include "pipeline/recovery/record_blocks.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "pipeline/recovery/centred_labels.h"
#include "pipeline/recovery/detached_records.h"
#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/recovery/record_label_lines.h"
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

// Where the text of `line` starts: the left edge of its first cell that
// JoinRecordLabels left any text in (a label of a mark, "#", counts), as a
// wrapped label's last word may have been taken from the cell before it.
double TextStart(const PlanLine& line) {
  size_t cells = std::min(line.cells.size(), line.line->segments.size());
  for (size_t c = 0; c < cells; ++c) {
    if (line.cells[c].find_first_not_of(' ') != std::string::npos) return line.line->segments[c].box.x0;
  }
  return line.line->box.x0;
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
  // The wrapped ends of labels printed beside their values are dropped
  // first: joined as a label standing alone is, a short value between
  // would become part of the label.
  std::vector<bool> label_tails = WrappedLabelTails(lines, RecordLabels(rules_, lines, learning_).ReadAll(lines));
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!label_tails[i]) continue;
    lines[i].cells.assign(lines[i].cells.size(), "");
    lines[i].text.clear();
  }
  std::optional<double> value_x0 = ValueColumnX0(lines);
  lines = JoinRecordLabels(lines, value_x0);
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
    bool opens_cell = OpensRecordCell(line) || centred_openings[&line - lines.data()];
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
