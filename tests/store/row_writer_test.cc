#include "pipeline/export/row_writer.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "pipeline/export/csv_row_writer.h"
#include "pipeline/export/jsonl_row_writer.h"

namespace planrows {
namespace {

StoredRow FullRow() {
  StoredRow stored{"Dudley Board", "002_482c4765827834fc.txt", PlanInfo{}, ActionRow{}, 0, ""};
  ActionRow& row = stored.row;
  row.section_ref = "2";
  row.section = "Neglect";
  row.ref = "2.1";
  row.action = "Audit, then \"report\"\nback";
  row.lead = "I Pearson/ QA Group";
  row.leads = {"I Pearson", "QA Group"};
  row.timeframe = "May 2015";
  row.extra = {{"milestones", "Agreed"}, {"how", "By \"workshops\""}};
  row.where = Provenance{4, 0, Box{10.5, 20, 300, 40}, 87.5};
  row.flags = {"joined-page-break", "paired-in-order"};
  row.status = "green";
  row.dates = TimeframeDates{"2015-05-01", "2015-05-31", "date"};
  row.topics = {TopicMatch{"audit", "Audit", "audit"}, TopicMatch{"early-help", "Early help", "early help"}};
  row.lead_entities = {LeadEntity{"i pearson", "I Pearson", "person"}};
  stored.plan = PlanInfo{"Dudley Board", "Business Plan 2015-2017", 2015, 2017, "dudley"};
  stored.action_id = 7;
  stored.document_kind = "pdf";
  return stored;
}

std::string Write(const std::string& format, const std::vector<StoredRow>& rows) {
  std::ostringstream out;
  Result<std::unique_ptr<RowWriter>> writer = MakeRowWriter(format, out);
  REQUIRE(writer.ok());
  (*writer)->Begin();
  for (const StoredRow& row : rows) (*writer)->Write(row);
  (*writer)->End();
  return out.str();
}

TEST_CASE("JSONL gives every key of the contract, in order, with nulls for absent values") {
  StoredRow row{"B", "a.txt", PlanInfo{}, ActionRow{}, 0, ""};
  row.row.action = "Audit";
  row.row.where.page = 1;
  CHECK(Write("jsonl", {row}) ==
        "{\"board\":\"B\",\"document\":\"a.txt\",\"section_ref\":null,\"section\":null,\"ref\":null,"
        "\"outcome\":null,\"action\":\"Audit\",\"lead\":null,\"leads\":[],\"timeframe\":null,\"progress\":null,"
        "\"page\":1,\"line\":null,\"bbox\":null,\"confidence\":null,\"flags\":[],\"extra\":{},"
        "\"action_id\":0,\"status\":null,\"start_date\":null,\"end_date\":null,\"timeframe_kind\":null,"
        "\"topics\":[],\"lead_entities\":[],\"document_kind\":null,\"plan_period\":null}\n");
}

TEST_CASE("JSONL carries the values of a full row, one line each") {
  std::string text = Write("jsonl", {FullRow(), FullRow()});
  std::istringstream lines(text);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    nlohmann::ordered_json record = nlohmann::ordered_json::parse(line);
    CHECK(record["action"] == "Audit, then \"report\"\nback");
    CHECK(record["leads"] == nlohmann::json::array({"I Pearson", "QA Group"}));
    CHECK(record["bbox"] == nlohmann::json::array({10.5, 20, 300, 40}));
    CHECK(record["confidence"] == 87.5);
    CHECK(record["line"].is_null());
    CHECK(record["outcome"].is_null());
    CHECK(record["extra"].dump() == R"({"milestones":"Agreed","how":"By \"workshops\""})");
    CHECK(record["flags"].size() == 2);
    CHECK(record["action_id"] == 7);
    CHECK(record["status"] == "green");
    CHECK(record["start_date"] == "2015-05-01");
    CHECK(record["end_date"] == "2015-05-31");
    CHECK(record["timeframe_kind"] == "date");
    CHECK(record["topics"] == nlohmann::json::array({"Audit", "Early help"}));
    CHECK(record["lead_entities"].dump() == R"([{"key":"i pearson","name":"I Pearson","kind":"person"}])");
    CHECK(record["document_kind"] == "pdf");
    CHECK(record["plan_period"] == "2015-2017");
  }
  CHECK(count == 2);
}

