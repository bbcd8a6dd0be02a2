#include "pipeline/store/board_leads.h"

#include <map>
#include <string>

#include "pipeline/model/action_row.h"
#include "pipeline/normalize/lead_resolver.h"

namespace planrows {
namespace {

// Every lead link of the actions of a document's board, through the
// indexes on documents by board, actions by document and links by action.
constexpr const char* kBoardLinks =
    "SELECT al.action_id, al.position, l.id, l.key, l.name, coalesce(l.kind, '') FROM documents saved "
    "JOIN documents d ON d.board_id = saved.board_id JOIN actions a ON a.document_id = d.id "
    "JOIN action_leads al ON al.action_id = a.id JOIN leads l ON l.id = al.lead_id WHERE saved.id = ?";
constexpr const char* kRelink = "UPDATE action_leads SET lead_id = ? WHERE action_id = ? AND position = ?";

struct Link {
  int64_t action_id, position, lead_id;
  std::string key;
};

}  // namespace

Status BoardLeads::Resolve(int64_t document_id, std::vector<int64_t>* unlinked) {
  Result<Statement> select = db_->Prepare(kBoardLinks);
  if (!select.ok()) return select.status();
  select->Bind(1, document_id);
  std::vector<Link> links;
  std::vector<LeadEntity> entities;
  std::map<std::string, int64_t> ids;  // Lead id by key.
  Result<bool> row = true;
  while ((row = select->Step()).ok() && *row) {
    links.push_back(Link{select->Int(0), select->Int(1), select->Int(2), select->Text(3)});
    if (ids.emplace(select->Text(3), select->Int(2)).second) {
      entities.push_back(LeadEntity{select->Text(3), select->Text(4), select->Text(5)});
    }
  }
  if (!row.ok()) return row.status();
  const LeadResolver resolver(entities);
  std::map<std::string, std::string> resolved;  // Key -> key of the entity it names.
  for (const LeadEntity& entity : entities) resolved[entity.key] = resolver.Resolve(entity).key;
  Result<Statement> relink = db_->Prepare(kRelink);
  if (!relink.ok()) return relink.status();
  for (const Link& link : links) {
    const std::string& target = resolved[link.key];
    if (target == link.key) continue;
    relink->Reset();
    Status status = relink->Bind(1, ids[target]).Bind(2, link.action_id).Bind(3, link.position).Run();
    if (!status.ok()) return status;
    unlinked->push_back(link.lead_id);
  }
  return Status::Ok();
}

}  // namespace planrows
