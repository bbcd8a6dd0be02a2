#include "pipeline/recovery/detached_records.h"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "pipeline/recovery/record_labels.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest labels of a record block: a table's header of two is no record.
constexpr size_t kLeastLabels = 3;
// Most labels of a record block: a table has no more columns, and the runs
// of label-like lines searched for the block stay short on any input.
constexpr size_t kMostLabels = 16;
// Fewest times the block of labels comes: once is a table's header.
constexpr size_t kLeastBlocks = 2;
// Longest label, in characters and words: longer text is a value.
constexpr size_t kMaxLabelLength = 40;
constexpr int kMaxLabelWords = 5;

// A record being put together: where its labels start, a value per label.
struct Record {
  size_t first_line = 0;
  std::vector<std::string> values;
  size_t next = 0;           // The first label a value printed apart may fill.
  bool beside = false;       // Some value was printed right under its label.
  bool valued = false;       // Some value other than its reference was printed apart.
};

// Where a value goes: a record and its label, when `set`; the line it last took.
struct Slot {
  bool set = false;
  size_t record = 0;
  size_t label = 0;
  size_t line = 0;
};

// True when `line` starts with a bullet by `patterns`, which cleaning takes off its text.
bool IsBulleted(const PlanLine& line, const PlanPatterns& patterns) {
  return line.FirstFilled() >= 0 && patterns.BulletLength(line.cells[line.FirstFilled()]) > 0;
}

// True when `line`, a value printed apart, goes on with the value above it,
// `above`, whose last line `above_line` is: it starts in lower case, the
// value above stops mid-phrase, or both are items of one bulleted list,
// unless the item is of another kind than the label takes (`fits` false).
bool GoesOn(const PlanLine& line, const std::string& above, const PlanLine& above_line, bool fits,
            const PlanPatterns& patterns) {
  return CellText::StartsLower(line.text) || CellText::EndsMidPhrase(above) ||
         (fits && IsBulleted(line, patterns) && IsBulleted(above_line, patterns));
}

}  // namespace

bool DetachedRecords::IsLabelLike(const PlanLine& line) const {
  if (!line.IsSingleCell() || line.text.size() > kMaxLabelLength || CellText::WordCount(line.text) > kMaxLabelWords) {
    return false;
  }
  if (CellText::StartsLower(line.text)) return true;
  CellKind kind = classifier_.Classify(line.text);
  return kind != CellKind::kRef && kind != CellKind::kDate && kind != CellKind::kStatus;
}

CellKind DetachedRecords::KindOf(const std::string& label) const {
  std::optional<ColumnName> named = RecordLabels::Known(rules_, label);
  if (!named) return CellKind::kOther;
  switch (named->column) {
    case Column::kRef: return CellKind::kRef;
    case Column::kLead: return CellKind::kLead;
    case Column::kTimeframe: return CellKind::kDate;
    case Column::kProgress: return CellKind::kStatus;
    case Column::kAction:
    case Column::kOutcome:
    case Column::kExtra: return CellKind::kProse;
    case Column::kLeadTimeframe: return CellKind::kOther;
  }
  return CellKind::kOther;
}

bool DetachedRecords::Fits(CellKind kind, CellKind label_kind) {
  switch (label_kind) {
    case CellKind::kRef: return kind == CellKind::kRef;
    case CellKind::kDate:
    case CellKind::kStatus: return kind == CellKind::kDate || kind == CellKind::kStatus;
    case CellKind::kLead: return kind == CellKind::kLead || kind == CellKind::kOther || kind == CellKind::kProse;
    case CellKind::kProse: return kind == CellKind::kProse || kind == CellKind::kOther;
    default: return kind != CellKind::kRef;
  }
}

