// Recovery of small positioned pages as OCR would give them, for the tests
// of what scans leave of a plan's layout.
#ifndef PLANROWS_TESTS_RECOVERY_SCAN_FIXTURE_H_
#define PLANROWS_TESTS_RECOVERY_SCAN_FIXTURE_H_

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {

// The plan recovered from `pages`, read as OCR'd pages: positioned, no type known.
inline RecoveredPlan RecoverScan(const PageBuilder& pages) {
  return PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_RECOVERY_SCAN_FIXTURE_H_
