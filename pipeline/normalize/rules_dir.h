// The rules directory the normalizers load from by default.
//
// DefaultRulesDir() returns $PLANROWS_RULES when that is set and not empty,
// else PLANROWS_RULES_DIR, the rules/ directory the build was configured
// with. It is defined once, beside the rule-file reader that row recovery
// and the normalizers share (pipeline/rules/rule_file.h); this header is the
// name the normalizers' callers include, so that there is one definition.
#ifndef PLANROWS_PIPELINE_NORMALIZE_RULES_DIR_H_
#define PLANROWS_PIPELINE_NORMALIZE_RULES_DIR_H_

#include "pipeline/rules/rule_file.h"  // IWYU pragma: export

#endif  // PLANROWS_PIPELINE_NORMALIZE_RULES_DIR_H_
