#include "pipeline/export/jsonl_row_writer.h"

namespace planrows {

void JsonlRowWriter::Write(const StoredRow& row) { out_ << DumpJson(ExportRecord(row)) << '\n'; }

}  // namespace planrows
