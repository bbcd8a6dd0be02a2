// Fuzz target: the rule-file loaders on any TOML text. The input is written
// once per run to a scratch rules directory under every rule file's name,
// so that each loader (headers, patterns, dates, leads, timeframes,
// statuses, lead aliases, topics) reads it; each must load or fail with a
// Status, never crash or throw.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/normalize/lead_canonicalizer.h"
#include "pipeline/normalize/status_normalizer.h"
#include "pipeline/normalize/timeframe_parser.h"
#include "pipeline/normalize/topic_tagger.h"
#include "pipeline/rules/header_rules.h"
#include "pipeline/rules/lead_splitter.h"
#include "pipeline/rules/plan_patterns.h"
#include "pipeline/rules/timeframe_finder.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

// A directory whose rule files are all links to one file, `input`.
struct ScratchRules {
  ScratchRules() {
    dir = std::filesystem::temp_directory_path() / ("planrows-fuzz-rules-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    input = dir / "input.toml";
    std::ofstream(input).flush();
    for (const char* name : {"headers.toml", "patterns.toml", "dates.toml", "leads.toml", "timeframes.toml",
                             "status.toml", "lead_aliases.toml", "topics.toml"}) {
      std::filesystem::path link = dir / name;
      std::filesystem::remove(link);
      std::filesystem::create_symlink("input.toml", link);
    }
  }
  ~ScratchRules() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
  std::filesystem::path dir, input;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  static const ScratchRules scratch;
  std::ofstream(scratch.input, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  const std::string dir = scratch.dir.string();
  (void)HeaderRules::Load(dir);
  (void)PlanPatterns::Load(dir);
  (void)TimeframeFinder::Load(dir);
  (void)LeadSplitter::Load(dir);
  (void)TimeframeParser::Load(dir);
  (void)StatusNormalizer::Load(dir);
  (void)LeadCanonicalizer::Load(dir);
  (void)TopicTagger::Load(dir);
  return 0;
}
