#include "pipeline/cli/text_table.h"

#include <algorithm>

#include "pipeline/cli/printable.h"

namespace planrows {
namespace {

// Number of characters (UTF-8 code points) in `text`.
size_t Width(const std::string& text) {
  return std::count_if(text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; });
}

// `text` cut to `max` characters, with "…" marking the cut.
std::string Cut(const std::string& text, size_t max) {
  if (Width(text) <= max) return text;
  size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars == max) break;
  }
  return text.substr(0, i) + "\u2026";
}

}  // namespace

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(rows_[0].size());
  for (std::string& cell : cells) cell = Printable(cell);
  rows_.push_back(std::move(cells));
}

void TextTable::Print(std::FILE* out, size_t max_width) const {
  std::vector<size_t> widths(rows_[0].size(), 0);
  for (const auto& row : rows_) {
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(Cut(row[c], max_width)));
  }
  for (const auto& row : rows_) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      std::string cell = Cut(row[c], max_width);
      line += cell;
      if (c + 1 < row.size()) line += std::string(widths[c] - Width(cell) + 2, ' ');
    }
    std::fprintf(out, "%s\n", line.c_str());
  }
}

}  // namespace planrows
