// The project's rule files, loaded once for all recovery tests.
#ifndef PLANROWS_TESTS_RECOVERY_RULES_FIXTURE_H_
#define PLANROWS_TESTS_RECOVERY_RULES_FIXTURE_H_

#include <catch2/catch.hpp>

#include "pipeline/rules/recovery_rules.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {

inline const RecoveryRules& TestRules() {
  static const std::shared_ptr<const RecoveryRules> rules = [] {
    Result<std::shared_ptr<const RecoveryRules>> loaded = RecoveryRules::Load(DefaultRulesDir());
    if (!loaded.ok()) FAIL(loaded.status().message());
    return *loaded;
  }();
  return *rules;
}

inline std::shared_ptr<const RecoveryRules> SharedTestRules() {
  return std::shared_ptr<const RecoveryRules>(std::shared_ptr<const RecoveryRules>{}, &TestRules());
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_RECOVERY_RULES_FIXTURE_H_
