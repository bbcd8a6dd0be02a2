#include "pipeline/store/plan_matcher.h"

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Documents that may render the same plan: same board and period.
constexpr const char* kCandidatesSql =
    "SELECT id, plan_id, coalesce(title, '') FROM documents "
    "WHERE board_id = ?1 AND period_start IS ?2 AND period_end IS ?3 AND id <> ?4 AND plan_id IS NOT NULL "
    "ORDER BY id";
// Distinct refs of ?1, and how many of them ?2 has too.
constexpr const char* kSharedRefsSql =
    "SELECT count(DISTINCT a.ref), count(DISTINCT CASE WHEN a.ref IN (SELECT ref FROM actions WHERE document_id = ?2) "
    "THEN a.ref END) FROM actions a WHERE a.document_id = ?1 AND a.ref IS NOT NULL";

// Refs a plan must have before agreeing refs say two documents are one plan,
// and the share of them the other must have: OCR misreads a few.
constexpr int kMinRefs = 3;
constexpr double kAgreeingShare = 0.8;

// "BUSINESS PLAN 2015 – 2017" and "Business Plan 2015 - 2017" agree; so do a
// title and a longer one that holds it ("X Board Business Plan 2015/16").
bool TitlesAgree(const std::string& a, const std::string& b) {
  const std::string fa = CellText::FoldForMatch(a), fb = CellText::FoldForMatch(b);
  if (fa.empty() || fb.empty()) return fa == fb;
  return fa.find(fb) != std::string::npos || fb.find(fa) != std::string::npos;
}

// Binds `year` to parameter `index`, NULL when unknown (0).
void BindYear(Statement* statement, int index, int year) {
  if (year > 0) {
    statement->Bind(index, int64_t{year});
  } else {
    statement->BindNull(index);
  }
}

}  // namespace

Result<bool> PlanMatcher::RefsAgree(int64_t a, int64_t b) {
  Result<Statement> shared = db_->Prepare(kSharedRefsSql);
  if (!shared.ok()) return shared.status();
  Result<bool> row = shared->Bind(1, a).Bind(2, b).Step();
  if (!row.ok()) return row.status();
  const int64_t refs = shared->Int(0), in_both = shared->Int(1);
  return refs >= kMinRefs && in_both >= kAgreeingShare * refs;
}

Result<int64_t> PlanMatcher::PlanOf(int64_t document_id, int64_t board_id, const PlanInfo& info) {
  Result<Statement> candidates = db_->Prepare(kCandidatesSql);
  if (!candidates.ok()) return candidates.status();
  candidates->Bind(1, board_id).Bind(4, document_id);
  BindYear(&*candidates, 2, info.period_start);
  BindYear(&*candidates, 3, info.period_end);
  Result<bool> row = true;
  while ((row = candidates->Step()).ok() && *row) {
    if (TitlesAgree(info.title, candidates->Text(2))) return candidates->Int(1);
    Result<bool> agree = RefsAgree(document_id, candidates->Int(0));
    if (!agree.ok()) return agree.status();
    if (*agree) return candidates->Int(1);
  }
  if (!row.ok()) return row.status();
  return document_id;
}

}  // namespace planrows
