#include "pipeline/cli/progress_bar.h"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace planrows {
namespace {

constexpr int kBarWidth = 30;

// Whether `out` is a terminal that understands the carriage return and
// erase-line sequence the bar redraws itself with.
bool CanRedraw(std::FILE* out) {
  const char* term = std::getenv("TERM");
  return isatty(fileno(out)) != 0 && (term == nullptr || std::string_view(term) != "dumb");
}

}  // namespace

ProgressBar::ProgressBar(std::FILE* out, size_t total, bool wanted)
    : out_(out), enabled_(wanted && total > 1 && CanRedraw(out)), total_(total) {}

void ProgressBar::Clear() {
  if (enabled_) fmt::print(out_, "\r\033[K");
}

void ProgressBar::Advance(int pages) {
  ++done_;
  pages_ += static_cast<size_t>(pages);
  if (!enabled_) return;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = seconds > 0 ? done_ / seconds : 0;
  int left = rate > 0 ? static_cast<int>((total_ - done_) / rate) : 0;
  int filled = static_cast<int>(kBarWidth * done_ / total_);
  fmt::print(out_, "\r\033[K[{}{}] {}/{} documents, {} pages, {:.1f} documents/s, {}:{:02d} left", std::string(filled, '#'),
             std::string(kBarWidth - filled, ' '), done_, total_, pages_, rate, left / 60, left % 60);
  if (done_ == total_) fmt::print(out_, "\n");
  std::fflush(out_);
}

}  // namespace planrows
