#include "pipeline/store/document_writer.h"

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Shown for documents whose title names no board, so that auditors find them.
constexpr const char* kUnknownBoard = "(unknown board)";

constexpr const char* kInsertBoard = "INSERT INTO boards(name, key) VALUES(?, ?) ON CONFLICT(key) DO NOTHING";
constexpr const char* kSelectBoard = "SELECT id FROM boards WHERE key = ?";
constexpr const char* kInsertLead = "INSERT INTO leads(name, key) VALUES(?, ?) ON CONFLICT(key) DO NOTHING";
constexpr const char* kSelectLead = "SELECT id FROM leads WHERE key = ?";
constexpr const char* kInsertDocument =
    "INSERT INTO documents(board_id, path, file_name, sha256, size_bytes, kind, pages, title, period_start, "
    "period_end) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertWarning = "INSERT INTO document_warnings(document_id, message) VALUES(?, ?)";
constexpr const char* kInsertSection = "INSERT INTO sections(document_id, ref, title) VALUES(?, ?, ?)";
constexpr const char* kInsertAction =
    "INSERT INTO actions(document_id, section_id, ordinal, ref, outcome, action, lead, timeframe, progress, page, "
    "line, x0, y0, x1, y1, confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertExtra = "INSERT INTO action_extra(action_id, position, name, value) VALUES(?, ?, ?, ?)";
// Flags are a set; a heuristic that fired twice is noted once.
constexpr const char* kInsertFlag = "INSERT OR IGNORE INTO action_flags(action_id, flag) VALUES(?, ?)";
constexpr const char* kInsertTimeframe = "INSERT INTO timeframes(action_id, text) VALUES(?, ?)";
constexpr const char* kInsertActionLead =
    "INSERT INTO action_leads(action_id, position, lead_id, name) VALUES(?, ?, ?, ?)";

bool IsEmpty(const Box& box) { return box.x0 == 0 && box.y0 == 0 && box.x1 == 0 && box.y1 == 0; }

}  // namespace

Result<Statement*> DocumentWriter::Cached(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    Result<Statement> prepared = db_->Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    it = statements_.emplace(sql, std::move(prepared).value()).first;
  }
  it->second.Reset();
  return &it->second;
}

Result<int64_t> DocumentWriter::EntityId(const char* insert_sql, const char* select_sql, const std::string& name,
                                         const std::string& key) {
  Result<Statement*> insert = Cached(insert_sql);
  if (!insert.ok()) return insert.status();
  if (Status status = (*insert)->Bind(1, name).Bind(2, key).Run(); !status.ok()) return status;
  Result<Statement*> select = Cached(select_sql);
  if (!select.ok()) return select.status();
  Result<bool> found = (*select)->Bind(1, key).Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::Internal("no row for key '" + key + "' after inserting it");
  return (*select)->Int(0);
}

Result<int64_t> DocumentWriter::InsertDocument(const DocumentSource& source, const PlanInfo& info,
                                               int64_t board_id) {
  Result<Statement*> insert = Cached(kInsertDocument);
  if (!insert.ok()) return insert.status();
  Statement& s = **insert;
  s.Bind(1, board_id).Bind(2, source.path).Bind(3, source.file_name).Bind(4, source.sha256);
  s.Bind(5, source.size_bytes).Bind(6, source.kind).Bind(7, int64_t{source.page_count}).BindOrNull(8, info.title);
  if (info.period_start > 0) s.Bind(9, int64_t{info.period_start});
  if (info.period_end > 0) s.Bind(10, int64_t{info.period_end});
  if (Status status = s.Run(); !status.ok()) return status;
  return db_->LastInsertId();
}

