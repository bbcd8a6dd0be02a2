#include "pipeline/store/board_leads.h"

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/normalize/lead_resolver.h"

namespace planrows {
namespace {

// The distinct entities that the leads of a board's actions name by their
// own text, through the indexes on documents by board, actions by document
// and links by action.
constexpr const char* kBoardEntities =
    "SELECT l.id, l.key, l.name, coalesce(l.kind, '') FROM leads l WHERE l.id IN ("
    "SELECT al.own_lead_id FROM documents d JOIN actions a ON a.document_id = d.id "
    "JOIN action_leads al ON al.action_id = a.id WHERE d.board_id = ?)";
// Links the board's leads whose own text names entity ?2 to entity ?1.
constexpr const char* kRelink =
    "UPDATE action_leads SET lead_id = ?1 WHERE own_lead_id = ?2 AND lead_id <> ?1 AND action_id IN ("
    "SELECT a.id FROM documents d JOIN actions a ON a.document_id = d.id WHERE d.board_id = ?3)";

// A document's own lead entities, by the index on actions by document.
constexpr const char* kDocumentEntities =
    "SELECT DISTINCT al.own_lead_id FROM actions a JOIN action_leads al ON al.action_id = a.id "
    "WHERE a.document_id = ?";
// Whether another document of a document's board names an entity, by the
// index on links by own entity.
constexpr const char* kKnownOnBoard =
    "SELECT EXISTS (SELECT 1 FROM action_leads o JOIN actions oa ON oa.id = o.action_id "
    "JOIN documents od ON od.id = oa.document_id WHERE o.own_lead_id = ?1 AND od.id <> ?2 "
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

Status BoardLeads::Resolve(int64_t board_id) {
  Result<Statement> select = db_->Prepare(kBoardEntities);
  if (!select.ok()) return select.status();
  select->Bind(1, board_id);
  std::vector<LeadEntity> entities;
  std::map<std::string, int64_t> ids;  // Lead id by key.
  Result<bool> row = true;
  while ((row = select->Step()).ok() && *row) {
    ids.emplace(select->Text(1), select->Int(0));
    entities.push_back(LeadEntity{select->Text(1), select->Text(2), select->Text(3)});
  }
  if (!row.ok()) return row.status();
  // Every target is itself an entity the board's leads name, so relinking
  // leaves no entity without a reference.
  const LeadResolver resolver(entities);
  Result<Statement> relink = db_->Prepare(kRelink);
  if (!relink.ok()) return relink.status();
  for (const LeadEntity& entity : entities) {
    relink->Reset();
    auto target = ids.find(resolver.Resolve(entity).key);
    if (target == ids.end()) return Status::Internal("a lead resolved to an entity its board does not name");
    if (Status status = relink->Bind(1, target->second).Bind(2, ids[entity.key]).Bind(3, board_id).Run();
        !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

}  // namespace planrows
