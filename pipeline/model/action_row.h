// ActionRow: one recovered row of a plan's action table, with where it was
// read. Text fields hold the value as printed (cleaned per GOLD_FORMAT.md);
// an empty string means the document gives no value.
#ifndef PLANROWS_PIPELINE_MODEL_ACTION_ROW_H_
#define PLANROWS_PIPELINE_MODEL_ACTION_ROW_H_

#include <string>
#include <utility>
#include <vector>

#include "extractors/page_text.h"
#include "pipeline/model/table_trace.h"

namespace planrows {

// Where a row was read: enough to find it again in the source document.
struct Provenance {
  int page = 0;           // 1-based page.
  int line = 0;           // 1-based line of a text input; 0 for PDFs.
  Box box;                // Bounding box on the page (PDF points; text: column/line).
  double confidence = -1;  // Mean OCR confidence 0..100; -1 when not OCR.
};

// A timeframe read as dates; kind "" when the row has no timeframe.
struct TimeframeDates {
  std::string start;  // ISO yyyy-mm-dd; empty when unknown.
  std::string end;
  std::string kind;   // "date", "range", "open", "recurring" or "unparsed".
};

// One lead as an entity that other documents may name too.
struct LeadEntity {
  std::string key;   // Folded, aliases resolved: the same for every spelling.
  std::string name;  // The canonical or first printed form.
  std::string kind;  // "person", "role" or "group".
};

// A topic an action is about, and the words that said so.
struct TopicMatch {
  std::string key;
  std::string label;
  std::string matched;  // The words found, "; "-separated.
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
  // Normalized values, kept beside the printed ones (filled by ValueNormalizer).
  TimeframeDates dates;
  std::string status;  // complete, on_track, delayed, not_started, red, amber, green, unknown.
  std::vector<LeadEntity> lead_entities;  // One per entry of `leads`.
  std::vector<TopicMatch> topics;
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
  // The key the board is stored under ("west-berkshire"), once normalized;
  // empty for a plan that names no board.
  std::string board_key;
};

// Everything recovered from one document.
struct RecoveredPlan {
  PlanInfo info;
  std::vector<ActionRow> rows;
  std::vector<std::string> warnings;  // One line each, for the ingest summary.
  std::vector<TableTrace> tables;     // The tables read, in order, for explanations.
  // How plan-like the rows read are, 0..1 (RowPlausibility): low values
  // mark documents whose layout was likely misread.
  double layout_confidence = 0;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_MODEL_ACTION_ROW_H_
