// Shared by the libFuzzer targets: the entry point every target defines,
// and the rules and pipeline stages they run the fuzzed bytes through,
// loaded once per process from the rules directory of the build.
#ifndef PLANROWS_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define PLANROWS_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "extractors/page_text.h"
#include "pipeline/normalize/value_normalizer.h"
#include "pipeline/rules/recovery_rules.h"

// libFuzzer's entry point; the replay driver calls it for each file too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace planrows::fuzz {

// The recovery rules of the build's rules directory; aborts when they do
// not load (a broken checkout, not a finding).
const RecoveryRules& Rules();

// The normalizing rules of the build's rules directory; aborts likewise.
const ValueNormalizer& Normalizer();

// Runs `document` through row recovery and normalization, as ingest does,
// and aborts when a recovered row breaks an invariant the store relies on.
void RecoverAndNormalize(const DocumentText& document);

// Aborts with `what` on stderr: a finding the sanitizers would not report.
[[noreturn]] void Fail(const std::string& what);

}  // namespace planrows::fuzz

#endif  // PLANROWS_TESTS_FUZZ_FUZZ_SUPPORT_H_
