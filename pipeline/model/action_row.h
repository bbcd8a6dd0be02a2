// ActionRow: one recovered row of a plan's action table, with where it was
// read. Text fields hold the value as printed (cleaned per GOLD_FORMAT.md);
// an empty string means the document gives no value.
#ifndef PLANROWS_PIPELINE_MODEL_ACTION_ROW_H_
#define PLANROWS_PIPELINE_MODEL_ACTION_ROW_H_

#include <string>
#include <utility>
#include <vector>

#include "extractors/page_text.h"

namespace planrows {

// Where a row was read: enough to find it again in the source document.
struct Provenance {
  int page = 0;           // 1-based page.
  int line = 0;           // 1-based line of a text input; 0 for PDFs.
  Box box;                // Bounding box on the page (PDF points; text: column/line).
  double confidence = -1;  // Mean OCR confidence 0..100; -1 when not OCR.
};

struct ActionRow {
  std::string section_ref;  // "1", "2.3"; "ONE" is given as "1".
  std::string section;      // Theme/priority title without its label and number.
  std::string ref;          // "1.1", "EH2"; no trailing dot.
  std::string outcome;
  std::string action;
  std::string lead;                 // As printed.
  std::vector<std::string> leads;   // `lead` split into people and groups.
  std::string timeframe;
  std::string progress;
  // Other named columns (milestones, how, measure, status), in column order.
  std::vector<std::pair<std::string, std::string>> extra;
  Provenance where;
  // Heuristics that shaped this row ("joined-page-break", "paired-in-order",
  // "inherited-outcome", "narrative-bullet", "low-ocr-confidence"), for auditors.
  std::vector<std::string> flags;
};

// What the plan says about itself, read from its title and first pages.
struct PlanInfo {
  std::string board;   // "West Berkshire Local Safeguarding Children Board".
  std::string title;   // "Business Plan 2015 - 2017".
  int period_start = 0;  // First year covered; 0 when unknown.
  int period_end = 0;    // Last year covered; 0 when unknown.
};

// Everything recovered from one document.
struct RecoveredPlan {
  PlanInfo info;
  std::vector<ActionRow> rows;
  std::vector<std::string> warnings;  // One line each, for the ingest summary.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_MODEL_ACTION_ROW_H_
