#include "pipeline/store/document_catalog.h"

namespace planrows {
namespace {

constexpr const char* kListSql = R"sql(
SELECT d.id, b.name, d.file_name, d.path, d.kind, d.plan_id,
       (SELECT count(*) FROM actions a WHERE a.document_id = d.id),
       (SELECT count(*) FROM document_warnings w WHERE w.document_id = d.id), p.counted
FROM documents d
JOIN boards b ON b.id = d.board_id
JOIN plan_documents p ON p.document_id = d.id
ORDER BY b.name COLLATE NOCASE, d.plan_id, d.id
)sql";

}  // namespace

Result<std::vector<DocumentEntry>> DocumentCatalog::List() {
  Result<Statement> query = db_->Prepare(kListSql);
  if (!query.ok()) return query.status();
  std::vector<DocumentEntry> documents;
  Result<bool> row = true;
  while ((row = query->Step()).ok() && *row) {
    documents.push_back(DocumentEntry{query->Int(0), query->Text(1), query->Text(2), query->Text(3), query->Text(4),
                                      query->Int(5), static_cast<int>(query->Int(6)),
                                      static_cast<int>(query->Int(7)), query->Int(8) != 0});
  }
  if (!row.ok()) return row.status();
  return documents;
}

Result<DocumentEntry> DocumentCatalog::Find(const std::string& named) {
  Result<std::vector<DocumentEntry>> documents = List();
  if (!documents.ok()) return documents.status();
  std::vector<DocumentEntry> by_name;
  for (const DocumentEntry& d : *documents) {
    if (std::to_string(d.id) == named || d.path == named) return d;
    if (d.file_name == named) by_name.push_back(d);
  }
  if (by_name.size() == 1) return by_name[0];
  if (by_name.empty()) return Status::NotFound("no document '" + named + "' is stored (`planrows documents` lists them)");
  return Status::InvalidInput("several documents are named '" + named + "'; give the id or the path");
}

}  // namespace planrows
