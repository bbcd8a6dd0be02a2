#include "pipeline/store/plan_matcher.h"

#include <sstream>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Documents that may render the same plan: same board, and the same period
// or one that was not read (OCR may miss a title page).
constexpr const char* kCandidatesSql =
    "SELECT id, plan_id, coalesce(title, '') FROM documents "
    "WHERE board_id = ?1 AND id <> ?4 AND plan_id IS NOT NULL "
    "AND ((period_start IS ?2 AND period_end IS ?3) OR period_start IS NULL OR ?2 IS NULL) ORDER BY id";
// The words of a document's rows: refs, actions and outcomes.
constexpr const char* kRowTextSql =
    "SELECT count(*), group_concat(coalesce(ref, '') || ' ' || coalesce(action, '') || ' ' || coalesce(outcome, ''), "
    "' ') FROM actions WHERE document_id = ?";
constexpr const char* kSetPlanSql = "UPDATE documents SET plan_id = ? WHERE id = ?";

// Rows two documents need before their words can say they are one plan, and
// the share of words (Jaccard) they must have in common: OCR misreads some,
// another plan of the same board shares far fewer.
constexpr int kMinRows = 3;
constexpr double kAgreeingShare = 0.6;
// Words shorter than this ("of", "the", refs' digits) say little about a plan.
constexpr size_t kMinWordLength = 4;

// "BUSINESS PLAN 2015 – 2017" and "Business Plan 2015 - 2017" agree; so do a
// title and a longer one that holds it ("X Board Business Plan 2015/16").
bool TitlesAgree(const std::string& a, const std::string& b) {
  const std::string fa = CellText::FoldForMatch(a), fb = CellText::FoldForMatch(b);
  if (fa.empty() || fb.empty()) return false;  // Unread titles say nothing; the rows may.
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

Result<std::set<std::string>> PlanMatcher::RowWords(int64_t document_id) {
  Result<Statement*> prepared = statements_->Get(kRowTextSql);
  if (!prepared.ok()) return prepared.status();
  Statement& text = **prepared;
  Result<bool> row = text.Bind(1, document_id).Step();
  if (!row.ok()) return row.status();
  std::set<std::string> words;
  if (text.Int(0) < kMinRows) return words;
  std::istringstream folded(CellText::FoldForMatch(text.Text(1)));
  for (std::string word; folded >> word;) {
    if (word.size() >= kMinWordLength) words.insert(word);
  }
  return words;
}

Result<bool> PlanMatcher::RowsAgree(int64_t a, int64_t b) {
  Result<std::set<std::string>> words_a = RowWords(a), words_b = RowWords(b);
  if (!words_a.ok()) return words_a.status();
  if (!words_b.ok()) return words_b.status();
  if (words_a->empty() || words_b->empty()) return false;
  size_t shared = 0;
  for (const std::string& word : *words_a) shared += words_b->count(word);
  return shared >= kAgreeingShare * (words_a->size() + words_b->size() - shared);
}

Result<int64_t> PlanMatcher::PlanOf(int64_t document_id, int64_t board_id, const PlanInfo& info) {
  Result<Statement*> prepared = statements_->Get(kCandidatesSql);
  if (!prepared.ok()) return prepared.status();
  Statement& candidates = **prepared;
  candidates.Bind(1, board_id).Bind(4, document_id);
  BindYear(&candidates, 2, info.period_start);
  BindYear(&candidates, 3, info.period_end);
  Result<bool> row = true;
  while ((row = candidates.Step()).ok() && *row) {
    if (TitlesAgree(info.title, candidates.Text(2))) return candidates.Int(1);
    Result<bool> agree = RowsAgree(document_id, candidates.Int(0));
    if (!agree.ok()) return agree.status();
    if (*agree) return candidates.Int(1);
  }
  if (!row.ok()) return row.status();
  return document_id;
}

Status PlanMatcher::Assign(int64_t document_id, int64_t board_id, const PlanInfo& info) {
  Result<int64_t> plan = PlanOf(document_id, board_id, info);
  if (!plan.ok()) return plan.status();
  Result<Statement*> prepared = statements_->Get(kSetPlanSql);
  if (!prepared.ok()) return prepared.status();
  Statement& set_plan = **prepared;
  return set_plan.Bind(1, *plan).Bind(2, document_id).Run();
}

}  // namespace planrows