TEST_CASE("JSONL survives text that is not UTF-8") {
  StoredRow row = FullRow();
  row.row.action = "caf\xe9";
  nlohmann::json record = nlohmann::json::parse(Write("jsonl", {row}));
  CHECK(record["action"] == "caf\xef\xbf\xbd");
}

TEST_CASE("CSV follows RFC 4180 and flattens lists, box and extra") {
  std::string csv = Write("csv", {FullRow()});
  std::string header =
      "board,document,section_ref,section,ref,outcome,action,lead,leads,timeframe,progress,page,line,bbox,"
      "confidence,flags,extra,action_id,status,start_date,end_date,timeframe_kind,topics,lead_entities,"
      "document_kind,plan_period\r\n";
  REQUIRE(csv.rfind(header, 0) == 0);
  CHECK(csv.substr(header.size()) ==
        "Dudley Board,002_482c4765827834fc.txt,2,Neglect,2.1,,\"Audit, then \"\"report\"\"\nback\","
        "I Pearson/ QA Group,I Pearson; QA Group,May 2015,,4,,10.5 20.0 300.0 40.0,87.5,"
        "joined-page-break; paired-in-order,\"{\"\"milestones\"\":\"\"Agreed\"\",\"\"how\"\":\"\"By "
        "\\\"\"workshops\\\"\"\"\"}\",7,green,2015-05-01,2015-05-31,date,Audit; Early help,"
        "\"[{\"\"key\"\":\"\"i pearson\"\",\"\"name\"\":\"\"I Pearson\"\",\"\"kind\"\":\"\"person\"\"}]\",pdf,2015-2017\r\n");
}

TEST_CASE("CSV leaves plain fields unquoted and ends every record with CRLF") {
  StoredRow row{"B", "a.txt", PlanInfo{}, ActionRow{}, 0, ""};
  row.row.action = "Plain text";
  row.row.where.page = 1;
  std::string csv = Write("csv", {row, row});
  CHECK(csv.find(",Plain text,") != std::string::npos);
  size_t records = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++records;
  CHECK(records == 3);
  CHECK(csv.find('\n') == csv.find("\r\n") + 1);  // No bare line feeds.
}

TEST_CASE("flat values a spreadsheet would run as a formula get a leading apostrophe; JSONL keeps them") {
  StoredRow row{"B", "@evil.txt", PlanInfo{}, ActionRow{}, 0, ""};
  row.row.action = "=HYPERLINK(\"http://x\",\"y\")";
  row.row.lead = "+44 20";
  row.row.timeframe = "- ongoing";
  row.row.progress = "\t=1+1";
  row.row.outcome = "Safer = better";
  row.row.where.page = 1;
  std::vector<std::string> values = FlatValues(row);
  const std::vector<std::string>& columns = FlatColumns();
  auto value = [&](const std::string& key) {
    return values[std::find(columns.begin(), columns.end(), key) - columns.begin()];
  };
  CHECK(value("document") == "'@evil.txt");
  CHECK(value("action") == "'=HYPERLINK(\"http://x\",\"y\")");
  CHECK(value("lead") == "'+44 20");
  CHECK(value("timeframe") == "'- ongoing");
  CHECK(value("progress") == "'\t=1+1");
  CHECK(value("outcome") == "Safer = better");
  CHECK(Write("csv", {row}).find(",\"'=HYPERLINK(") != std::string::npos);
  CHECK(Write("jsonl", {row}).find("\"action\":\"=HYPERLINK(") != std::string::npos);
}

TEST_CASE("flat columns are the record's keys") {
  nlohmann::ordered_json record = ExportRecord(FullRow());
  std::vector<std::string> keys;
  for (const auto& item : record.items()) keys.push_back(item.key());
  CHECK(FlatColumns() == keys);
  CHECK(FlatValues(FullRow()).size() == keys.size());
}

TEST_CASE("writers are made by format name, and only for known ones") {
  std::ostringstream out;
  CHECK(dynamic_cast<JsonlRowWriter*>(MakeRowWriter("jsonl", out)->get()) != nullptr);
  CHECK(dynamic_cast<CsvRowWriter*>(MakeRowWriter("csv", out)->get()) != nullptr);
  Result<std::unique_ptr<RowWriter>> unknown = MakeRowWriter("xml", out);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace planrows
