#include "pipeline/export/xlsx_row_writer.h"

namespace planrows {

XlsxRowWriter::XlsxRowWriter(lxw_workbook* workbook)
    : workbook_(workbook), sheet_(workbook_add_worksheet(workbook, "actions")) {}

XlsxRowWriter::~XlsxRowWriter() {
  if (workbook_ != nullptr) workbook_close(workbook_);
}

void XlsxRowWriter::Begin() {
  const std::vector<std::string>& columns = FlatColumns();
  for (size_t i = 0; i < columns.size(); ++i) {
    worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(i), columns[i].c_str(), nullptr);
  }
  ++row_;
  worksheet_freeze_panes(sheet_, 1, 0);
}

// Numbers (page, line, confidence, action id) go in as numbers, so that a
// spreadsheet sorts and sums them; everything else as the CSV's text.
void XlsxRowWriter::Write(const StoredRow& row) {
  const nlohmann::ordered_json record = ExportRecord(row);
  lxw_col_t column = 0;
  for (const nlohmann::ordered_json& value : record) {
    if (value.is_number()) {
      worksheet_write_number(sheet_, row_, column, value.get<double>(), nullptr);
    } else if (std::string text = FlatValue(value); !text.empty()) {
      worksheet_write_string(sheet_, row_, column, text.c_str(), nullptr);
    }
    ++column;
  }
  ++row_;
}

void XlsxRowWriter::End() {
  worksheet_autofilter(sheet_, 0, 0, row_ > 0 ? row_ - 1 : 0, static_cast<lxw_col_t>(FlatColumns().size() - 1));
  lxw_error error = workbook_close(workbook_);
  workbook_ = nullptr;
  status_ = error == LXW_NO_ERROR ? Status::Ok() : Status::IoError(lxw_strerror(error));
}

Result<std::unique_ptr<XlsxRowWriter>> MakeXlsxRowWriter(const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) return Status::IoError(path + ": cannot create the workbook");
  return std::make_unique<XlsxRowWriter>(workbook);
}

}  // namespace planrows
