// XlsxRowWriter: writes stored rows as an Excel workbook (libxlsxwriter),
// one sheet with the CSV export's columns, numbers as numbers, for
// spreadsheet users.
#ifndef PLANROWS_PIPELINE_EXPORT_XLSX_ROW_WRITER_H_
#define PLANROWS_PIPELINE_EXPORT_XLSX_ROW_WRITER_H_

#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "pipeline/export/row_writer.h"

namespace planrows {

class XlsxRowWriter : public RowWriter {
 public:
  // A writer to `workbook`, which it owns and closes.
  explicit XlsxRowWriter(lxw_workbook* workbook);
  ~XlsxRowWriter() override;

  void Begin() override;
  void Write(const StoredRow& row) override;
  void End() override;

  // Why the workbook could not be written; ok once End() has written it.
  const Status& status() const { return status_; }
  // One line for each cell cut to fit (XlsxCell), naming its row and column.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  // Writes `text` into `column` of the current row, cut to what a cell
  // holds with a warning when longer; nothing when empty.
  void WriteText(lxw_col_t column, std::string text);

  lxw_workbook* workbook_;
  lxw_worksheet* sheet_;
  lxw_row_t row_ = 0;
  Status status_ = Status::IoError("workbook not finished");
  std::vector<std::string> warnings_;
};

// A writer of an Excel workbook (one sheet, the CSV's columns) to the file
// at `path`; End() finishes the file and sets status() to whether it was written.
Result<std::unique_ptr<XlsxRowWriter>> MakeXlsxRowWriter(const std::string& path);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_EXPORT_XLSX_ROW_WRITER_H_