std::vector<DetachedRecords::Label> DetachedRecords::LearnLabels(const std::vector<PlanLine>& lines) const {
  std::map<std::vector<size_t>, size_t> counts;  // Runs by their first lines' texts, as line indexes.
  std::map<std::string, size_t> first_seen;       // Folded text and the first line that holds it.
  std::vector<bool> like(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) like[i] = IsLabelLike(lines[i]);
  std::vector<size_t> best;
  size_t best_count = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<size_t> run;
    for (size_t k = i; k < lines.size() && k < i + kMostLabels && like[k] && (k == i || !lines[k].line->gap_before);
         ++k) {
      size_t seen = first_seen.emplace(CellText::FoldForMatch(lines[k].text), k).first->second;
      if (std::find(run.begin(), run.end(), seen) != run.end()) break;  // A record holds each label once.
      run.push_back(seen);
      if (run.size() < kLeastLabels || CellText::StartsLower(lines[run[0]].text)) continue;
      size_t count = ++counts[run];
      if (count >= kLeastBlocks && (run.size() > best.size() || (run.size() == best.size() && count > best_count))) {
        best = run;
        best_count = count;
      }
    }
  }
  // A record prints every label; a value the run took in ("Amber/Green") comes seldom.
  std::map<std::string, size_t> times;
  for (const PlanLine& line : lines) ++times[CellText::FoldForMatch(line.text)];
  size_t most = 0;
  for (size_t index : best) most = std::max(most, times[CellText::FoldForMatch(lines[index].text)]);
  std::vector<Label> labels;
  for (size_t index : best) {
    const std::string& text = lines[index].text;
    if (times[CellText::FoldForMatch(text)] * 2 < most) continue;
    if (CellText::StartsLower(text) && !labels.empty()) {
      labels.back().text += " " + text;
    } else {
      labels.emplace_back();
      labels.back().text = text;
    }
    labels.back().parts.push_back(CellText::FoldForMatch(text));
  }
  size_t known = 0;
  for (Label& label : labels) {
    label.kind = KindOf(label.text);
    known += label.kind != CellKind::kOther;
  }
  if (labels.size() < kLeastLabels || known * 2 < labels.size()) labels.clear();
  KindsBeside(lines, &labels);
  // A record starts with its reference: the run may have started on a later label.
  auto ref =
      std::find_if(labels.begin(), labels.end(), [](const Label& label) { return label.kind == CellKind::kRef; });
  if (ref != labels.end()) std::rotate(labels.begin(), ref, labels.end());
  return labels;
}

void DetachedRecords::KindsBeside(const std::vector<PlanLine>& lines, std::vector<Label>* labels) const {
  std::map<std::string, size_t> firsts;  // A label's first line, folded, and the label.
  std::set<std::string> all;             // Every line of every label, folded.
  for (size_t j = 0; j < labels->size(); ++j) {
    firsts.emplace((*labels)[j].parts[0], j);
    all.insert((*labels)[j].parts.begin(), (*labels)[j].parts.end());
  }
  std::vector<std::map<CellKind, size_t>> votes(labels->size());
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    auto first = firsts.find(CellText::FoldForMatch(lines[i].text));
    const PlanLine& next = lines[i + 1];
    if (first == firsts.end() || next.line->gap_before || all.count(CellText::FoldForMatch(next.text))) continue;
    ++votes[first->second][classifier_.Classify(next.text)];
  }
  for (size_t j = 0; j < labels->size(); ++j) {
    Label& label = (*labels)[j];
    size_t total = 0, most = 0;
    CellKind kind = CellKind::kOther;
    for (const auto& [voted, count] : votes[j]) {
      total += count;
      if (count > most) {
        most = count;
        kind = voted;
      }
    }
    // Boards head their references and dates with other columns' words ("Objective" over "1.1.1").
    bool telling = label.kind == CellKind::kOther || kind == CellKind::kRef || kind == CellKind::kDate;
    if (telling && most * 2 > total) label.kind = kind;
  }
}

std::optional<std::pair<size_t, size_t>> DetachedRecords::PartOf(
    const PlanLine& line, const std::vector<Label>& labels,
    const std::map<std::string, std::pair<size_t, size_t>>& parts, std::string* rest) {
  if (!line.IsSingleCell()) return std::nullopt;
  auto part = parts.find(CellText::FoldForMatch(line.text));
  if (part != parts.end()) return part->second;
  for (size_t j = 0; j < labels.size(); ++j) {
    const std::string& text = labels[j].text;
    if (labels[j].parts.size() == 1 && line.text.size() > text.size() + 1 && line.text[text.size()] == ' ' &&
        CellText::FoldForMatch(line.text.substr(0, text.size())) == labels[j].parts[0]) {
      *rest = line.text.substr(text.size() + 1);
      return std::make_pair(j, size_t{0});
    }
  }
  return std::nullopt;
}

