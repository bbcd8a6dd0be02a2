#include "pipeline/recovery/record_labels.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/recovery/list_items.h"
#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/recovery/recurring_labels.h"
#include "pipeline/recovery/standing_labels.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// The column whose cells most of `kinds` are of, among those whose cells say
// what they are; nothing when no such kind holds more than half the values.
std::optional<Column> ColumnOfMost(const std::vector<CellKind>& kinds) {
  constexpr std::array<std::pair<CellKind, Column>, 4> kTelling = {{{CellKind::kRef, Column::kRef},
                                                                    {CellKind::kDate, Column::kTimeframe},
                                                                    {CellKind::kStatus, Column::kProgress},
                                                                    {CellKind::kLead, Column::kLead}}};
  size_t filled = kinds.size() - std::count(kinds.begin(), kinds.end(), CellKind::kEmpty);
  for (const auto& telling : kTelling) {
    size_t count = std::count(kinds.begin(), kinds.end(), telling.first);
    if (count * 2 > filled) return telling.second;
  }
  return std::nullopt;
}

}  // namespace

RecordLabels::RecordLabels(const RecoveryRules& rules, const std::vector<PlanLine>& lines, SpacedLearning learning)
    : rules_(rules) {
  for (const PlanLine& line : lines) {
    if (line.FilledCells() >= 2 || line.text.find(':') != std::string::npos) {
      ++set_apart_[CellText::FoldForMatch(Cut(line).label)];
    }
  }
  spaced_ = RepeatedSpacedLabels(lines, learning);
  CellClassifier classifier(rules);
  std::map<std::string, std::vector<std::string>> standing;  // Labels alone on their lines, and their values.
  if (learning == SpacedLearning::kRecurringStarts) standing = StandingLabels(rules, classifier).Find(lines);
  for (const auto& [label, values] : standing) {
    for (const std::string& value : values) {
      // A value's words that records share ("By end of Q2") begin no label.
      for (std::string spaced = LongestSpacedLabel(value); !spaced.empty(); spaced = LongestSpacedLabel(value)) {
        spaced_.erase(spaced);
      }
    }
  }
  std::map<std::string, std::vector<CellKind>> unknown;  // Kinds of the values of each label no rule knows.
  std::map<std::string, std::set<std::string>> distinct;  // Their distinct values.
  std::vector<std::string> order;                         // Colon labels no rule knows, as they first come.
  std::set<Column> taken;                                 // Columns known labels name.
  std::map<std::string, std::vector<CellKind>> dated;     // Kinds of the values of known labels of dates.
  for (const PlanLine& line : lines) {
    if (line.FirstFilled() < 0) continue;
    Parts parts = Cut(line);
    if (parts.alone || parts.label.size() > kMaxLabelLength) continue;
    std::string key = CellText::FoldForMatch(parts.label);
    if (std::optional<ColumnName> known = Known(rules_, parts.label)) {
      taken.insert(known->column);
      Claim(*known, key, rules_.headers.IsFullName(parts.label), 1);
      if (known->column == Column::kTimeframe) dated[key].push_back(classifier.Classify(parts.value));
    } else if (CellText::WordCount(parts.label) <= kMaxUnknownLabelWords &&
               !std::isdigit(static_cast<unsigned char>(parts.label[0]))) {
      // Only a colon sets a record's label apart: a table row's first cell is no label.
      bool colon = line.FilledCells() < 2 && line.text.compare(0, parts.label.size() + 1, parts.label + ":") == 0;
      if (colon && std::find(order.begin(), order.end(), key) == order.end()) order.push_back(key);
      unknown[key].push_back(classifier.Classify(parts.value));
      distinct[key].insert(CellText::FoldForMatch(parts.value));
    }
    if (!parts.value.empty()) valued_.insert(key);
  }
  for (const auto& [label, values] : standing) LearnStanding(label, values, classifier, &unknown, &distinct, &taken);
  ChooseOwners();
  // Beside a label of who and when, one the rules take for dates whose
  // values are no dates ("Target" over "At least 20 schools take part")
  // names what is aimed at: an extra column.
  for (const auto& [key, kinds] : dated) {
    if (taken.count(Column::kLeadTimeframe) && ColumnOfMost(kinds) != Column::kTimeframe) aims_.insert(key);
  }
  NameByValues(unknown, taken);
  if (!taken.count(Column::kAction)) NameActionByProse(unknown, distinct, order, taken.count(Column::kOutcome) > 0);
}

