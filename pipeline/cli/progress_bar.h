// ProgressBar: one line on a terminal that tells how far a batch has come:
// documents and pages done, the rate, and the time left.
#ifndef PLANROWS_PIPELINE_CLI_PROGRESS_BAR_H_
#define PLANROWS_PIPELINE_CLI_PROGRESS_BAR_H_

#include <chrono>
#include <cstdio>

namespace planrows {

class ProgressBar {
 public:
  // A bar for `total` documents, drawn on `out` only when `wanted`, `out` is
  // a terminal that can redraw a line (TERM is not "dumb") and there are
  // two documents or more.
  ProgressBar(std::FILE* out, size_t total, bool wanted);

  // Counts one more document of `pages` pages as done and redraws.
  void Advance(int pages);
  // Erases the bar, so that ordinary lines print cleanly; Advance redraws it.
  void Clear();

 private:
  std::FILE* out_;
  bool enabled_;
  size_t total_, done_ = 0, pages_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_PROGRESS_BAR_H_
