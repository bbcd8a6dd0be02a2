#include "pipeline/store/orphan_pruner.h"

namespace planrows {
namespace {

// Each lookup goes through an index: actions by document, details by their
// action's key, references to an entity by the entity's id.
constexpr const char* kDocumentBoard = "SELECT board_id FROM documents WHERE id = ?";
constexpr const char* kDocumentLeads =
    "SELECT al.lead_id FROM actions a JOIN action_leads al ON al.action_id = a.id WHERE a.document_id = ?1 UNION "
    "SELECT al.own_lead_id FROM actions a JOIN action_leads al ON al.action_id = a.id WHERE a.document_id = ?1";
constexpr const char* kDocumentTopics =
    "SELECT DISTINCT at.topic_id FROM actions a JOIN action_topics at ON at.action_id = a.id "
    "WHERE a.document_id = ?";
constexpr const char* kPruneBoard =
    "DELETE FROM boards WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM documents WHERE board_id = ?1)";
constexpr const char* kPruneLead =
    "DELETE FROM leads WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM action_leads WHERE lead_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM action_leads WHERE own_lead_id = ?1)";
constexpr const char* kPruneTopic =
    "DELETE FROM topics WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM action_topics WHERE topic_id = ?1)";

}  // namespace

Status OrphanPruner::CollectIds(const char* sql, int64_t document_id, std::vector<int64_t>* ids) {
  Result<Statement*> prepared = statements_->Get(sql);
  if (!prepared.ok()) return prepared.status();
  Statement& select = **prepared;
  select.Bind(1, document_id);
  Result<bool> row = true;
  while ((row = select.Step()).ok() && *row) ids->push_back(select.Int(0));
  return row.status();
}

Status OrphanPruner::Collect(int64_t document_id) {
  for (const auto& [sql, ids] : {std::make_pair(kDocumentBoard, &boards_), std::make_pair(kDocumentLeads, &leads_),
                                 std::make_pair(kDocumentTopics, &topics_)}) {
    if (Status status = CollectIds(sql, document_id, ids); !status.ok()) return status;
  }
  return Status::Ok();
}

Status OrphanPruner::RunForEach(const char* sql, const std::vector<int64_t>& ids) {
  if (ids.empty()) return Status::Ok();
  Result<Statement*> prepared = statements_->Get(sql);
  if (!prepared.ok()) return prepared.status();
  Statement& remove = **prepared;
  for (int64_t id : ids) {
    if (Status status = remove.Bind(1, id).Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

Status OrphanPruner::Prune() {
  for (const auto& [sql, ids] : {std::make_pair(kPruneBoard, &boards_), std::make_pair(kPruneLead, &leads_),
                                 std::make_pair(kPruneTopic, &topics_)}) {
    if (Status status = RunForEach(sql, *ids); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace planrows
