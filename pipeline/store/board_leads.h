// BoardLeads: links each lead of a board's actions to the entity it names
// in part, read against the lead entities of all the board's documents
// (LeadResolver), so that "Rohan" cut from a name in one rendition of a plan
// and "Rohan Rutherford" in another are one entity.
#ifndef PLANROWS_PIPELINE_STORE_BOARD_LEADS_H_
#define PLANROWS_PIPELINE_STORE_BOARD_LEADS_H_

#include <cstdint>
#include <vector>

#include "pipeline/store/database.h"

namespace planrows {

class BoardLeads {
 public:
  // Board leads on `db`, used inside the caller's transaction.
  explicit BoardLeads(Database* db) : db_(db) {}

  // Relinks the leads of the actions of the board of document `document_id`
  // to the entities they resolve to, keeping each as printed. Appends to
  // `unlinked` the leads it took links from (OrphanPruner::Note them).
  Status Resolve(int64_t document_id, std::vector<int64_t>* unlinked);

 private:
  // True when document `document_id` links to an entity that no other
  // document of its board links to.
  Result<bool> BringsNewEntity(int64_t document_id);

  Database* db_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_BOARD_LEADS_H_
