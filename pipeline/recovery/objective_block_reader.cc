#include "pipeline/recovery/objective_block_reader.h"

#include <sstream>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

}  // namespace

ObjectiveBlockReader::ObjectiveBlockReader(const RecoveryRules& rules, const PlanLine& line, std::string ref,
                                           std::string outcome, SectionContext section)
    : rules_(rules), items_(rules.patterns) {
  base_.ref = std::move(ref);
  base_.outcome = std::move(outcome);
  base_.section = std::move(section);
  base_.where = line.Where();
}

bool ObjectiveBlockReader::IsLabel(const std::string& text) const {
  const PlanPatterns& patterns = rules_.patterns;
  return patterns.IsLeadLabel(text) || patterns.IsHowLabel(text) || patterns.IsMeasureLabel(text);
}

bool ObjectiveBlockReader::EndedBy(const PlanLine& line) const {
  if (has_label_ || items_.items().empty()) return false;
  return rules_.patterns.IsLeadLabel(line.text) || rules_.patterns.IsNarrativeActionHeading(line.text);
}

bool ObjectiveBlockReader::LooksLikeLead(const std::string& text) {
  // Leads are short names: "Quality Assurance sub", "Chair of DSCB". Actions
  // are sentences, which nearly always hold an article or "to".
  std::istringstream words(CellText::FoldForMatch(text));
  int count = 0;
  for (std::string w; words >> w; ++count) {
    if (w == "the" || w == "a" || w == "an" || w == "to" || w == "will" || w == "with" || w == "for") {
      return false;
    }
  }
  return count > 0 && count <= 6;
}

void ObjectiveBlockReader::Read(const PlanLine& line) {
  const PlanPatterns& patterns = rules_.patterns;
  const std::string& text = line.text;
  if (IsLabel(text)) {
    has_label_ = true;
    // Labels before the first item are a flattened table header; after it
    // they announce the evidence and indicator blocks.
    if (patterns.IsMeasureLabel(text)) {
      part_ = Part::kMeasure;
    } else if (!items_.items().empty() && patterns.IsHowLabel(text)) {
      part_ = Part::kHow;
    }
    return;
  }
  switch (part_) {
    case Part::kItems:
      if (rules_.timeframes.IsTimeframe(text)) {
        base_.timeframe = text;
      } else {
        items_.Add(line, true);
      }
      break;
    case Part::kHow:
      how_ += how_.empty() ? text : " " + text;
      break;
    case Part::kMeasure:
      measures_.push_back(text);
      break;
  }
}

std::vector<RowFields> ObjectiveBlockReader::TakeRows() {
  std::vector<RowFields> rows;
  const std::vector<ListItems::Item>& items = items_.items();
  if (!has_label_ || items.empty()) return rows;
  // Actions come first, then their leads: the leads are the longest run of
  // lead-like items that ends the list.
  size_t split = items.size();
  while (split > 1 && LooksLikeLead(items[split - 1].text)) --split;
  size_t actions = split, leads = items.size() - split;
  size_t first_lead = leads > actions ? items.size() - actions : split;
  for (size_t i = 0; i < actions; ++i) {
    RowFields row = base_;
    row.action = items[i].text;
    if (first_lead + i < items.size()) row.lead = items[first_lead + i].text;
    if (!measures_.empty()) row.extra.emplace_back("measure", Join(measures_, "; "));
    if (!how_.empty()) row.extra.emplace_back("how", how_);
    if (leads > 0) row.flags.push_back("paired-in-order");
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace planrows
