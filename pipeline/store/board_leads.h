// BoardLeads: links each lead of a board's actions to the entity it names
// in part, read against the lead entities of all the board's documents
// (LeadResolver), so that "Rohan" cut from a name in one rendition of a plan
// and "Rohan Rutherford" in another are one entity.
//
// Links are worked out from the entity each lead's own text names
// (action_leads.own_lead_id), never from earlier links, so resolving again
// after the board's documents change undoes a merge that no longer holds.
#ifndef PLANROWS_PIPELINE_STORE_BOARD_LEADS_H_
#define PLANROWS_PIPELINE_STORE_BOARD_LEADS_H_

#include <cstdint>

#include "pipeline/store/database.h"

namespace planrows {

class BoardLeads {
 public:
  // Board leads on `db`, used inside the caller's transaction.
  explicit BoardLeads(Database* db) : db_(db) {}

  // Relinks every lead of the actions of board `board_id` to the entity its
  // own text resolves to among the board's, keeping each as printed.
  Status Resolve(int64_t board_id);
  // True when document `document_id` names an entity that no other document
  // of its board names. A document that does not leaves what its board's
  // leads resolve to as it was, so its save need not Resolve.
  Result<bool> BringsNewEntity(int64_t document_id);

 private:
  Database* db_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_BOARD_LEADS_H_
