#include "pipeline/recovery/row_finisher.h"

#include "pipeline/recovery/inline_labels.h"
#include "pipeline/recovery/ocr_bullets.h"
#include "pipeline/text/cell_text.h"
#include "pipeline/text/lost_spaces.h"

namespace planrows {

// OCR read rows whose words average under this confidence (0..100) often
// enough wrong to deserve a human look.
constexpr double kReviewConfidence = 60;
const char* const kLowConfidenceFlag = "low-ocr-confidence";
// A status is a word or two: OCR loses one space in it at most ("Ontrack").
constexpr int kMostLostStatusSpaces = 1;

ActionRow RowFinisher::Finish(const RowFields& fields) const {
  ActionRow row;
  row.section_ref = fields.section.ref;
  row.section = CellText::Clean(fields.section.title);
  row.ref = CellText::Clean(fields.ref);
  while (!row.ref.empty() && row.ref.back() == '.') row.ref.pop_back();
  row.outcome = CellText::Clean(fields.outcome);
  row.action = CellText::Clean(fields.action);
  row.lead = CellText::Clean(fields.lead);
  row.timeframe = rules_.patterns.RepairBrokenStatus(CellText::Clean(fields.timeframe));
  row.timeframe = rules_.patterns.RepairWrapJoinedDate(row.timeframe);
  row.progress = rules_.patterns.RepairBrokenStatus(CellText::Clean(fields.progress));
  if (row.lead.empty() && row.timeframe.empty() && fields.lead_timeframe.empty()) {
    // A plan without a lead column may name the lead in the action's text.
    LabelledAction labelled = InlineLabels::Read(rules_, row.action);
    row.action = labelled.action;
    row.lead = labelled.lead;
    row.timeframe = labelled.timeframe;
    if (row.progress.empty()) row.progress = labelled.progress;
  }
  if (!fields.lead_timeframe.empty()) {
    LeadAndTimeframe split = rules_.timeframes.Split(fields.lead_timeframe);
    // OCR may have misread the date's digits ("By end of Ql", "Ql 2014/15"):
    // the date read with them repaired is the whole date.
    if (fields.where.confidence >= 0) {
      LeadAndTimeframe repaired = rules_.timeframes.Split(rules_.patterns.RepairDigits(fields.lead_timeframe));
      if (repaired.timeframe.size() > split.timeframe.size()) split = repaired;
    }
    if (row.lead.empty()) row.lead = split.lead;
    if (row.timeframe.empty()) row.timeframe = split.timeframe;
  }
  // OCR reads digits as lookalike letters ("Ql", "20l8"); dates hold digits.
  // and initials as digits ("1. Hargreaves").
  // It also drops the spaces of words set close ("Byendof Q1", "Ontrack"),
  // and reads bullets as letters ("m Update ...").
  if (fields.where.confidence >= 0) {
    row.outcome = DropOcrBullets(rules_.patterns, row.outcome);
    row.action = DropOcrBullets(rules_.patterns, row.action);
    row.timeframe = rules_.timeframes.RestoreLostSpaces(rules_.patterns.RepairDigits(row.timeframe));
    row.lead = rules_.patterns.RepairInitials(row.lead);
    row.progress = PutBackLostSpaces(row.progress, [this](std::string_view text) {
      return rules_.patterns.IsStatusCell(text);
    }, kMostLostStatusSpaces);
  }
  row.leads = rules_.leads.Split(row.lead);
  if (!fields.section.theme.empty()) row.extra.emplace_back("theme", CellText::Clean(fields.section.theme));
  for (const auto& [key, value] : fields.extra) {
    std::string clean = CellText::Clean(value);
    if (fields.where.confidence >= 0) clean = DropOcrBullets(rules_.patterns, clean);
    if (!clean.empty()) row.extra.emplace_back(key, clean);
  }
  row.where = fields.where;
  row.flags = fields.flags;
  if (row.where.confidence >= 0 && row.where.confidence < kReviewConfidence) row.flags.push_back(kLowConfidenceFlag);
  return row;
}

}  // namespace planrows