bool RecordLabels::Read(const PlanLine& line, ColumnName* column, std::string* value) const {
  Parts parts = Cut(line);
  // The letter OCR reads for a bullet ("e") starts an item of a value's list; a
  // first cell of punctuation ("#") labels its value.
  bool letter_bullet = std::islower(static_cast<unsigned char>(parts.label[0])) &&
                       rules_.patterns.IsBulletCell(parts.label);
  if (parts.label.size() > kMaxLabelLength || letter_bullet) return false;
  std::string key = CellText::FoldForMatch(parts.label);
  std::optional<ColumnName> named = Known(rules_, parts.label);
  // OCR may misread a letter of a label it read right on other records ("Expected resuit").
  if (!named && line.page->from_ocr) {
    std::string owner = OwnerReadAgain(key);
    if (owner != key) {
      parts.label = key = owner;
      named = Known(rules_, parts.label);
    }
  }
  // Text that only starts like a label is a line of a value, unless the label is all it holds.
  if (parts.alone && !rules_.headers.IsFullName(parts.label) && !valued_.count(key)) return false;
  if (named) {
    auto owner = owners_.find(RoleName(*named));
    bool other_owner = owner != owners_.end() && !SameLabel(owner->second.label, key);
    if (other_owner || aims_.count(key)) named = ColumnName{Column::kExtra, ExtraKey(parts.label)};
  }
  if (auto learnt = learnt_.find(key); !named && learnt != learnt_.end()) named = learnt->second;
  if (!named) return false;
  *column = *named;
  *value = parts.value;
  return true;
}

std::string RecordLabels::SpacedLabel(const std::string& text) const {
  std::vector<std::string> words = CellText::Words(text);
  // A word and a reference alone ("Key 1.1a"): the label of a record's reference.
  if (words.size() == 2 && rules_.patterns.IsColumnRef(words[1])) return words[0];
  std::string longest, by_words, prefix;
  for (size_t w = 0; w + 1 < words.size() && w < kMaxSpacedLabelWords; ++w) {
    if (w) prefix += ' ';
    prefix += words[w];
    if (rules_.headers.IsFullName(prefix)) longest = prefix;
    // A label no list names in full tells its column by its words, two at
    // least, as one word ("Review ...") starts many a value's line; it ends
    // on such a word ("Workplan activity", "Led by whom"), where its value starts.
    if (w > 0 && rules_.headers.MatchWords(prefix) && rules_.headers.MatchWords(words[w])) by_words = prefix;
  }
  return longest.empty() ? by_words : longest;
}

