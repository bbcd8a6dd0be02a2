// The export record: one stored row as every export writes it. Its keys and
// their order are a contract other tools rely on; CSV and spreadsheet
// exports use its flat form, so that all formats carry the same fields.
#ifndef PLANROWS_PIPELINE_EXPORT_EXPORT_RECORD_H_
#define PLANROWS_PIPELINE_EXPORT_EXPORT_RECORD_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "pipeline/store/store.h"

namespace planrows {

// The record of `row`: as printed, board, document, section_ref, section,
// ref, outcome, action, lead, leads, timeframe, progress, page, line, bbox,
// confidence, flags, extra; then normalized, action_id, status, start_date,
// end_date, timeframe_kind, topics (labels), lead_entities (key, name,
// kind), document_kind, plan_period ("2015-2017"). Absent values are null:
// empty text, line 0, an all-zero box, a confidence below 0.
nlohmann::ordered_json ExportRecord(const StoredRow& row);

// `record` as compact JSON; invalid UTF-8 becomes U+FFFD instead of failing.
std::string DumpJson(const nlohmann::ordered_json& record);

// The record's keys, in order: the header of flat exports.
const std::vector<std::string>& FlatColumns();

// One value of a record as text: null as "", lists of names joined with
// "; ", the box as "x0 y0 x1 y1", extra and lead entities as JSON; a value
// starting with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, so that no spreadsheet runs it as a formula.
std::string FlatValue(const nlohmann::ordered_json& value);

// The record's values as FlatValue gives them, in FlatColumns() order.
std::vector<std::string> FlatValues(const StoredRow& row);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_EXPORT_EXPORT_RECORD_H_
