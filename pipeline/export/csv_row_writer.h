// CsvRowWriter: writes stored rows as CSV per RFC 4180: a header line, one
// record per row in the flat form of the export record (export_record.h),
// CRLF line ends, fields with commas, quotes or line breaks quoted.
#ifndef PLANROWS_PIPELINE_EXPORT_CSV_ROW_WRITER_H_
#define PLANROWS_PIPELINE_EXPORT_CSV_ROW_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "pipeline/export/row_writer.h"

namespace planrows {

class CsvRowWriter : public RowWriter {
 public:
  // A writer to `out`, which must outlive it.
  explicit CsvRowWriter(std::ostream& out) : out_(out) {}

  // Writes the header line of column names.
  void Begin() override;
  // Writes `row` as one record.
  void Write(const StoredRow& row) override;

 private:
  void WriteRecord(const std::vector<std::string>& fields);

  std::ostream& out_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_EXPORT_CSV_ROW_WRITER_H_
