// Recovery of small converter texts, for the tests of the readers of
// tables that lost their cell separators.
#ifndef PLANROWS_TESTS_RECOVERY_TEXT_LAYOUT_FIXTURE_H_
#define PLANROWS_TESTS_RECOVERY_TEXT_LAYOUT_FIXTURE_H_

#include <string>
#include <vector>

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

// The headings of `table`'s columns, left to right, as recovery named them.
inline std::vector<std::string> Headings(const TableTrace& table) {
  std::vector<std::string> headings;
  for (const ColumnTrace& column : table.columns) headings.push_back(column.heading);
  return headings;
}

// The headings of the columns of `plan`'s first table.
inline std::vector<std::string> FirstTableHeadings(const RecoveredPlan& plan) {
  REQUIRE(!plan.tables.empty());
  return Headings(plan.tables[0]);
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_RECOVERY_TEXT_LAYOUT_FIXTURE_H_
