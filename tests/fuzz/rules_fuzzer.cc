// Fuzz target: the rule-file loaders on any TOML text. The input is written
// once per run to a scratch rules directory under every rule file's name,
// so that each loader (headers, patterns, dates, leads, timeframes,
// statuses, lead aliases, topics) reads it; each must load or fail with a
// Status, never crash or throw, and rules that load must work on sample
// text: a pattern without the groups the code expects must not crash it.
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

// Text of every kind the rules read: titles, headings, refs, header cells,
// leads, timeframes, statuses, topics, bullets.
constexpr const char* kSamples[] = {
    "West Berkshire Local Safeguarding Children Board Business Plan 2015 - 2017",
    "Priority 1: Early help", "1.1 Audit the threshold criteria", "2.3a.", "Lead officer",
    "M Evans April 2015", "Chair of CSE Sub Group Veronica Leigh and I Pearson/ QA Group",
    "Sept 2016 - Mar 2017, then quarterly", "Not started - on track", "child sexual exploitation",
    "\u2022 What we will do", "Page 3 of 9", "",
};

template <typename Rules, typename Use>
void IfLoaded(const planrows::Result<Rules>& rules, const Use& use) {
  if (!rules.ok()) return;
  for (const char* sample : kSamples) use(*rules, std::string(sample));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  static const ScratchRules scratch;
  std::ofstream(scratch.input, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  const std::string dir = scratch.dir.string();
  IfLoaded(HeaderRules::Load(dir), [](const HeaderRules& r, const std::string& s) { (void)r.Match(s); });
  IfLoaded(PlanPatterns::Load(dir), [](const PlanPatterns& r, const std::string& s) {
    std::string a, b;
    int start, end;
    (void)r.IsRef(s), (void)r.MatchSection(s), (void)r.IsPageNumber(s), (void)r.StartsWithSectionLabel(s);
    (void)r.MatchNumberedItem(s, &a, &b), (void)r.MatchRefLine(s, &a, &b), (void)r.IsNarrativeActionHeading(s);
    (void)r.IsLeadLabel(s), (void)r.IsHowLabel(s), (void)r.IsMeasureLabel(s), (void)r.IsBulletCell(s);
    (void)r.BulletLength(s), (void)r.FindBoard(s), (void)r.FindPeriod(s, &start, &end);
  });
  IfLoaded(TimeframeFinder::Load(dir), [](const TimeframeFinder& r, const std::string& s) { (void)r.Split(s); });
  IfLoaded(LeadSplitter::Load(dir), [](const LeadSplitter& r, const std::string& s) { (void)r.Split(s); });
  IfLoaded(TimeframeParser::Load(dir), [](const TimeframeParser& r, const std::string& s) {
    (void)r.Parse(s, PlanInfo{"", "", 2015, 2017, ""});
  });
  IfLoaded(StatusNormalizer::Load(dir), [](const StatusNormalizer& r, const std::string& s) { (void)r.Normalize(s); });
  IfLoaded(LeadCanonicalizer::Load(dir),
           [](const LeadCanonicalizer& r, const std::string& s) { (void)r.Canonicalize(s); });
  IfLoaded(TopicTagger::Load(dir), [](const TopicTagger& r, const std::string& s) { (void)r.Tag(s); });
  return 0;
}
