// Result<T>: either a value or the Status that explains why there is none.
#ifndef PLANROWS_PIPELINE_BASE_RESULT_H_
#define PLANROWS_PIPELINE_BASE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "pipeline/base/status.h"

namespace planrows {

template <typename T>
class Result {
 public:
  // A successful result holding `value`.
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design, like absl::StatusOr.
  // A failed result; `status` must not be ok.
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  // True when a value is present.
  bool ok() const { return value_.has_value(); }
  // The failure; an ok Status when a value is present.
  const Status& status() const { return status_; }

  // The value; only valid when ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_BASE_RESULT_H_
