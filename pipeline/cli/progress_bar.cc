#include "pipeline/cli/progress_bar.h"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

namespace planrows {
namespace {

// Pages are reported as often as they are read, from every worker: the bar
// redraws for them at most this often, so that drawing never slows ingest.
constexpr std::chrono::milliseconds kPageRedraw{100};

// Whether `out` is a terminal that understands the carriage return and
// erase-line sequence the bar redraws itself with.
bool CanRedraw(std::FILE* out) {
  const char* term = std::getenv("TERM");
  return isatty(fileno(out)) != 0 && (term == nullptr || std::string_view(term) != "dumb");
}

}  // namespace

ProgressBar::ProgressBar(std::FILE* out, size_t total, bool wanted)
    : out_(out), enabled_(wanted && CanRedraw(out)), line_(total), shown_(total > 1) {}

void ProgressBar::Clear() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  hidden_ = true;
  if (shown_) fmt::print(out_, "\r\033[K");
}

void ProgressBar::Advance(const std::string& path, int pages) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  line_.Done(path, pages);
  hidden_ = false;
  if (!shown_) return;
  Draw(Clock::now());
  if (line_.done() == line_.total()) fmt::print(out_, "\n");
  std::fflush(out_);
}

void ProgressBar::Page(const std::string& path, int page, int pages) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  line_.Reading(path, page, pages);
  const Clock::time_point now = Clock::now();
  if (hidden_ || now - drawn_ < kPageRedraw) return;
  shown_ = true;
  Draw(now);
  std::fflush(out_);
}

void ProgressBar::Draw(Clock::time_point now) {
  drawn_ = now;
  fmt::print(out_, "\r\033[K{}", line_.Text(std::chrono::duration<double>(now - start_).count()));
}

}  // namespace planrows
