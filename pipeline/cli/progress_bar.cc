#include "pipeline/cli/progress_bar.h"

#include <unistd.h>

#include <string>

#include <fmt/format.h>

namespace planrows {
namespace {

constexpr int kBarWidth = 30;

}  // namespace

ProgressBar::ProgressBar(std::FILE* out, size_t total)
    : out_(out), enabled_(isatty(fileno(out)) != 0 && total > 1), total_(total) {}

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
