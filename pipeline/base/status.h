// Status: the outcome of an operation that can fail, carried across module
// boundaries instead of exceptions. Modelled on LevelDB's Status.
#ifndef PLANROWS_PIPELINE_BASE_STATUS_H_
#define PLANROWS_PIPELINE_BASE_STATUS_H_

#include <string>
#include <utility>

namespace planrows {

class Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIoError, kUnsupported, kInternal };

  // Returns a success status.
  Status() = default;

  static Status Ok() { return Status(); }
  // The input is malformed or not what the operation accepts (junk, empty, encrypted).
  static Status InvalidInput(std::string message) { return Status(Code::kInvalidInput, std::move(message)); }
  // A named thing (file, rule, record) does not exist.
  static Status NotFound(std::string message) { return Status(Code::kNotFound, std::move(message)); }
  // Reading or writing failed at the operating-system or database level.
  static Status IoError(std::string message) { return Status(Code::kIoError, std::move(message)); }
  // The input is valid but of a kind this build cannot handle.
  static Status Unsupported(std::string message) { return Status(Code::kUnsupported, std::move(message)); }
  // A bug or broken invariant inside planrows.
  static Status Internal(std::string message) { return Status(Code::kInternal, std::move(message)); }

  // True when the operation succeeded.
  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The human-readable explanation; empty on success.
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_BASE_STATUS_H_
