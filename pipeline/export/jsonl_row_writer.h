// JsonlRowWriter: writes stored rows as JSON Lines, one export record
// (export_record.h) per line.
#ifndef PLANROWS_PIPELINE_EXPORT_JSONL_ROW_WRITER_H_
#define PLANROWS_PIPELINE_EXPORT_JSONL_ROW_WRITER_H_

#include <ostream>

#include "pipeline/export/row_writer.h"

namespace planrows {

class JsonlRowWriter : public RowWriter {
 public:
  // A writer to `out`, which must outlive it.
  explicit JsonlRowWriter(std::ostream& out) : out_(out) {}

  // Writes `row` as one line of compact JSON.
  void Write(const StoredRow& row) override;

 private:
  std::ostream& out_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_EXPORT_JSONL_ROW_WRITER_H_
