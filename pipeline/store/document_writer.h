// DocumentWriter: inserts one recovered plan's board, document, sections,
// actions and their details, and adds its actions to the full-text index,
// inside the caller's transaction.
#ifndef PLANROWS_PIPELINE_STORE_DOCUMENT_WRITER_H_
#define PLANROWS_PIPELINE_STORE_DOCUMENT_WRITER_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/store/database.h"
#include "pipeline/store/statement_cache.h"
#include "pipeline/store/store.h"

namespace planrows {

class DocumentWriter {
 public:
  // A writer through `statements`; use one per document, in one transaction.
  explicit DocumentWriter(StatementCache* statements) : statements_(statements), db_(statements->database()) {}

  // Inserts `plan` as the content of `source`, whose path must not be stored.
  Status Write(const DocumentSource& source, const RecoveredPlan& plan);

 private:
  // Runs `insert`, bound by the caller and doing nothing or an update on a
  // key conflict, then returns the id that `select_sql` finds for `key`.
  Result<int64_t> UpsertId(Statement* insert, const char* select_sql, const std::string& key);
  // The board `info` names (by its key, else its name's BoardKey), or one of
  // the document's own marked unknown when it names none.
  Result<int64_t> BoardId(const DocumentSource& source, const PlanInfo& info);
  Result<int64_t> InsertDocument(const DocumentSource& source, const RecoveredPlan& plan, int64_t board_id);
  Status InsertWarnings(int64_t document_id, const std::vector<std::string>& warnings);
  // The id of the row's section; 0 when it names none (rowids start at 1).
  Result<int64_t> SectionId(int64_t document_id, const ActionRow& row);
  Status WriteAction(int64_t document_id, int ordinal, const ActionRow& row);
  Result<int64_t> InsertAction(int64_t document_id, int64_t section_id, int ordinal, const ActionRow& row);
  Status InsertExtraAndFlags(int64_t action_id, const ActionRow& row);
  Status InsertTimeframe(int64_t action_id, const ActionRow& row);
  // The id of lead `entity`, inserted or updated once in the document for
  // each key and kind (doing it again would change nothing).
  Result<int64_t> LeadId(const LeadEntity& entity);
  // The id of the topic `match` names, inserted once in the document.
  Result<int64_t> TopicId(const TopicMatch& match);
  Status InsertLeads(int64_t action_id, const ActionRow& row);
  Status InsertTopics(int64_t action_id, const ActionRow& row);

  StatementCache* statements_;
  Database* db_;
  std::map<std::pair<std::string, std::string>, int64_t> sections_;  // (ref, title) -> id.
  std::map<std::pair<std::string, std::string>, int64_t> leads_;     // (key, kind) -> id.
  std::map<std::string, int64_t> topics_;                             // key -> id.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_DOCUMENT_WRITER_H_
