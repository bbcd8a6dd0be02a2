#include "pipeline/cli/progress_line.h"

#include <fmt/format.h>

namespace planrows {
namespace {

constexpr int kBarWidth = 30;
// Longer file names are cut at the front, so that the line fits a terminal's
// width: a line that wraps cannot be redrawn in place.
constexpr size_t kMaxFileChars = 32;

std::string Shortened(const std::string& file) {
  if (file.size() <= kMaxFileChars) return file;
  std::string cut = "...";
  cut.append(file, file.size() - (kMaxFileChars - cut.size()), std::string::npos);
  return cut;
}

}  // namespace

std::string ProgressLine::Text(double seconds) const {
  double rate = seconds > 0 ? done / seconds : 0;
  int left = rate > 0 ? static_cast<int>((total - done) / rate) : 0;
  // Pages before `page` are read; the page itself is being read. Without a
  // `file`, `page` is of a document already counted in `done`.
  double part = !file.empty() && page_count > 0 ? static_cast<double>(page - 1) / page_count : 0;
  int filled = total > 0 ? static_cast<int>(kBarWidth * (done + part) / total) : 0;
  std::string text = fmt::format("[{}{}] {}/{} documents, {} pages, {:.1f} documents/s, {}:{:02d} left",
                                 std::string(filled, '#'), std::string(kBarWidth - filled, ' '), done, total, pages,
                                 rate, left / 60, left % 60);
  if (!file.empty()) text += fmt::format(", {} page {} of {}", Shortened(file), page, page_count);
  return text;
}

}  // namespace planrows
