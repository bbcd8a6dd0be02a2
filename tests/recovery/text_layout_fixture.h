// Recovery of small converter texts, for the tests of the readers of
// tables that lost their cell separators.
#ifndef PLANROWS_TESTS_RECOVERY_TEXT_LAYOUT_FIXTURE_H_
#define PLANROWS_TESTS_RECOVERY_TEXT_LAYOUT_FIXTURE_H_

#include <string>

#include <catch2/catch.hpp>

#include "extractors/text_extractor.h"
#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {

// The plan recovered from `text`, read as a converter's text file.
inline RecoveredPlan RecoverPlanText(const std::string& text) {
  Result<DocumentText> document = TextExtractor().Extract("plan.txt", text);
  REQUIRE(document.ok());
  return PlanRecoverer(SharedTestRules()).Recover(*document);
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_RECOVERY_TEXT_LAYOUT_FIXTURE_H_
