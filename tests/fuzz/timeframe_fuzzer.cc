// Fuzz target: TimeframeParser on any printed timeframe, read against a
// plan period taken from the input's first byte (none, or 2010 to 2024).
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  if (size == 0) return 0;
  PlanInfo period;
  if (data[0] % 16 != 0) {
    period.period_start = 2009 + data[0] % 16;
    period.period_end = period.period_start + data[0] / 64;
  }
  std::string printed(reinterpret_cast<const char*>(data) + 1, size - 1);
  TimeframeDates dates = fuzz::Normalizer().timeframes.Parse(printed, period);
  if (!dates.start.empty() && !dates.end.empty() && dates.start > dates.end) {
    fuzz::Fail("timeframe ends before it starts: " + printed);
  }
  return 0;
}
