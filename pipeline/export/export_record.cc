#include "pipeline/export/export_record.h"

#include <string_view>

namespace planrows {
namespace {

// Keys keep the order they are set in: the record reads like the contract.
using json = nlohmann::ordered_json;

json TextOrNull(const std::string& text) { return text.empty() ? json() : json(text); }

json BoxOrNull(const Box& box) {
  if (box.x0 == 0 && box.y0 == 0 && box.x1 == 0 && box.y1 == 0) return json();
  return json::array({box.x0, box.y0, box.x1, box.y1});
}

json ExtraObject(const ActionRow& row) {
  json extra = json::object();
  for (const auto& [name, value] : row.extra) extra[name] = value;
  return extra;
}

json LeadEntities(const ActionRow& row) {
  json entities = json::array();
  for (const LeadEntity& lead : row.lead_entities) {
    entities.push_back({{"key", lead.key}, {"name", lead.name}, {"kind", TextOrNull(lead.kind)}});
  }
  return entities;
}

json TopicLabels(const ActionRow& row) {
  json labels = json::array();
  for (const TopicMatch& topic : row.topics) labels.push_back(topic.label);
  return labels;
}

// "2015-2017", "2015" for a plan of one year, null when unknown.
json PlanPeriod(const PlanInfo& plan) {
  if (plan.period_start <= 0) return json();
  if (plan.period_end <= plan.period_start) return std::to_string(plan.period_start);
  return std::to_string(plan.period_start) + "-" + std::to_string(plan.period_end);
}

// One value of the record as flat text.
std::string FlatText(const json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  // Numbers; extra and the lead entities stay JSON, their fields named.
  if (!value.is_array() || (!value.empty() && value.front().is_object())) return DumpJson(value);
  // The box is the one list of numbers; names may hold spaces, so the
  // lists of names (leads, flags) are joined with "; ".
  const char* separator = !value.empty() && value.front().is_number() ? " " : "; ";
  std::string text;
  for (size_t i = 0; i < value.size(); ++i) {
    if (i > 0) text += separator;
    text += FlatText(value[i]);
  }
  return text;
}

// `cell` as a spreadsheet will not run it: a cell that starts like a
// formula ("=HYPERLINK(...)", "+1", "-2", "@SUM", or a tab or carriage
// return before one) gets a leading apostrophe, which spreadsheets read as
// "text follows" (OWASP's advice on CSV injection).
std::string Inert(std::string cell) {
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) {
    cell.insert(0, 1, '\'');
  }
  return cell;
}

}  // namespace

json ExportRecord(const StoredRow& stored) {
  const ActionRow& row = stored.row;
  json record = json::object();
  record["board"] = stored.board;
  record["document"] = stored.document;
  record["section_ref"] = TextOrNull(row.section_ref);
  record["section"] = TextOrNull(row.section);
  record["ref"] = TextOrNull(row.ref);
  record["outcome"] = TextOrNull(row.outcome);
  record["action"] = TextOrNull(row.action);
  record["lead"] = TextOrNull(row.lead);
  record["leads"] = row.leads;
  record["timeframe"] = TextOrNull(row.timeframe);
  record["progress"] = TextOrNull(row.progress);
  record["page"] = row.where.page;
  record["line"] = row.where.line > 0 ? json(row.where.line) : json();
  record["bbox"] = BoxOrNull(row.where.box);
  record["confidence"] = row.where.confidence >= 0 ? json(row.where.confidence) : json();
  record["flags"] = row.flags;
  record["extra"] = ExtraObject(row);
  // The normalized values, after the printed ones other tools read first.
  record["action_id"] = stored.action_id;
  record["status"] = TextOrNull(row.status);
  record["start_date"] = TextOrNull(row.dates.start);
  record["end_date"] = TextOrNull(row.dates.end);
  record["timeframe_kind"] = TextOrNull(row.dates.kind);
  record["topics"] = TopicLabels(row);
  record["lead_entities"] = LeadEntities(row);
  record["document_kind"] = TextOrNull(stored.document_kind);
  record["plan_period"] = PlanPeriod(stored.plan);
  return record;
}

std::string DumpJson(const json& record) { return record.dump(-1, ' ', false, json::error_handler_t::replace); }

const std::vector<std::string>& FlatColumns() {
  static const std::vector<std::string> columns = [] {
    const json record = ExportRecord(StoredRow{});  // Named: items() does not keep a temporary alive.
    std::vector<std::string> keys;
    for (const auto& item : record.items()) keys.push_back(item.key());
    return keys;
  }();
  return columns;
}

std::string FlatValue(const json& value) { return Inert(FlatText(value)); }

std::vector<std::string> FlatValues(const StoredRow& row) {
  const json record = ExportRecord(row);
  std::vector<std::string> values;
  for (const json& value : record) values.push_back(FlatValue(value));
  return values;
}

}  // namespace planrows
