// Contained: runs one document's step of the pipeline so that whatever it
// throws (out of memory, a bug in planrows or in a library) becomes that
// document's error Status instead of ending the batch.
#ifndef PLANROWS_PIPELINE_INGEST_CONTAINED_H_
#define PLANROWS_PIPELINE_INGEST_CONTAINED_H_

#include <exception>
#include <new>

#include <fmt/format.h>

#include "pipeline/base/status.h"

namespace planrows {

// Returns what `step` (a callable returning Status) returns, or an Internal
// status saying what it threw: "out of memory", "internal error: WHAT".
template <typename Step>
Status Contained(const Step& step) {
  try {
    return step();
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory");
  } catch (const std::exception& error) {
    return Status::Internal(fmt::format("internal error: {}", error.what()));
  } catch (...) {
    return Status::Internal("internal error");
  }
}

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_INGEST_CONTAINED_H_
