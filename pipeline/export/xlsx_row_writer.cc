#include "pipeline/export/xlsx_row_writer.h"

namespace planrows {

XlsxRowWriter::XlsxRowWriter(lxw_workbook* workbook)
    : workbook_(workbook), sheet_(workbook_add_worksheet(workbook, "actions")) {}

XlsxRowWriter::~XlsxRowWriter() {
  if (workbook_ != nullptr) workbook_close(workbook_);
}

void XlsxRowWriter::WriteCells(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (!cells[i].empty()) worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(i), cells[i].c_str(), nullptr);
  }
  ++row_;
}

void XlsxRowWriter::Begin() {
  WriteCells(FlatColumns());
  worksheet_freeze_panes(sheet_, 1, 0);
}

void XlsxRowWriter::Write(const StoredRow& row) { WriteCells(FlatValues(row)); }

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
