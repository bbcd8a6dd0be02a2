// PlanMatcher: tells which stored plan a new document is a rendition of.
// The same plan often comes as text, PDF and scan; analyses count it once.
#ifndef PLANROWS_PIPELINE_STORE_PLAN_MATCHER_H_
#define PLANROWS_PIPELINE_STORE_PLAN_MATCHER_H_

#include <cstdint>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"
#include "pipeline/store/database.h"

namespace planrows {

class PlanMatcher {
 public:
  // A matcher over the documents of `db`, which must outlive it.
  explicit PlanMatcher(Database* db) : db_(db) {}

  // The plan of the stored document `document_id` of board `board_id`,
  // which `info` describes: the plan of an earlier document of the same
  // board and period whose title agrees (folded, one holds the other) or
  // whose refs agree (most of the new document's refs are among its own);
  // else a plan of its own, numbered by `document_id`.
  Result<int64_t> PlanOf(int64_t document_id, int64_t board_id, const PlanInfo& info);

 private:
  // Whether most refs of document `a` are refs of document `b`.
  Result<bool> RefsAgree(int64_t a, int64_t b);

  Database* db_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_PLAN_MATCHER_H_
