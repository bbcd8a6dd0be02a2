#include "pipeline/analysis/audit_report.h"

#include <algorithm>
#include <iterator>

#include "pipeline/recovery/row_finisher.h"

namespace planrows {
namespace {

Result<std::vector<DocumentAudit>> ReadDocuments(Database* db) {
  Result<Statement> s = db->Prepare(
      "SELECT c.board, c.document, c.rows, c.with_ref, c.with_lead, c.with_timeframe, c.with_progress, c.flagged, "
      "(SELECT count(*) FROM actions a JOIN action_flags f ON f.action_id = a.id "
      " WHERE a.document_id = c.document_id AND f.flag = ?), c.layout_confidence, b.known, b.key, p.counted "
      "FROM document_completeness c JOIN documents d ON d.id = c.document_id JOIN boards b ON b.id = d.board_id "
      "JOIN plan_documents p ON p.document_id = c.document_id "
      "ORDER BY c.board, c.document");
  if (!s.ok()) return s.status();
  s->Bind(1, std::string(kLowConfidenceFlag));
  std::vector<DocumentAudit> documents;
  Result<bool> row = true;
  while ((row = s->Step()).ok() && *row) {
    DocumentAudit d{s->Text(0), s->Text(1), {}, s->IsNull(9) ? -1 : s->Real(9)};
    Completeness& c = d.counts;
    c.rows = static_cast<int>(s->Int(2));
    c.with_ref = static_cast<int>(s->Int(3));
    c.with_lead = static_cast<int>(s->Int(4));
    c.with_timeframe = static_cast<int>(s->Int(5));
    c.with_progress = static_cast<int>(s->Int(6));
    c.flagged = static_cast<int>(s->Int(7));
    c.low_confidence = static_cast<int>(s->Int(8));
    d.board_known = s->Int(10) != 0;
    d.board_key = s->Text(11);
    d.counted = s->Int(12) != 0;
    documents.push_back(std::move(d));
  }
  if (!row.ok()) return row.status();
  return documents;
}

Result<int64_t> CountGaps(Database* db) {
  Result<Statement> s = db->Prepare("SELECT count(*) FROM row_gaps");
  if (!s.ok()) return s.status();
  Result<bool> row = s->Step();
  if (!row.ok()) return row.status();
  return s->Int(0);
}

}  // namespace

double Completeness::Score() const {
  if (rows == 0) return 100;
  return 100.0 * (with_ref + with_lead + with_timeframe + with_progress) / (4.0 * rows);
}

void Completeness::Add(const Completeness& o) {
  rows += o.rows;
  with_ref += o.with_ref;
  with_lead += o.with_lead;
  with_timeframe += o.with_timeframe;
  with_progress += o.with_progress;
  flagged += o.flagged;
  low_confidence += o.low_confidence;
}

Result<AuditReport> AuditReport::Build(Database* db) {
  AuditReport report;
  Result<std::vector<DocumentAudit>> documents = ReadDocuments(db);
  if (!documents.ok()) return documents.status();
  report.documents = std::move(documents).value();
  for (const DocumentAudit& d : report.documents) {
    if (d.counted) report.total.Add(d.counts);
  }
  Result<int64_t> gaps = CountGaps(db);
  if (!gaps.ok()) return gaps.status();
  report.gap_count = *gaps;
  return report;
}

Status AuditReport::ForEachGap(Database* db, int64_t limit, const std::function<void(const Gap&)>& visit) {
  Result<Statement> s = db->Prepare(
      "SELECT board, document, page, line, ref, action, missing_lead, missing_timeframe, missing_progress "
      "FROM row_gaps ORDER BY board, document, page, line LIMIT ?");
  if (!s.ok()) return s.status();
  s->Bind(1, limit);
  Result<bool> row = true;
  while ((row = s->Step()).ok() && *row) {
    Gap gap{s->Text(0), s->Text(1), s->Text(4), s->Text(5), static_cast<int>(s->Int(2)),
            static_cast<int>(s->Int(3)), {}};
    if (s->Int(6)) gap.missing.push_back("lead");
    if (s->Int(7)) gap.missing.push_back("timeframe");
    if (s->Int(8)) gap.missing.push_back("progress");
    visit(gap);
  }
  return row.status();
}

std::vector<DocumentAudit> AuditReport::ByBoard() const {
  std::vector<DocumentAudit> boards;
  for (const DocumentAudit& d : documents) {
    if (!d.board_known || !d.counted) continue;
    if (boards.empty() || boards.back().board != d.board) boards.push_back(DocumentAudit{d.board, "", {}, -1, true, d.board_key});
    boards.back().counts.Add(d.counts);
  }
  return boards;
}

std::vector<DocumentAudit> AuditReport::WithoutBoard() const {
  std::vector<DocumentAudit> unread;
  std::copy_if(documents.begin(), documents.end(), std::back_inserter(unread),
               [](const DocumentAudit& d) { return !d.board_known; });
  return unread;
}

std::vector<DocumentAudit> AuditReport::ByLayoutConfidence() const {
  std::vector<DocumentAudit> sorted = documents;
  std::stable_sort(sorted.begin(), sorted.end(), [](const DocumentAudit& a, const DocumentAudit& b) {
    return a.layout_confidence < b.layout_confidence;
  });
  return sorted;
}

}  // namespace planrows
