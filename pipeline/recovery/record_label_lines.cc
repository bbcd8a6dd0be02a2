// The lines of record blocks with each label put back whole: labels that a
// narrow label column wrapped over lines, or that OCR parted into cells.
#include "pipeline/recovery/record_label_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/rules/header_rules.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// The cleaned text of `line`'s cells, joined by spaces.
std::string TextOf(const PlanLine& line) {
  std::string text;
  for (const std::string& cell : line.cells) CellText::AppendWrapped(CellText::Clean(cell), &text);
  return text;
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


// The line whose label `lines[i]` may end: the line above, or the one
// above a value's line between them, set in the middle of its cell beside
// a label wrapped over two lines ("Person / agency", "Training Pool", "responsible").
size_t LabelLineAbove(const std::vector<PlanLine>& lines, size_t i) {
  const PlanLine& between = lines[i - 1];
  bool value_between = i >= 2 && between.indent > lines[i].indent + kSplitLabelMargin && !OpensRecordCell(between) &&
                       !OpensRecordCell(lines[i]);
  return value_between ? i - 2 : i - 1;
}

// True when `lines[i]` may be the wrapped end of the label of `lines[label]`
// (WrappedLabelTails), `read` that line read as a label, or of a line of
// that label's end between them: a few words, as a label's end is.
bool MayEndLabelBesideValue(const std::vector<PlanLine>& lines, size_t i, size_t label,
                            const std::optional<RecordLabels::Labelled>& read) {
  const PlanLine& line = lines[i];
  return read && line.IsSingleCell() && line.FirstFilled() == 0 && !line.line->gap_before && !line.page_start &&
         CellText::StartsLower(CellText::Clean(line.text)) && CellText::WordCount(line.text) <= kMaxStandingTailWords &&
         std::abs(line.line->box.x0 - lines[label].line->box.x0) <= kLabelIndentSlack;
}

}  // namespace

std::vector<bool> WrappedLabelTails(const std::vector<PlanLine>& lines,
                                    const std::vector<std::optional<RecordLabels::Labelled>>& reads) {
  // Each line that may end a label, the line of that label; and the values
  // printed beside each pair of a column and such a line.
  std::vector<std::optional<size_t>> label_of(lines.size());
  std::map<std::pair<std::string, std::string>, std::set<std::string>> values;
  auto key = [&](size_t i) {
    return std::pair(RoleName(reads[*label_of[i]]->column), CellText::FoldForMatch(lines[i].text));
  };
  for (size_t i = 1; i < lines.size(); ++i) {
    size_t label = label_of[i - 1] ? *label_of[i - 1] : i - 1;
    if (reads[i] || !MayEndLabelBesideValue(lines, i, label, reads[label])) continue;
    label_of[i] = label;
    values[key(i)].insert(CellText::FoldForMatch(reads[label]->value));
  }
  std::vector<bool> tails(lines.size());
  for (size_t i = 1; i < lines.size(); ++i) {
    bool after_label = label_of[i] && (*label_of[i] == i - 1 || tails[i - 1]);
    tails[i] = after_label && values[key(i)].size() >= kLeastWrappedRepeats;
  }
  return tails;
}

bool OpensRecordCell(const PlanLine& line) { return line.line->gap_before || line.line->ruled_row_start; }

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

std::vector<PlanLine> JoinRecordLabels(const std::vector<PlanLine>& lines, std::optional<double> value_x0) {
  std::vector<PlanLine> joined = lines;
  std::set<std::string> wrapped = WrappedLabels(lines);
  std::vector<size_t> label_cells;
  for (const PlanLine& line : lines) label_cells.push_back(LabelCells(line, value_x0));
  // The line each line's label went to: a label wrapped over three lines
  // ("Responsible", "officer(s) and", "partners") joins its last line to
  // the first, as its middle one is emptied of it.
  std::vector<size_t> label_home(joined.size());
  for (size_t i = 0; i < joined.size(); ++i) label_home[i] = i;
  for (size_t i = 1; i < joined.size(); ++i) {
    size_t label_line = label_home[LabelLineAbove(joined, i)];
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
    label_home[i] = label_line;
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

}  // namespace planrows
