// RowWriter: writes stored rows in the interchange formats other tools
// read: JSON Lines (one object per row) or CSV (RFC 4180). Each writes the
// export record of export_record.h, which this header brings along.
#ifndef PLANROWS_PIPELINE_EXPORT_ROW_WRITER_H_
#define PLANROWS_PIPELINE_EXPORT_ROW_WRITER_H_

#include <memory>
#include <ostream>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/export/export_record.h"
#include "pipeline/store/store.h"

namespace planrows {

// Writes rows to a stream; call Begin, Write for each row, then End.
class RowWriter {
 public:
  virtual ~RowWriter() = default;
  // Writes what comes before the first row (a CSV header).
  virtual void Begin() {}
  // Writes one row.
  virtual void Write(const StoredRow& row) = 0;
  // Writes what comes after the last row.
  virtual void End() {}
};

// A writer of `format` ("jsonl" or "csv") to `out`; fails for other formats.
Result<std::unique_ptr<RowWriter>> MakeRowWriter(const std::string& format, std::ostream& out);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_EXPORT_ROW_WRITER_H_
