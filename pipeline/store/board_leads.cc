#include "pipeline/store/board_leads.h"

#include <map>
#include <string>

#include "pipeline/model/action_row.h"
#include "pipeline/normalize/lead_resolver.h"

namespace planrows {
namespace {

// The distinct lead entities linked from the actions of a document's
// board, through the indexes on documents by board, actions by document
// and links by action: one row per entity, however many actions name it.
constexpr const char* kBoardEntities =
    "SELECT l.id, l.key, l.name, coalesce(l.kind, '') FROM leads l WHERE l.id IN ("
    "SELECT al.lead_id FROM documents saved JOIN documents d ON d.board_id = saved.board_id "
    "JOIN actions a ON a.document_id = d.id JOIN action_leads al ON al.action_id = a.id WHERE saved.id = ?)";
// Moves the board's links from one entity to another.
constexpr const char* kRelink =
    "UPDATE action_leads SET lead_id = ?1 WHERE lead_id = ?2 AND action_id IN ("
    "SELECT a.id FROM documents saved JOIN documents d ON d.board_id = saved.board_id "
    "JOIN actions a ON a.document_id = d.id WHERE saved.id = ?3)";

// A document's lead entities, by the index on actions by document.
constexpr const char* kDocumentEntities =
    "SELECT DISTINCT al.lead_id FROM actions a JOIN action_leads al ON al.action_id = a.id WHERE a.document_id = ?";
// Whether another document of a document's board links to an entity, by
// the index on links by lead.
constexpr const char* kKnownOnBoard =
    "SELECT EXISTS (SELECT 1 FROM action_leads o JOIN actions oa ON oa.id = o.action_id "
    "JOIN documents od ON od.id = oa.document_id WHERE o.lead_id = ?1 AND od.id <> ?2 "
    "AND od.board_id = (SELECT board_id FROM documents WHERE id = ?2))";

}  // namespace

Result<bool> BoardLeads::BringsNewEntity(int64_t document_id) {
  Result<Statement> mine = db_->Prepare(kDocumentEntities);
  if (!mine.ok()) return mine.status();
  Result<Statement> known = db_->Prepare(kKnownOnBoard);
  if (!known.ok()) return known.status();
  mine->Bind(1, document_id);
  Result<bool> row = true;
  while ((row = mine->Step()).ok() && *row) {
    known->Reset();
    Result<bool> found = known->Bind(1, mine->Int(0)).Bind(2, document_id).Step();
    if (!found.ok()) return found.status();
    if (!*found || known->Int(0) == 0) return true;
  }
  if (!row.ok()) return row.status();
  return false;
}

Status BoardLeads::Resolve(int64_t document_id, std::vector<int64_t>* unlinked) {
  // A document that brings no entity new to its board leaves the board's
  // entities, and so what they resolve to, as they were.
  Result<bool> brings_new = BringsNewEntity(document_id);
  if (!brings_new.ok()) return brings_new.status();
  if (!*brings_new) return Status::Ok();
  Result<Statement> select = db_->Prepare(kBoardEntities);
  if (!select.ok()) return select.status();
  select->Bind(1, document_id);
  std::vector<LeadEntity> entities;
  std::map<std::string, int64_t> ids;  // Lead id by key.
  Result<bool> row = true;
  while ((row = select->Step()).ok() && *row) {
    ids.emplace(select->Text(1), select->Int(0));
    entities.push_back(LeadEntity{select->Text(1), select->Text(2), select->Text(3)});
  }
  if (!row.ok()) return row.status();
  const LeadResolver resolver(entities);
  Result<Statement> relink = db_->Prepare(kRelink);
  if (!relink.ok()) return relink.status();
  for (const LeadEntity& entity : entities) {
    const std::string target = resolver.Resolve(entity).key;
    if (target == entity.key) continue;
    relink->Reset();
    Status status = relink->Bind(1, ids[target]).Bind(2, ids[entity.key]).Bind(3, document_id).Run();
    if (!status.ok()) return status;
    unlinked->push_back(ids[entity.key]);
  }
  return Status::Ok();
}

}  // namespace planrows
