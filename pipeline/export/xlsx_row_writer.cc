#include "pipeline/export/xlsx_row_writer.h"

#include <fmt/format.h>

#include "pipeline/export/xlsx_cell.h"

namespace planrows {

XlsxRowWriter::XlsxRowWriter(lxw_workbook* workbook)
    : workbook_(workbook), sheet_(workbook_add_worksheet(workbook, "actions")) {}

XlsxRowWriter::~XlsxRowWriter() {
  if (workbook_ != nullptr) workbook_close(workbook_);
}

void XlsxRowWriter::WriteCells(std::vector<std::string> cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].empty()) continue;
    if (size_t length = XlsxCell::Fit(&cells[i]); length > 0) {
      warnings_.push_back(fmt::format("sheet row {}, column {}: a cell of {} characters cut to {} (the most a "
                                      "spreadsheet cell holds)",
                                      row_ + 1, FlatColumns()[i], length, XlsxCell::kMaxChars));
    }
    worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(i), cells[i].c_str(), nullptr);
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
  // Each row goes to a temporary file as it is written, instead of the
  // whole sheet staying in memory until the workbook is closed.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) return Status::IoError(path + ": cannot create the workbook");
  return std::make_unique<XlsxRowWriter>(workbook);
}

}  // namespace planrows
