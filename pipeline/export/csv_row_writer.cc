#include "pipeline/export/csv_row_writer.h"

namespace planrows {
namespace {

// `field` as RFC 4180 wants it: quoted, with quotes doubled, when it holds
// a comma, a quote or a line break; as it is otherwise.
std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + '"';
}

}  // namespace

void CsvRowWriter::Begin() { WriteRecord(FlatColumns()); }

void CsvRowWriter::Write(const StoredRow& row) { WriteRecord(FlatValues(row)); }

void CsvRowWriter::WriteRecord(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += CsvField(fields[i]);
  }
  out_ << line << "\r\n";
}

}  // namespace planrows
