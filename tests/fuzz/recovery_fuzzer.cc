// Fuzz target: row recovery and normalization of a text document, as
// ingest runs them: bytes -> TextExtractor -> PlanRecoverer -> ValueNormalizer.
#include "extractors/text_extractor.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  Result<DocumentText> document =
      TextExtractor().Extract("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  if (document.ok()) fuzz::RecoverAndNormalize(*document);
  return 0;
}
