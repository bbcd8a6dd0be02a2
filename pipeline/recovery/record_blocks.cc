#include "pipeline/recovery/record_blocks.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Longest label: longer text is a sentence.
constexpr size_t kMaxLabelLength = 40;
// Most words of a label no rule knows that heads a reference.
constexpr int kMaxRefLabelWords = 2;
// Fewest records with an action that make a plan of records.
constexpr size_t kLeastRecords = 2;
// Fewest labels of a record: an action, and a ref, lead or date with it.
constexpr size_t kLeastLabels = 2;
// Least share of the lines from the first record on that are labelled.
constexpr double kLeastLabelledShare = 0.5;
// Most words of a label set before its value by a space alone ("Owner R Rutherford"), as pdftotext -raw
// runs the two cells of a record's line into one.
constexpr size_t kMaxSpacedLabelWords = 4;
// Least share, of the lines the most frequent label so set begins, that another such label must begin: a
// record repeats its labels in every block, while a value's wrapped line that starts with a column's name
// ("Update the guidance") comes seldom.
constexpr double kLeastSpacedLabelShare = 0.5;

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

}  // namespace

std::vector<RowFields> RecordBlocks::Read(const std::vector<PlanLine>& lines) const {
  std::vector<RowFields> records;
  std::set<std::string> labels;  // Of the open record.
  std::string* last = nullptr;   // The value that unlabelled lines go on with.
  bool open = false;             // Whether labels go on with the last record.
  size_t labelled_lines = 0, other_lines = 0;  // Since the first record.
  std::vector<size_t> label_counts;              // Of each record.
  SectionContext section;
  std::set<std::string> spaced_labels = RepeatedSpacedLabels(lines);
  for (const PlanLine& line : lines) {
    if (line.FirstFilled() < 0 || rules_.patterns.IsPageNumber(line.text)) continue;
    ColumnName column;
    std::string value;
    bool labelled = Labelled(line, spaced_labels, &column, &value);
    // "Objective: 1.2" is a record's reference under another column's word, not a section.
    std::optional<SectionHeading> heading;
    if (!labelled || !rules_.patterns.IsColumnRef(value)) heading = rules_.patterns.MatchSection(line.text);
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
      last = Set(column, value, &records.back());
      ++labelled_lines;
    } else if (!records.empty()) {
      ++other_lines;
      if (last) CellText::AppendWrapped(line.text, last);
    }
  }
  std::vector<RowFields> rows;
  for (size_t r = 0; r < records.size(); ++r) {
    if (!records[r].action.empty() && label_counts[r] >= kLeastLabels) rows.push_back(std::move(records[r]));
  }
  // In a table whose header names the action first, each header line reads as a short record and the
  // rows under it as one long value: record blocks are mostly labelled lines.
  bool mostly_labelled = labelled_lines >= kLeastLabelledShare * (labelled_lines + other_lines);
  return rows.size() >= kLeastRecords && mostly_labelled ? rows : std::vector<RowFields>();
}

std::string RecordBlocks::SpacedLabel(const std::string& text) const {
  std::vector<std::string> words = CellText::Words(text);
  std::string longest, prefix;
  for (size_t w = 0; w + 1 < words.size() && w < kMaxSpacedLabelWords; ++w) {
    if (w) prefix += ' ';
    prefix += words[w];
    if (rules_.headers.IsFullName(prefix)) longest = prefix;
  }
  return longest;
}

std::set<std::string> RecordBlocks::RepeatedSpacedLabels(const std::vector<PlanLine>& lines) const {
  std::map<std::string, size_t> begun;  // How many lines each label begins.
  for (const PlanLine& line : lines) {
    if (line.FilledCells() != 1 || line.text.find(':') != std::string::npos) continue;
    std::string label = SpacedLabel(line.text);
    if (!label.empty()) ++begun[label];
  }
  size_t most = 0;
  for (const auto& counted : begun) most = std::max(most, counted.second);
  std::set<std::string> repeated;
  for (const auto& counted : begun) {
    if (counted.second >= kLeastRecords && counted.second >= kLeastSpacedLabelShare * most) {
      repeated.insert(counted.first);
    }
  }
  return repeated;
}

bool RecordBlocks::Labelled(const PlanLine& line, const std::set<std::string>& spaced_labels, ColumnName* column,
                            std::string* value) const {
  std::string label;
  value->clear();
  if (line.FilledCells() >= 2) {
    int first = line.FirstFilled();
    label = CellText::Clean(line.cells[first]);
    for (size_t c = first + 1; c < line.cells.size(); ++c) {
      CellText::AppendWrapped(CellText::Clean(line.cells[c]), value);
    }
  } else if (size_t colon = line.text.find(':'); colon != std::string::npos) {
    label = line.text.substr(0, colon);
    *value = CellText::Clean(line.text.substr(colon + 1));
  } else if (rules_.headers.IsFullName(line.text)) {
    label = line.text;  // A label whose value is empty, printed without a colon.
  } else if (std::string spaced = SpacedLabel(line.text); spaced_labels.count(spaced)) {
    label = spaced;  // Words of the line, which Clean spaces as SpacedLabel does.
    *value = CellText::Clean(CellText::Clean(line.text).substr(spaced.size()));
  } else {
    return false;
  }
  if (label.size() > kMaxLabelLength) return false;
  std::optional<ColumnName> named = rules_.headers.Match(label);
  if (!named || !rules_.headers.IsFullName(label)) named = rules_.headers.MatchWords(label);
  // A label no rule knows ("#") beside a reference heads the references.
  if (!named && CellText::WordCount(label) <= kMaxRefLabelWords && rules_.patterns.IsColumnRef(*value)) {
    named = ColumnName{Column::kRef, ""};
  }
  if (!named) return false;
  *column = *named;
  return true;
}

std::string* RecordBlocks::Set(const ColumnName& column, const std::string& value, RowFields* fields) const {
  std::string* field = FieldOf(column.column, fields);
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
