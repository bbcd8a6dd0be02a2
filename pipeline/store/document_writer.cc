#include "pipeline/store/document_writer.h"

#include "pipeline/store/plan_matcher.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Documents whose board could not be read each get a board of their own,
// marked unknown, so that analyses never count them as one board together.
constexpr const char* kUnknownBoardName = "(board not read) ";
constexpr const char* kUnknownBoardKey = "unknown-";

// Entities keep the name they were first saved with; a lead's kind, unknown
// to a document saved before normalization, is filled in once known.
constexpr const char* kInsertBoard =
    "INSERT INTO boards(name, key, known) VALUES(?, ?, ?) ON CONFLICT(key) DO NOTHING";
constexpr const char* kSelectBoard = "SELECT id FROM boards WHERE key = ?";
constexpr const char* kInsertLead =
    "INSERT INTO leads(name, key, kind) VALUES(?, ?, ?) ON CONFLICT(key) DO UPDATE SET kind = coalesce(kind, "
    "excluded.kind)";
constexpr const char* kSelectLead = "SELECT id FROM leads WHERE key = ?";
constexpr const char* kInsertTopic = "INSERT INTO topics(key, label) VALUES(?, ?) ON CONFLICT(key) DO NOTHING";
constexpr const char* kSelectTopic = "SELECT id FROM topics WHERE key = ?";

constexpr const char* kInsertDocument =
    "INSERT INTO documents(board_id, path, file_name, sha256, size_bytes, kind, pages, title, period_start, "
    "period_end, layout_confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertWarning = "INSERT INTO document_warnings(document_id, message) VALUES(?, ?)";
constexpr const char* kInsertSection = "INSERT INTO sections(document_id, ref, title) VALUES(?, ?, ?)";
constexpr const char* kInsertAction =
    "INSERT INTO actions(document_id, section_id, ordinal, ref, outcome, action, lead, timeframe, progress, page, "
    "line, x0, y0, x1, y1, confidence, status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertExtra = "INSERT INTO action_extra(action_id, position, name, value) VALUES(?, ?, ?, ?)";
// Flags are a set; a heuristic that fired twice is noted once.
constexpr const char* kInsertFlag = "INSERT OR IGNORE INTO action_flags(action_id, flag) VALUES(?, ?)";
constexpr const char* kInsertTimeframe =
    "INSERT INTO timeframes(action_id, text, start_date, end_date, kind) VALUES(?, ?, ?, ?, ?)";
constexpr const char* kInsertActionLead =
    "INSERT INTO action_leads(action_id, position, lead_id, own_lead_id, name) VALUES(?1, ?2, ?3, ?3, ?4)";
constexpr const char* kInsertActionTopic =
    "INSERT INTO action_topics(action_id, topic_id, matched) VALUES(?, ?, ?)";
// A document's actions join the full-text index together (schema migration 9).
constexpr const char* kIndexActions =
    "INSERT INTO actions_fts(rowid, action, outcome) SELECT id, action, outcome FROM actions WHERE document_id = ?";

bool IsEmpty(const Box& box) { return box.x0 == 0 && box.y0 == 0 && box.x1 == 0 && box.y1 == 0; }

// Lead `i` of `row` as an entity. Rows not normalized yet name entities of
// their own, case, spacing and punctuation folded.
LeadEntity LeadAt(const ActionRow& row, size_t i) {
  if (i < row.lead_entities.size()) return row.lead_entities[i];
  return LeadEntity{CellText::FoldForMatch(row.leads[i]), row.leads[i], ""};
}

}  // namespace

Result<int64_t> DocumentWriter::UpsertId(Statement* insert, const char* select_sql, const std::string& key) {
  if (Status status = insert->Run(); !status.ok()) return status;
  Result<Statement*> select = statements_->Get(select_sql);
  if (!select.ok()) return select.status();
  Result<bool> found = (*select)->Bind(1, key).Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::Internal("no row for key '" + key + "' after inserting it");
  return (*select)->Int(0);
}

