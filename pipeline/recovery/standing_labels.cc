#include "pipeline/recovery/standing_labels.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>

#include "pipeline/recovery/list_items.h"
#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool StandingLabels::StandsAlone(const PlanLine& line, std::string* text) const {
  if (!line.IsSingleCell() || line.text.find(':') != std::string::npos || ListItems(rules_.patterns).IsBullet(line)) {
    return false;
  }
  *text = CellText::Clean(line.text);
  if (text->empty() || text->size() > kMaxLabelLength || CellText::WordCount(*text) > kMaxUnknownLabelWords ||
      !std::isupper(static_cast<unsigned char>((*text)[0]))) {
    return false;
  }
  if (rules_.patterns.MatchSection(*text) || rules_.patterns.IsPageNumber(*text)) return false;
  CellKind kind = classifier_.Classify(*text);
  return kind != CellKind::kRef && kind != CellKind::kDate && kind != CellKind::kStatus;
}

std::map<std::string, std::vector<std::string>> StandingLabels::Find(const std::vector<PlanLine>& lines) const {
  std::vector<size_t> filled;        // The lines with text, by index.
  std::vector<std::string> texts;    // Their texts when they could be labels, else "".
  std::map<std::string, size_t> times;  // How often each such text comes, folded.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].FirstFilled() < 0) continue;
    filled.push_back(i);
    std::string text;
    texts.push_back(StandsAlone(lines[i], &text) ? text : "");
    if (!texts.back().empty()) ++times[CellText::FoldForMatch(text)];
  }
  // A record prints each label; a value ("Head of Service") comes again in a few records only.
  size_t least = std::max<size_t>(kLeastRepeats, std::ceil(kLeastSpacedLabelShare * MostOf(times)));
  auto is_label = [&](size_t f) { return !texts[f].empty() && times[CellText::FoldForMatch(texts[f])] >= least; };
  std::vector<std::string> order;  // Folded labels, as they first come.
  std::map<std::string, std::vector<std::string>> values;  // By the label as printed.
  std::map<std::string, size_t> valued;                    // Folded labels, how often a value follows.
  size_t previous = 0;
  for (size_t f = 0; f < filled.size(); ++f) {
    if (!is_label(f)) continue;
    std::string key = CellText::FoldForMatch(texts[f]);
    size_t at = std::find(order.begin(), order.end(), key) - order.begin();
    if (at == order.size()) order.push_back(key);
    // The first label opens a record; the others follow it in their order, each once.
    if (at != 0 && at <= previous) return {};
    previous = at;
    // A value stands apart under its label, as a record's cell; a column's heading runs into its cells.
    bool value = f + 1 < filled.size() && !is_label(f + 1) && lines[filled[f + 1]].line->gap_before;
    values[texts[f]].push_back(value ? CellText::Clean(lines[filled[f + 1]].text) : "");
    valued[key] += value;
  }
  for (auto label = values.begin(); label != values.end();) {
    std::string key = CellText::FoldForMatch(label->first);
    label = valued[key] * 2 > times[key] ? std::next(label) : values.erase(label);
  }
  return values.size() >= kLeastRecurringLabels ? values : std::map<std::string, std::vector<std::string>>();
}

}  // namespace planrows
