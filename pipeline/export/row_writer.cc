#include "pipeline/export/row_writer.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

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

// The export record of `stored`: the interchange contract, keys in order.
json Record(const StoredRow& stored) {
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
  return record;
}

class JsonlRowWriter : public RowWriter {
 public:
  explicit JsonlRowWriter(std::ostream& out) : out_(out) {}
  void Write(const StoredRow& row) override {
    out_ << Record(row).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }

 private:
  std::ostream& out_;
};

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

class CsvRowWriter : public RowWriter {
 public:
  explicit CsvRowWriter(std::ostream& out) : out_(out) {}
  void Begin() override { WriteRecord(FlatColumns()); }
  void Write(const StoredRow& row) override { WriteRecord(FlatValues(row)); }

 private:
  // RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
  // doubled; records end with CRLF.
  void WriteRecord(const std::vector<std::string>& fields) {
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out_ << ',';
      first = false;
      if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out_ << field;
        continue;
      }
      out_ << '"';
      for (char c : field) out_ << (c == '"' ? "\"\"" : std::string(1, c));
      out_ << '"';
    }
    out_ << "\r\n";
  }

  std::ostream& out_;
};

}  // namespace

const std::vector<std::string>& FlatColumns() {
  static const std::vector<std::string> kColumns = {
      "board", "document", "section_ref", "section", "ref",  "outcome",    "action", "lead", "leads",
      "timeframe", "progress", "page",    "line",    "bbox", "confidence", "flags",  "extra"};
  return kColumns;
}

std::vector<std::string> FlatValues(const StoredRow& stored) {
  const ActionRow& row = stored.row;
  const Box& b = row.where.box;
  return {stored.board, stored.document, row.section_ref, row.section, row.ref, row.outcome, row.action, row.lead,
          Join(row.leads), row.timeframe, row.progress, std::to_string(row.where.page),
          row.where.line > 0 ? std::to_string(row.where.line) : "",
          BoxOrNull(b).is_null() ? "" : fmt::format("{} {} {} {}", b.x0, b.y0, b.x1, b.y1),
          row.where.confidence >= 0 ? fmt::format("{:.1f}", row.where.confidence) : "", Join(row.flags),
          ExtraObject(row).dump(-1, ' ', false, json::error_handler_t::replace)};
}

Result<std::unique_ptr<RowWriter>> MakeRowWriter(const std::string& format, std::ostream& out) {
  if (format == "jsonl") return std::unique_ptr<RowWriter>(new JsonlRowWriter(out));
  if (format == "csv") return std::unique_ptr<RowWriter>(new CsvRowWriter(out));
  return Status::InvalidInput("unknown format '" + format + "' (jsonl or csv)");
}

}  // namespace planrows
