// ProgressBar: one line on a terminal that tells how far a batch has come:
// documents and pages done, the rate, the time left, and the page of the
// document being read (ProgressLine).
#ifndef PLANROWS_PIPELINE_CLI_PROGRESS_BAR_H_
#define PLANROWS_PIPELINE_CLI_PROGRESS_BAR_H_

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

#include "pipeline/cli/progress_line.h"

namespace planrows {

class ProgressBar {
 public:
  // A bar for `total` documents, drawn on `out` only when `wanted` and `out`
  // is a terminal that can redraw a line (TERM is not "dumb"); for a single
  // document, only once its pages take long enough to be reported.
  ProgressBar(std::FILE* out, size_t total, bool wanted);

  // Counts the document at `path`, of `pages` pages, as done and redraws.
  void Advance(const std::string& path, int pages);
  // Notes that page `page` of `pages` of the document at `path` is being
  // read, and redraws at most every 100 ms. Safe to call from any thread;
  // several documents may be read at once.
  void Page(const std::string& path, int page, int pages);
  // Erases the bar, so that ordinary lines print cleanly; Page does not
  // redraw it until Advance has.
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;

  // Draws line_; mutex_ is held.
  void Draw(Clock::time_point now);

  std::FILE* out_;
  const bool enabled_;
  std::mutex mutex_;  // Page is called from the workers; the rest from the storing thread.
  ProgressLine line_;
  bool shown_;          // Whether Advance draws: a batch of one is shown once a page is.
  bool hidden_ = false;  // Cleared for ordinary lines, until Advance.
  const Clock::time_point start_ = Clock::now();
  Clock::time_point drawn_ = start_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_PROGRESS_BAR_H_
