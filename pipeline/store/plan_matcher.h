// PlanMatcher: tells which stored plan a new document is a rendition of.
// The same plan often comes as text, PDF and scan; analyses count it once.
#ifndef PLANROWS_PIPELINE_STORE_PLAN_MATCHER_H_
#define PLANROWS_PIPELINE_STORE_PLAN_MATCHER_H_

#include <cstdint>
#include <set>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"
#include "pipeline/store/statement_cache.h"

namespace planrows {

class PlanMatcher {
 public:
  // A matcher over the documents of the database `statements` run on; the
  // cache must outlive it.
  explicit PlanMatcher(StatementCache* statements) : statements_(statements) {}

  // The plan of the stored document `document_id` of board `board_id`,
  // which `info` describes: the plan of another document of the same board
  // and period (or with a period unread) whose title agrees (folded, one
  // holds the other) or whose rows agree (most of their words in common);
  // else a plan of its own, numbered by `document_id`.
  Result<int64_t> PlanOf(int64_t document_id, int64_t board_id, const PlanInfo& info);
  // Stores PlanOf(document_id, board_id, info) as the document's plan.
  Status Assign(int64_t document_id, int64_t board_id, const PlanInfo& info);

 private:
  // The distinct words of a document's refs, actions and outcomes (folded,
  // short ones left out); none for a document of few rows.
  Result<std::set<std::string>> RowWords(int64_t document_id);
  // Whether the rows of documents `a` and `b` share most of their words.
  Result<bool> RowsAgree(int64_t a, int64_t b);

  StatementCache* statements_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_PLAN_MATCHER_H_
