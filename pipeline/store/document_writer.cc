#include "pipeline/store/document_writer.h"

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Shown for documents whose title names no board, so that auditors find them.
constexpr const char* kUnknownBoard = "(unknown board)";

}  // namespace

Result<Statement*> DocumentWriter::Cached(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    Result<Statement> prepared = db_->Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    it = statements_.emplace(sql, std::move(prepared).value()).first;
  }
  it->second.Reset();
  return &it->second;
}

Result<int64_t> DocumentWriter::BoardId(const std::string& name) {
  std::string board = name.empty() ? kUnknownBoard : name;
  Result<Statement*> insert = Cached("INSERT INTO boards(name, key) VALUES(?, ?) ON CONFLICT(key) DO NOTHING");
  if (!insert.ok()) return insert.status();
  if (Status s = (*insert)->Bind(1, board).Bind(2, BoardKey(board)).Run(); !s.ok()) return s;
  Result<Statement*> select = Cached("SELECT id FROM boards WHERE key = ?");
  if (!select.ok()) return select.status();
  (*select)->Bind(1, BoardKey(board));
  Result<bool> row = (*select)->Step();
  if (!row.ok()) return row.status();
  return (*select)->Int(0);
}

Result<int64_t> DocumentWriter::DocumentId(const DocumentSource& source, const PlanInfo& info, int64_t board_id) {
  Result<Statement*> insert = Cached(
      "INSERT INTO documents(board_id, path, file_name, sha256, size_bytes, kind, pages, title, period_start, "
      "period_end) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  Statement& s = **insert;
  s.Bind(1, board_id).Bind(2, source.path).Bind(3, source.file_name).Bind(4, source.sha256);
  s.Bind(5, source.size_bytes).Bind(6, source.kind).Bind(7, int64_t{source.page_count}).BindOrNull(8, info.title);
  if (info.period_start > 0) s.Bind(9, int64_t{info.period_start}).Bind(10, int64_t{info.period_end});
  if (Status status = s.Run(); !status.ok()) return status;
  return db_->LastInsertId();
}

Result<int64_t> DocumentWriter::SectionId(int64_t document_id, const ActionRow& row) {
  auto key = std::make_pair(row.section_ref, row.section);
  if (auto it = sections_.find(key); it != sections_.end()) return it->second;
  Result<Statement*> insert = Cached("INSERT INTO sections(document_id, ref, title) VALUES(?, ?, ?)");
  if (!insert.ok()) return insert.status();
  Status status = (*insert)->Bind(1, document_id).BindOrNull(2, row.section_ref).BindOrNull(3, row.section).Run();
  if (!status.ok()) return status;
  return sections_[key] = db_->LastInsertId();
}

Result<int64_t> DocumentWriter::LeadId(const LeadEntity& lead) {
  const std::string& key = lead.key;
  Result<Statement*> insert =
      Cached("INSERT INTO leads(name, key, kind) VALUES(?, ?, ?) ON CONFLICT(key) DO NOTHING");
  if (!insert.ok()) return insert.status();
  if (Status s = (*insert)->Bind(1, lead.name).Bind(2, key).BindOrNull(3, lead.kind).Run(); !s.ok()) return s;
  Result<Statement*> select = Cached("SELECT id FROM leads WHERE key = ?");
  if (!select.ok()) return select.status();
  (*select)->Bind(1, key);
  Result<bool> row = (*select)->Step();
  if (!row.ok()) return row.status();
  return (*select)->Int(0);
}

Status DocumentWriter::WriteLeads(int64_t action_id, const ActionRow& row) {
  for (size_t i = 0; i < row.leads.size(); ++i) {
    // Rows not normalized yet stand for themselves, case and punctuation folded.
    LeadEntity entity = i < row.lead_entities.size()
                            ? row.lead_entities[i]
                            : LeadEntity{CellText::FoldForMatch(row.leads[i]), row.leads[i], ""};
    Result<int64_t> lead = LeadId(entity);
    if (!lead.ok()) return lead.status();
    Result<Statement*> link = Cached("INSERT INTO action_leads(action_id, position, lead_id, name) VALUES(?, ?, ?, ?)");
    if (!link.ok()) return link.status();
    Status s = (*link)->Bind(1, action_id).Bind(2, int64_t(i)).Bind(3, *lead).Bind(4, row.leads[i]).Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status DocumentWriter::WriteTopics(int64_t action_id, const ActionRow& row) {
  for (const TopicMatch& topic : row.topics) {
    Result<Statement*> insert = Cached("INSERT INTO topics(key, label) VALUES(?, ?) ON CONFLICT(key) DO NOTHING");
    if (!insert.ok()) return insert.status();
    if (Status s = (*insert)->Bind(1, topic.key).Bind(2, topic.label).Run(); !s.ok()) return s;
    Result<Statement*> link = Cached(
        "INSERT INTO action_topics(action_id, topic_id, matched) SELECT ?, id, ? FROM topics WHERE key = ?");
    if (!link.ok()) return link.status();
    if (Status s = (*link)->Bind(1, action_id).Bind(2, topic.matched).Bind(3, topic.key).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status DocumentWriter::WriteAction(int64_t document_id, int ordinal, const ActionRow& row) {
  Result<int64_t> section = SectionId(document_id, row);
  if (!section.ok()) return section.status();
  Result<Statement*> insert = Cached(
      "INSERT INTO actions(document_id, section_id, ordinal, ref, outcome, action, lead, timeframe, progress, page, "
      "line, x0, y0, x1, y1, confidence, status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  Statement& s = **insert;
  s.Bind(1, document_id).Bind(2, *section).Bind(3, int64_t{ordinal}).BindOrNull(4, row.ref);
  s.BindOrNull(5, row.outcome).BindOrNull(6, row.action).BindOrNull(7, row.lead).BindOrNull(8, row.timeframe);
  s.BindOrNull(9, row.progress).Bind(10, int64_t{row.where.page});
  if (row.where.line > 0) s.Bind(11, int64_t{row.where.line});
  const Box& box = row.where.box;
  if (box.x0 != 0 || box.y0 != 0 || box.x1 != 0 || box.y1 != 0) {
    s.Bind(12, box.x0).Bind(13, box.y0).Bind(14, box.x1).Bind(15, box.y1);
  }
  if (row.where.confidence >= 0) s.Bind(16, row.where.confidence);
  s.BindOrNull(17, row.status);
  if (Status status = s.Run(); !status.ok()) return status;
  int64_t action_id = db_->LastInsertId();

  for (size_t i = 0; i < row.extra.size(); ++i) {
    Result<Statement*> extra = Cached("INSERT INTO action_extra(action_id, position, name, value) VALUES(?, ?, ?, ?)");
    if (!extra.ok()) return extra.status();
    Status status =
        (*extra)->Bind(1, action_id).Bind(2, int64_t(i)).Bind(3, row.extra[i].first).Bind(4, row.extra[i].second).Run();
    if (!status.ok()) return status;
  }
  for (const std::string& flag : row.flags) {
    Result<Statement*> insert_flag = Cached("INSERT OR IGNORE INTO action_flags(action_id, flag) VALUES(?, ?)");
    if (!insert_flag.ok()) return insert_flag.status();
    if (Status status = (*insert_flag)->Bind(1, action_id).Bind(2, flag).Run(); !status.ok()) return status;
  }
  if (!row.timeframe.empty()) {
    Result<Statement*> when =
        Cached("INSERT INTO timeframes(action_id, text, start_date, end_date, kind) VALUES(?, ?, ?, ?, ?)");
    if (!when.ok()) return when.status();
    Statement& w = **when;
    w.Bind(1, action_id).Bind(2, row.timeframe).BindOrNull(3, row.dates.start).BindOrNull(4, row.dates.end);
    if (Status status = w.BindOrNull(5, row.dates.kind).Run(); !status.ok()) return status;
  }
  if (Status status = WriteTopics(action_id, row); !status.ok()) return status;
  return WriteLeads(action_id, row);
}

Status DocumentWriter::Write(const DocumentSource& source, const RecoveredPlan& plan) {
  Result<int64_t> board = BoardId(plan.info.board);
  if (!board.ok()) return board.status();
  Result<int64_t> document = DocumentId(source, plan.info, *board);
  if (!document.ok()) return document.status();
  for (const std::string& warning : plan.warnings) {
    Result<Statement*> insert = Cached("INSERT INTO document_warnings(document_id, message) VALUES(?, ?)");
    if (!insert.ok()) return insert.status();
    if (Status status = (*insert)->Bind(1, *document).Bind(2, warning).Run(); !status.ok()) return status;
  }
  for (size_t i = 0; i < plan.rows.size(); ++i) {
    if (Status status = WriteAction(*document, static_cast<int>(i), plan.rows[i]); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace planrows
