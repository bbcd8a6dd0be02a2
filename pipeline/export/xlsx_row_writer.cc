#include "pipeline/export/xlsx_row_writer.h"

#include <fmt/format.h>

#include "pipeline/export/xlsx_cell.h"

namespace planrows {

XlsxRowWriter::XlsxRowWriter(lxw_workbook* workbook)
    : workbook_(workbook), sheet_(workbook_add_worksheet(workbook, "actions")) {}

XlsxRowWriter::~XlsxRowWriter() {
  if (workbook_ != nullptr) workbook_close(workbook_);
}

void XlsxRowWriter::WriteText(lxw_col_t column, std::string text) {
  if (text.empty()) return;
  if (size_t length = XlsxCell::Fit(&text); length > 0) {
    warnings_.push_back(fmt::format("sheet row {}, column {}: a cell of {} characters cut to {} (the most a "
                                    "spreadsheet cell holds)",
                                    row_ + 1, FlatColumns()[column], length, XlsxCell::kMaxChars));
  }
  worksheet_write_string(sheet_, row_, column, text.c_str(), nullptr);
}

void XlsxRowWriter::Begin() {
  const std::vector<std::string>& columns = FlatColumns();
  for (size_t i = 0; i < columns.size(); ++i) WriteText(static_cast<lxw_col_t>(i), columns[i]);
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
    } else {
      WriteText(column, FlatValue(value));
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
  // Each row goes to a temporary file as it is written, instead of the
  // whole sheet staying in memory until the workbook is closed.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) return Status::IoError(path + ": cannot create the workbook");
  return std::make_unique<XlsxRowWriter>(workbook);
}

}  // namespace planrows
