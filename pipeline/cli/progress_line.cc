#include "pipeline/cli/progress_line.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace planrows {
namespace {

constexpr int kBarWidth = 30;
// Longer file names are cut at the front, so that the line fits a terminal's
// width: a line that wraps cannot be redrawn in place.
constexpr size_t kMaxFileChars = 32;

std::string Shortened(const std::string& path) {
  std::string file = std::filesystem::path(path).filename().string();
  if (file.size() <= kMaxFileChars) return file;
  std::string cut = "...";
  cut.append(file, file.size() - (kMaxFileChars - cut.size()), std::string::npos);
  return cut;
}

}  // namespace

void ProgressLine::Reading(const std::string& path, int page, int pages) {
  auto it = std::find_if(reading_.begin(), reading_.end(), [&path](const DocumentBeingRead& r) { return r.path == path; });
  if (it == reading_.end()) it = reading_.insert(reading_.end(), {path, 0, 0});
  it->page = page;
  it->pages = pages;
}

void ProgressLine::Done(const std::string& path, int pages) {
  ++done_;
  pages_ += static_cast<size_t>(std::max(pages, 0));
  reading_.erase(std::remove_if(reading_.begin(), reading_.end(),
                                [&path](const DocumentBeingRead& r) { return r.path == path; }),
                 reading_.end());
}

double ProgressLine::DocumentsRead() const {
  double read = static_cast<double>(done_);
  // Pages before `page` are read; the page itself is being read.
  for (const DocumentBeingRead& r : reading_) read += r.pages > 0 ? static_cast<double>(r.page - 1) / r.pages : 0;
  return std::min(read, static_cast<double>(total_));
}

std::string ProgressLine::Text(double seconds) const {
  const double read = DocumentsRead();
  const double rate = seconds > 0 ? read / seconds : 0;
  const int left = rate > 0 ? static_cast<int>((static_cast<double>(total_) - read) / rate) : 0;
  const int filled = total_ > 0 ? static_cast<int>(kBarWidth * read / static_cast<double>(total_)) : 0;
  std::string text = fmt::format("[{}{}] {}/{} documents, {} pages, {:.1f} documents/s, {}:{:02d} left",
                                 std::string(filled, '#'), std::string(kBarWidth - filled, ' '), done_, total_,
                                 pages_, rate, left / 60, left % 60);
  if (reading_.empty()) return text;
  const DocumentBeingRead& first = reading_.front();
  text += fmt::format(", {} page {} of {}", Shortened(first.path), first.page, first.pages);
  if (reading_.size() > 1) text += fmt::format(" (+{} more)", reading_.size() - 1);
  return text;
}

}  // namespace planrows