std::vector<PlanLine> DetachedRecords::Attach(const std::vector<PlanLine>& lines) const {
  std::vector<Label> labels = LearnLabels(lines);
  if (labels.empty()) return lines;
  std::map<std::string, std::pair<size_t, size_t>> parts;  // Folded label line -> label, part.
  for (size_t j = 0; j < labels.size(); ++j) {
    for (size_t p = 0; p < labels[j].parts.size(); ++p) parts.emplace(labels[j].parts[p], std::make_pair(j, p));
  }
  std::vector<Record> records;
  std::vector<bool> consumed(lines.size());
  std::deque<size_t> waiting;        // Records whose values may yet come apart from them, oldest first.
  Slot under;  // The label that the lines right under it are the value of.
  Slot apart;  // The value printed apart that the next such line may go on with.
  size_t label = 0;  // The open record's last label.
  for (size_t i = 0; i < lines.size(); ++i) {
    const PlanLine& line = lines[i];
    if (line.FirstFilled() < 0 || rules_.patterns.IsPageNumber(line.text)) continue;
    std::string rest;
    std::optional<std::pair<size_t, size_t>> part = PartOf(line, labels, parts, &rest);
    if (part && (part->second == 0 || (!records.empty() && part->first == label))) {
      size_t j = part->first;
      if (part->second == 0 && (records.empty() || j <= label || waiting.empty())) {
        records.push_back(Record{i, std::vector<std::string>(labels.size()), 0, false, false});
        waiting.push_back(records.size() - 1);
      }
      label = j;
      consumed[i] = true;
      under = Slot{true, records.size() - 1, j, i};
      if (!rest.empty()) {
        records.back().values[j] = rest;
        records.back().beside = true;
      }
      continue;
    }
    if (rules_.patterns.MatchSection(line.text)) {
      waiting.clear();
      under = apart = Slot{};
      continue;
    }
    CellKind kind = classifier_.Classify(line.text);
    if (under.set && !line.line->gap_before) {
      std::string& value = records[under.record].values[under.label];
      if (!value.empty() || Fits(kind, labels[under.label].kind)) {
        CellText::AppendWrapped(line.text, &value);
        records[under.record].beside = true;
        consumed[i] = true;
        continue;
      }
    }
    under = Slot{};
    if (apart.set && GoesOn(line, records[apart.record].values[apart.label], lines[apart.line],
                            Fits(kind, labels[apart.label].kind), rules_.patterns)) {
      apart.line = i;
      CellText::AppendWrapped(line.text, &records[apart.record].values[apart.label]);
      consumed[i] = true;
      continue;
    }
    apart = Slot{};
    // A reference names its record: it goes to the first waiting record without one, passing none by.
    bool ref = kind == CellKind::kRef;
    for (size_t w = 0; w < waiting.size() && !apart.set;) {
      Record& record = records[waiting[w]];
      size_t j = ref ? 0 : record.next;
      while (j < labels.size() && (!Fits(kind, labels[j].kind) || !record.values[j].empty())) ++j;
      if (!record.beside && j < labels.size()) {
        record.values[j] = line.text;
        record.next = std::max(record.next, j + 1);
        record.valued = record.valued || !ref;
        apart = Slot{true, waiting[w], j, i};
        consumed[i] = true;
        // Values come in their records' order: a record named later ends those before it that took some.
        auto ended = std::remove_if(waiting.begin(), waiting.begin() + static_cast<std::ptrdiff_t>(w),
                                    [&records](size_t r) { return records[r].valued; });
        waiting.erase(ended, waiting.begin() + static_cast<std::ptrdiff_t>(w));
      } else if (ref) {
        ++w;
      } else {
        waiting.erase(waiting.begin() + static_cast<std::ptrdiff_t>(w));
      }
    }
  }
  bool beside = false;
  for (const Record& record : records) beside = beside || record.beside;
  if (!beside || records.size() < kLeastBlocks) return lines;
  std::vector<PlanLine> attached;
  size_t next_record = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (next_record < records.size() && records[next_record].first_line == i) {
      const Record& record = records[next_record++];
      for (size_t j = 0; j < labels.size(); ++j) {
        if (record.values[j].empty()) continue;
        PlanLine pair = lines[i];
        pair.cells = {labels[j].text, record.values[j]};
        pair.text = labels[j].text + " " + record.values[j];
        attached.push_back(std::move(pair));
      }
    } else if (!consumed[i]) {
      attached.push_back(lines[i]);
    }
  }
  return attached;
}

}  // namespace planrows
