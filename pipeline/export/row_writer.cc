#include "pipeline/export/row_writer.h"

#include "pipeline/export/csv_row_writer.h"
#include "pipeline/export/jsonl_row_writer.h"

namespace planrows {

Result<std::unique_ptr<RowWriter>> MakeRowWriter(const std::string& format, std::ostream& out) {
  if (format == "jsonl") return std::unique_ptr<RowWriter>(new JsonlRowWriter(out));
  if (format == "csv") return std::unique_ptr<RowWriter>(new CsvRowWriter(out));
  return Status::InvalidInput("unknown format '" + format + "' (jsonl or csv)");
}

}  // namespace planrows
