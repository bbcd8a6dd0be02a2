#include "tests/fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "extractors/text_decoder.h"
#include "pipeline/recovery/plan_recoverer.h"

namespace planrows::fuzz {
namespace {

template <typename T>
std::shared_ptr<const T> LoadedOrAbort(Result<std::shared_ptr<const T>> loaded) {
  if (!loaded.ok()) Fail("rules: " + loaded.status().message());
  return std::move(loaded).value();
}

std::shared_ptr<const RecoveryRules> SharedRules() {
  static const std::shared_ptr<const RecoveryRules> rules = LoadedOrAbort(RecoveryRules::Load(PLANROWS_RULES_DIR));
  return rules;
}

// The text fields of `row` must be UTF-8: the store and every export take
// them as such (JSON export throws on anything else).
void CheckText(const std::string& field, const std::string& text) {
  if (!TextDecoder::IsValidUtf8(text)) Fail("row " + field + " is not UTF-8");
}

void CheckRow(const ActionRow& row) {
  for (const auto& [field, text] : {std::pair<const char*, const std::string&>{"section_ref", row.section_ref},
                                    {"section", row.section}, {"ref", row.ref}, {"outcome", row.outcome},
                                    {"action", row.action}, {"lead", row.lead}, {"timeframe", row.timeframe},
                                    {"progress", row.progress}}) {
    CheckText(field, text);
  }
  for (const std::string& lead : row.leads) CheckText("leads", lead);
  for (const auto& [key, text] : row.extra) CheckText("extra " + key, text);
  if (row.where.page < 1) Fail("row without a page");
  if (row.lead_entities.size() != row.leads.size()) Fail("not one lead entity per lead");
  if (!row.dates.start.empty() && !row.dates.end.empty() && row.dates.start > row.dates.end) {
    Fail("timeframe ends before it starts: " + row.timeframe);
  }
}

}  // namespace

const RecoveryRules& Rules() { return *SharedRules(); }

const ValueNormalizer& Normalizer() {
  static const std::shared_ptr<const ValueNormalizer> normalizer =
      LoadedOrAbort(ValueNormalizer::Load(PLANROWS_RULES_DIR));
  return *normalizer;
}

void RecoverAndNormalize(const DocumentText& document) {
  static const PlanRecoverer recoverer(SharedRules());
  RecoveredPlan plan = recoverer.Recover(document);
  Normalizer().Normalize(&plan);
  for (const ActionRow& row : plan.rows) CheckRow(row);
}

void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
  std::abort();
}

}  // namespace planrows::fuzz
