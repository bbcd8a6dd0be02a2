// OrphanPruner: drops the entities a replaced document may leave that
// nothing refers to any more (its board, when no other document names it;
// leads and topics of no other action). It looks only at the entities the
// old version referred to, so replacing a document costs the same however
// many rows the database holds.
#ifndef PLANROWS_PIPELINE_STORE_ORPHAN_PRUNER_H_
#define PLANROWS_PIPELINE_STORE_ORPHAN_PRUNER_H_

#include <cstdint>
#include <vector>

#include "pipeline/store/statement_cache.h"

namespace planrows {

class OrphanPruner {
 public:
  // A pruner running `statements`, used inside the caller's transaction.
  explicit OrphanPruner(StatementCache* statements) : statements_(statements) {}

  // Notes the board, leads and topics that document `document_id` refers
  // to; call before deleting it.
  Status Collect(int64_t document_id);
  // Deletes those of the noted entities that nothing refers to now.
  Status Prune();

 private:
  // Appends to `ids` the integers `sql` gives for `document_id`.
  Status CollectIds(const char* sql, int64_t document_id, std::vector<int64_t>* ids);
  // Runs `sql` once for each of `ids`.
  Status RunForEach(const char* sql, const std::vector<int64_t>& ids);

  StatementCache* statements_;
  std::vector<int64_t> boards_, leads_, topics_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_ORPHAN_PRUNER_H_