std::set<std::string> RecordLabels::RepeatedSpacedLabels(const std::vector<PlanLine>& lines,
                                                         SpacedLearning learning) const {
  std::map<std::string, size_t> begun;  // How many lines each label begins.
  std::vector<RecurringLabels::StartLine> starting;  // The lines that may begin with a label, in order.
  std::string label_before;             // The folded label of the last line set apart by a cell or a colon.
  std::map<std::string, std::vector<std::vector<std::string>>> begins;  // The words of the lines each label begins.
  for (const PlanLine& line : lines) {
    if (line.FilledCells() >= 2 || line.text.find(':') != std::string::npos || IsSetApart(line)) {
      label_before = CellText::FoldForMatch(Cut(line).label);
      continue;
    }
    if (line.FilledCells() != 1 || ListItems(rules_.patterns).IsBullet(line)) {
      continue;  // An item of a bulleted list is a line of a value.
    }
    // Headings and page numbers come again on each page or section, not in each record.
    if (!rules_.patterns.MatchSection(line.text) && !rules_.patterns.IsPageNumber(line.text)) {
      starting.push_back(RecurringLabels::StartLine{CellText::Clean(line.text), label_before});
      label_before.clear();
    }
    std::string label = SpacedLabel(line.text);
    if (label.empty()) continue;
    ++begun[label];
    begins[label].push_back(CellText::Words(line.text));
  }
  std::set<std::string> repeated;
  if (learning == SpacedLearning::kRecurringStarts) repeated = RecurringLabels::Starts(starting, set_apart_);
  for (const auto& counted : begun) {
    if (counted.second >= kLeastRepeats && counted.second >= kLeastSpacedLabelShare * MostOf(begun) &&
        !RecurringLabels::EndsOnValueWord(counted.first, counted.second, starting)) {
      repeated.insert(RecurringLabels::RunOn(counted.first, begins[counted.first]));
    }
  }
  return repeated;
}

void RecordLabels::LearnStanding(const std::string& label, const std::vector<std::string>& values,
                                 const CellClassifier& classifier,
                                 std::map<std::string, std::vector<CellKind>>* unknown,
                                 std::map<std::string, std::set<std::string>>* distinct, std::set<Column>* taken) {
  std::string key = CellText::FoldForMatch(label);
  valued_.insert(key);
  if (std::optional<ColumnName> known = Known(rules_, label)) {
    taken->insert(known->column);
    Claim(*known, key, rules_.headers.IsFullName(label), values.size());
    return;
  }
  for (const std::string& value : values) {
    (*unknown)[key].push_back(classifier.Classify(value));
    (*distinct)[key].insert(CellText::FoldForMatch(value));
  }
}

std::string RecordLabels::LongestSpacedLabel(const std::string& text) const {
  std::string longest;
  for (const std::string& label : spaced_) {
    if (label.size() > longest.size() && text.compare(0, label.size(), label) == 0 &&
        (text.size() == label.size() || text[label.size()] == ' ')) {
      longest = label;
    }
  }
  return longest;
}

bool RecordLabels::IsSetApart(const PlanLine& line) const {
  return set_apart_.count(CellText::FoldForMatch(CellText::Clean(line.text))) > 0;
}

bool RecordLabels::SpacedApart(const PlanLine& line, const std::string& label) {
  // A gap this share of the line's height is wider than a word space.
  constexpr double kLabelGapShare = 0.6;
  const PageText& page = *line.page;
  if (page.from_ocr || page.cells_by_index || page.char_width > 0 || line.line->segments.empty()) return true;
  const std::vector<Word>& words = line.line->segments[0].words;
  const size_t count = CellText::Words(label).size();
  if (count == 0 || count >= words.size()) return true;
  const double gap = words[count].box.x0 - words[count - 1].box.x1;
  return gap > kLabelGapShare * (line.line->box.y1 - line.line->box.y0);
}

