// TextTable: prints rows of text as aligned columns for a terminal.
#ifndef PLANROWS_PIPELINE_CLI_TEXT_TABLE_H_
#define PLANROWS_PIPELINE_CLI_TEXT_TABLE_H_

#include <cstdio>
#include <string>
#include <vector>

namespace planrows {

class TextTable {
 public:
  // A table with these column headings.
  explicit TextTable(std::vector<std::string> headings) : rows_{std::move(headings)} {}

  // Adds a row; cells beyond the headings are ignored, missing ones blank,
  // control characters escaped (Printable).
  void AddRow(std::vector<std::string> cells);

  // Prints the table to `out`, columns padded to their widest cell (in
  // characters, not bytes) and cells cut at `max_width` characters.
  void Print(std::FILE* out, size_t max_width = 60) const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_TEXT_TABLE_H_
