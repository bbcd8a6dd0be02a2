// Fuzz target: LeadSplitter on any lead cell, and LeadCanonicalizer on each
// lead it finds, as RowFinisher and ValueNormalizer run them.
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  std::string cell(reinterpret_cast<const char*>(data), size);
  for (const std::string& lead : fuzz::Rules().leads.Split(cell)) {
    if (lead.empty()) fuzz::Fail("an empty lead from: " + cell);
    fuzz::Normalizer().leads.Canonicalize(lead);
  }
  return 0;
}
