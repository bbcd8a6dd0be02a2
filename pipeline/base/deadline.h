// Deadline: the time by which one piece of work (a document) must be done,
// checked between its steps, since a step of a C library cannot be stopped.
#ifndef PLANROWS_PIPELINE_BASE_DEADLINE_H_
#define PLANROWS_PIPELINE_BASE_DEADLINE_H_

#include <chrono>

namespace planrows {

class Deadline {
 public:
  // A deadline `seconds` from now.
  explicit Deadline(double seconds)
      : seconds_(seconds),
        end_(std::chrono::steady_clock::now() +
             std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds))) {}

  // True once the time is up.
  bool Passed() const { return std::chrono::steady_clock::now() >= end_; }
  // The time allowed, in seconds.
  double seconds() const { return seconds_; }

 private:
  double seconds_;
  std::chrono::steady_clock::time_point end_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_BASE_DEADLINE_H_
