// DocumentWriter: inserts one recovered plan's board, document, sections,
// actions, leads and timeframes inside the caller's transaction.
#ifndef PLANROWS_PIPELINE_STORE_DOCUMENT_WRITER_H_
#define PLANROWS_PIPELINE_STORE_DOCUMENT_WRITER_H_

#include <map>
#include <string>
#include <utility>

#include "pipeline/store/store.h"

namespace planrows {

class DocumentWriter {
 public:
  explicit DocumentWriter(Database* db) : db_(db) {}

  // Inserts `plan` as the content of `source`.
  Status Write(const DocumentSource& source, const RecoveredPlan& plan);

 private:
  Result<int64_t> BoardId(const std::string& name);
  Result<int64_t> DocumentId(const DocumentSource& source, const PlanInfo& info, int64_t board_id);
  Result<int64_t> SectionId(int64_t document_id, const ActionRow& row);
  Status WriteAction(int64_t document_id, int ordinal, const ActionRow& row);
  Status WriteLeads(int64_t action_id, const ActionRow& row);
  Result<int64_t> LeadId(const LeadEntity& lead);
  Status WriteTopics(int64_t action_id, const ActionRow& row);
  // The statement for `sql`, prepared once per writer.
  Result<Statement*> Cached(const std::string& sql);

  Database* db_;
  std::map<std::string, Statement> statements_;
  std::map<std::pair<std::string, std::string>, int64_t> sections_;  // (ref, title) -> id.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_DOCUMENT_WRITER_H_