Status DocumentWriter::InsertWarnings(int64_t document_id, const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) {
    Result<Statement*> insert = Cached(kInsertWarning);
    if (!insert.ok()) return insert.status();
    if (Status status = (*insert)->Bind(1, document_id).Bind(2, warning).Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

Result<int64_t> DocumentWriter::SectionId(int64_t document_id, const ActionRow& row) {
  if (row.section_ref.empty() && row.section.empty()) return int64_t{0};
  auto key = std::make_pair(row.section_ref, row.section);
  if (auto it = sections_.find(key); it != sections_.end()) return it->second;
  Result<Statement*> insert = Cached(kInsertSection);
  if (!insert.ok()) return insert.status();
  Status status = (*insert)->Bind(1, document_id).BindOrNull(2, row.section_ref).BindOrNull(3, row.section).Run();
  if (!status.ok()) return status;
  return sections_[key] = db_->LastInsertId();
}

Result<int64_t> DocumentWriter::InsertAction(int64_t document_id, int64_t section_id, int ordinal,
                                             const ActionRow& row) {
  Result<Statement*> insert = Cached(kInsertAction);
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
  if (Status status = s.Run(); !status.ok()) return status;
  return db_->LastInsertId();
}

Status DocumentWriter::InsertDetails(int64_t action_id, const ActionRow& row) {
  for (size_t i = 0; i < row.extra.size(); ++i) {
    Result<Statement*> extra = Cached(kInsertExtra);
    if (!extra.ok()) return extra.status();
    const auto& [name, value] = row.extra[i];
    Status status = (*extra)->Bind(1, action_id).Bind(2, int64_t(i)).Bind(3, name).Bind(4, value).Run();
    if (!status.ok()) return status;
  }
  for (const std::string& flag : row.flags) {
    Result<Statement*> insert = Cached(kInsertFlag);
    if (!insert.ok()) return insert.status();
    if (Status status = (*insert)->Bind(1, action_id).Bind(2, flag).Run(); !status.ok()) return status;
  }
  if (row.timeframe.empty()) return Status::Ok();
  // Dates stay NULL here; the timeframe normalizer fills them.
  Result<Statement*> when = Cached(kInsertTimeframe);
  if (!when.ok()) return when.status();
  return (*when)->Bind(1, action_id).Bind(2, row.timeframe).Run();
}

Status DocumentWriter::InsertLeads(int64_t action_id, const ActionRow& row) {
  for (size_t i = 0; i < row.leads.size(); ++i) {
    // One entity per spelling up to case, spacing and punctuation, across
    // all documents; its `kind` is left to the lead normalizer.
    const std::string& name = row.leads[i];
    Result<int64_t> lead = EntityId(kInsertLead, kSelectLead, name, CellText::FoldForMatch(name));
    if (!lead.ok()) return lead.status();
    Result<Statement*> link = Cached(kInsertActionLead);
    if (!link.ok()) return link.status();
    Status status = (*link)->Bind(1, action_id).Bind(2, int64_t(i)).Bind(3, *lead).Bind(4, name).Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status DocumentWriter::WriteAction(int64_t document_id, int ordinal, const ActionRow& row) {
  Result<int64_t> section = SectionId(document_id, row);
  if (!section.ok()) return section.status();
  Result<int64_t> action = InsertAction(document_id, *section, ordinal, row);
  if (!action.ok()) return action.status();
  if (Status status = InsertDetails(*action, row); !status.ok()) return status;
  return InsertLeads(*action, row);
}

Status DocumentWriter::Write(const DocumentSource& source, const RecoveredPlan& plan) {
  std::string board_name = plan.info.board.empty() ? kUnknownBoard : plan.info.board;
  Result<int64_t> board = EntityId(kInsertBoard, kSelectBoard, board_name, BoardKey(board_name));
  if (!board.ok()) return board.status();
  Result<int64_t> document = InsertDocument(source, plan.info, *board);
  if (!document.ok()) return document.status();
  if (Status status = InsertWarnings(*document, plan.warnings); !status.ok()) return status;
  for (size_t i = 0; i < plan.rows.size(); ++i) {
    if (Status status = WriteAction(*document, static_cast<int>(i), plan.rows[i]); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace planrows
