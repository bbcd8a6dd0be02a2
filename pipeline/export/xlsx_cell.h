// XlsxCell: text made to fit one spreadsheet cell. Excel holds at most
// 32,767 characters in a cell, and libxlsxwriter refuses longer text (the
// cell would be left empty without a word); longer text is cut instead,
// with a marker that says so.
#ifndef PLANROWS_PIPELINE_EXPORT_XLSX_CELL_H_
#define PLANROWS_PIPELINE_EXPORT_XLSX_CELL_H_

#include <cstddef>
#include <string>

namespace planrows {

class XlsxCell {
 public:
  // The most characters (Unicode code points) a cell holds.
  static constexpr size_t kMaxChars = 32767;
  // Ends a cut cell's text.
  static constexpr const char* kCutMarker = " [cut: too long for a spreadsheet cell]";

  // Cuts `text` (UTF-8) to kMaxChars characters, the marker included, on a
  // character boundary; returns its length in characters before the cut,
  // or 0 when it fitted and was left alone.
  static size_t Fit(std::string* text);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_EXPORT_XLSX_CELL_H_