RecordLabels::Parts RecordLabels::Cut(const PlanLine& line) const {
  Parts parts;
  const std::string text = CellText::Clean(line.text);
  std::vector<std::string> cells;
  for (const std::string& cell : line.cells) {
    std::string clean = CellText::Clean(cell);
    if (!clean.empty()) cells.push_back(clean);
  }
  if (cells.size() >= 2) {  // A first cell of punctuation ("#") labels its value too.
    parts.label = cells[0];
    size_t value = 1;
    // OCR leaves a gap where it drops a slash: "Owner | deadline | R Nwosu - May".
    if (cells.size() >= 3 && std::isupper(static_cast<unsigned char>(cells[0][0])) &&
        std::islower(static_cast<unsigned char>(cells[1][0])) &&
        rules_.headers.KnowsWord(cells[1].substr(0, cells[1].find(' ')))) {
      parts.label += " " + cells[value++];
    }
    for (size_t c = value; c < cells.size(); ++c) CellText::AppendWrapped(cells[c], &parts.value);
  } else if (size_t colon = line.text.find(':'); colon != std::string::npos) {
    parts.label = CellText::Clean(line.text.substr(0, colon));
    parts.value = CellText::Clean(line.text.substr(colon + 1));
  } else if (std::string spaced = LongestSpacedLabel(text);
             !spaced.empty() && SpacedApart(line, spaced) && !IsSetApart(line) &&
             !ListItems(rules_.patterns).IsBullet(line) && !rules_.headers.IsFullName(text)) {
    parts.label = spaced;  // Words of the line, which Clean spaces as SpacedLabel does.
    parts.value = CellText::Clean(text.substr(spaced.size()));
  } else {
    // A line that is a column's whole name ("Action code") is that label alone, not a shorter one and its value.
    parts.label = text;
    parts.alone = true;
  }
  return parts;
}

std::optional<ColumnName> RecordLabels::Known(const RecoveryRules& rules, const std::string& label) {
  std::optional<ColumnName> named = rules.headers.Match(label);
  if (!named || !rules.headers.IsFullName(label)) named = rules.headers.MatchWords(label);
  return named;
}

void RecordLabels::NameByValues(const std::map<std::string, std::vector<CellKind>>& kinds, std::set<Column> taken) {
  // A label of who and when ("Owner and deadline") names both: dates under
  // a label no rule knows are steps of their own ("Draft by May 2025").
  if (taken.count(Column::kLeadTimeframe)) taken.insert({Column::kLead, Column::kTimeframe});
  for (const auto& [key, values] : kinds) {
    if (values.size() < kLeastRepeats) continue;
    std::optional<Column> role = ColumnOfMost(values);
    if (role && !taken.count(*role)) {
      learnt_[key] = ColumnName{*role, ""};
      taken.insert(*role);
    } else if (!key.empty()) {  // A label of punctuation alone says nothing to name an extra column by.
      learnt_[key] = ColumnName{Column::kExtra, ExtraKey(key)};
    }
  }
}

void RecordLabels::NameActionByProse(const std::map<std::string, std::vector<CellKind>>& kinds,
                                     const std::map<std::string, std::set<std::string>>& distinct,
                                     const std::vector<std::string>& order, bool outcome_taken) {
  std::vector<std::string> prose;  // Labels left extra columns whose values are mostly prose.
  for (auto& [key, name] : learnt_) {
    if (name.column != Column::kExtra) continue;
    const std::vector<CellKind>& values = kinds.at(key);
    size_t filled = values.size() - std::count(values.begin(), values.end(), CellKind::kEmpty);
    if (static_cast<size_t>(std::count(values.begin(), values.end(), CellKind::kProse)) * 2 > filled) {
      prose.push_back(key);
    }
  }
  if (prose.size() == 1) {
    learnt_[prose.front()] = ColumnName{Column::kAction, ""};
    return;
  }
  // An outcome spans several actions: of prose labels, the one of most distinct values is the action.
  auto by_distinct = [&](const std::string& a, const std::string& b) {
    return distinct.at(a).size() < distinct.at(b).size();
  };
  std::sort(prose.begin(), prose.end(), by_distinct);
  if (prose.size() >= 2 && by_distinct(prose[prose.size() - 2], prose.back())) {
    learnt_[prose.back()] = ColumnName{Column::kAction, ""};
    if (!outcome_taken && by_distinct(prose[0], prose[1])) learnt_[prose[0]] = ColumnName{Column::kOutcome, ""};
    return;
  }
  auto first = std::find_if(order.begin(), order.end(), [&](const std::string& key) {
    return std::find(prose.begin(), prose.end(), key) != prose.end();
  });
  if (first != order.end()) learnt_[*first] = ColumnName{Column::kAction, ""};
}

}  // namespace planrows
