// Contained: what one document's step throws becomes that document's error.
#include "pipeline/ingest/contained.h"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace planrows {
namespace {

TEST_CASE("a step's own status passes through") {
  CHECK(Contained([] { return Status::Ok(); }).ok());
  Status status = Contained([] { return Status::InvalidInput("empty file"); });
  CHECK(status.code() == Status::Code::kInvalidInput);
  CHECK(status.message() == "empty file");
}

TEST_CASE("running out of memory is an error, not the end of the batch") {
  Status status = Contained([]() -> Status { throw std::bad_alloc(); });
  CHECK(status.code() == Status::Code::kInternal);
  CHECK(status.message() == "out of memory");
}

TEST_CASE("any other exception is an internal error saying what") {
  Status status = Contained([]() -> Status { throw std::out_of_range("stoi"); });
  CHECK(status.code() == Status::Code::kInternal);
  CHECK(status.message() == "internal error: stoi");
  CHECK(Contained([]() -> Status { throw 42; }).message() == "internal error");
}

}  // namespace
}  // namespace planrows