Result<int64_t> DocumentWriter::BoardId(const DocumentSource& source, const PlanInfo& info) {
  Result<Statement*> insert = statements_->Get(kInsertBoard);
  if (!insert.ok()) return insert.status();
  std::string name = info.board, key = info.board_key.empty() ? BoardKey(info.board) : info.board_key;
  const bool known = !key.empty();
  if (!known) {
    name = kUnknownBoardName + source.file_name;
    key = kUnknownBoardKey + source.sha256.substr(0, 16);
  }
  return UpsertId(&(*insert)->Bind(1, name).Bind(2, key).Bind(3, int64_t{known}), kSelectBoard, key);
}

Result<int64_t> DocumentWriter::InsertDocument(const DocumentSource& source, const RecoveredPlan& plan,
                                               int64_t board_id) {
  const PlanInfo& info = plan.info;
  Result<Statement*> insert = statements_->Get(kInsertDocument);
  if (!insert.ok()) return insert.status();
  Statement& s = **insert;
  s.Bind(1, board_id).Bind(2, source.path).Bind(3, source.file_name).Bind(4, source.sha256);
  s.Bind(5, source.size_bytes).Bind(6, source.kind).Bind(7, int64_t{source.page_count}).BindOrNull(8, info.title);
  if (info.period_start > 0) s.Bind(9, int64_t{info.period_start});
  if (info.period_end > 0) s.Bind(10, int64_t{info.period_end});
  s.Bind(11, plan.layout_confidence);
  if (Status status = s.Run(); !status.ok()) return status;
  return db_->LastInsertId();
}

Status DocumentWriter::InsertWarnings(int64_t document_id, const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) {
    Result<Statement*> insert = statements_->Get(kInsertWarning);
    if (!insert.ok()) return insert.status();
    if (Status status = (*insert)->Bind(1, document_id).Bind(2, warning).Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

Result<int64_t> DocumentWriter::SectionId(int64_t document_id, const ActionRow& row) {
  if (row.section_ref.empty() && row.section.empty()) return int64_t{0};
  auto key = std::make_pair(row.section_ref, row.section);
  if (auto it = sections_.find(key); it != sections_.end()) return it->second;
  Result<Statement*> insert = statements_->Get(kInsertSection);
  if (!insert.ok()) return insert.status();
  Status status = (*insert)->Bind(1, document_id).BindOrNull(2, row.section_ref).BindOrNull(3, row.section).Run();
  if (!status.ok()) return status;
  return sections_[key] = db_->LastInsertId();
}

Result<int64_t> DocumentWriter::InsertAction(int64_t document_id, int64_t section_id, int ordinal,
                                             const ActionRow& row) {
  Result<Statement*> insert = statements_->Get(kInsertAction);
  if (!insert.ok()) return insert.status();
  Statement& s = **insert;
  s.Bind(1, document_id).Bind(3, int64_t{ordinal}).BindOrNull(4, row.ref);
  if (section_id != 0) s.Bind(2, section_id);
  s.BindOrNull(5, row.outcome).BindOrNull(6, row.action).BindOrNull(7, row.lead).BindOrNull(8, row.timeframe);
  s.BindOrNull(9, row.progress).Bind(10, int64_t{row.where.page});
  if (row.where.line > 0) s.Bind(11, int64_t{row.where.line});
  if (const Box& box = row.where.box; !IsEmpty(box)) {
    s.Bind(12, box.x0).Bind(13, box.y0).Bind(14, box.x1).Bind(15, box.y1);
  }
  if (row.where.confidence >= 0) s.Bind(16, row.where.confidence);
  s.BindOrNull(17, row.status);
  if (Status status = s.Run(); !status.ok()) return status;
  return db_->LastInsertId();
}

Status DocumentWriter::InsertExtraAndFlags(int64_t action_id, const ActionRow& row) {
  for (size_t i = 0; i < row.extra.size(); ++i) {
    Result<Statement*> extra = statements_->Get(kInsertExtra);
    if (!extra.ok()) return extra.status();
    const auto& [name, value] = row.extra[i];
    Status status = (*extra)->Bind(1, action_id).Bind(2, int64_t(i)).Bind(3, name).Bind(4, value).Run();
    if (!status.ok()) return status;
  }
  for (const std::string& flag : row.flags) {
    Result<Statement*> insert = statements_->Get(kInsertFlag);
    if (!insert.ok()) return insert.status();
    if (Status status = (*insert)->Bind(1, action_id).Bind(2, flag).Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

Status DocumentWriter::InsertTimeframe(int64_t action_id, const ActionRow& row) {
  if (row.timeframe.empty()) return Status::Ok();
  Result<Statement*> insert = statements_->Get(kInsertTimeframe);
  if (!insert.ok()) return insert.status();
  // The dates stay NULL for rows the timeframe normalizer has not seen.
  Statement& s = **insert;
  s.Bind(1, action_id).Bind(2, row.timeframe).BindOrNull(3, row.dates.start).BindOrNull(4, row.dates.end);
  return s.BindOrNull(5, row.dates.kind).Run();
}

Result<int64_t> DocumentWriter::LeadId(const LeadEntity& entity) {
  auto known = std::make_pair(entity.key, entity.kind);
  if (auto it = leads_.find(known); it != leads_.end()) return it->second;
  Result<Statement*> insert = statements_->Get(kInsertLead);
  if (!insert.ok()) return insert.status();
  (*insert)->Bind(1, entity.name).Bind(2, entity.key).BindOrNull(3, entity.kind);
  Result<int64_t> id = UpsertId(*insert, kSelectLead, entity.key);
  if (id.ok()) leads_.emplace(known, *id);
  return id;
}

Result<int64_t> DocumentWriter::TopicId(const TopicMatch& match) {
  if (auto it = topics_.find(match.key); it != topics_.end()) return it->second;
  Result<Statement*> insert = statements_->Get(kInsertTopic);
  if (!insert.ok()) return insert.status();
  Result<int64_t> id = UpsertId(&(*insert)->Bind(1, match.key).Bind(2, match.label), kSelectTopic, match.key);
  if (id.ok()) topics_.emplace(match.key, *id);
  return id;
}

Status DocumentWriter::InsertLeads(int64_t action_id, const ActionRow& row) {
  for (size_t i = 0; i < row.leads.size(); ++i) {
    LeadEntity entity = LeadAt(row, i);
    if (entity.key.empty()) continue;  // A lead that names no one ("and", "-") links to no entity.
    Result<int64_t> lead = LeadId(entity);
    if (!lead.ok()) return lead.status();
    Result<Statement*> link = statements_->Get(kInsertActionLead);
    if (!link.ok()) return link.status();
    Status status = (*link)->Bind(1, action_id).Bind(2, int64_t(i)).Bind(3, *lead).Bind(4, row.leads[i]).Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status DocumentWriter::InsertTopics(int64_t action_id, const ActionRow& row) {
  for (const TopicMatch& match : row.topics) {
    Result<int64_t> topic = TopicId(match);
    if (!topic.ok()) return topic.status();
    Result<Statement*> link = statements_->Get(kInsertActionTopic);
    if (!link.ok()) return link.status();
    if (Status status = (*link)->Bind(1, action_id).Bind(2, *topic).Bind(3, match.matched).Run(); !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

Status DocumentWriter::WriteAction(int64_t document_id, int ordinal, const ActionRow& row) {
  Result<int64_t> section = SectionId(document_id, row);
  if (!section.ok()) return section.status();
  Result<int64_t> action = InsertAction(document_id, *section, ordinal, row);
  if (!action.ok()) return action.status();
  for (auto insert : {&DocumentWriter::InsertExtraAndFlags, &DocumentWriter::InsertTimeframe,
                      &DocumentWriter::InsertLeads, &DocumentWriter::InsertTopics}) {
    if (Status status = (this->*insert)(*action, row); !status.ok()) return status;
  }
  return Status::Ok();
}

Status DocumentWriter::Write(const DocumentSource& source, const RecoveredPlan& plan) {
  Result<int64_t> board = BoardId(source, plan.info);
  if (!board.ok()) return board.status();
  Result<int64_t> document = InsertDocument(source, plan, *board);
  if (!document.ok()) return document.status();
  if (Status status = InsertWarnings(*document, plan.warnings); !status.ok()) return status;
  for (size_t i = 0; i < plan.rows.size(); ++i) {
    if (Status status = WriteAction(*document, static_cast<int>(i), plan.rows[i]); !status.ok()) return status;
  }
  Result<Statement*> index = statements_->Get(kIndexActions);
  if (!index.ok()) return index.status();
  if (Status status = (*index)->Bind(1, *document).Run(); !status.ok()) return status;
  // After the rows: agreeing refs tell renditions apart from other plans.
  return PlanMatcher(statements_).Assign(*document, *board, plan.info);
}

}  // namespace planrows
