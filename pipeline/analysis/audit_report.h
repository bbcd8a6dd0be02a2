// AuditReport: how complete the stored rows are, by board and by document,
// and the list of gaps an auditor should look at, each with where to look.
#ifndef PLANROWS_PIPELINE_ANALYSIS_AUDIT_REPORT_H_
#define PLANROWS_PIPELINE_ANALYSIS_AUDIT_REPORT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/store/database.h"

namespace planrows {

// Field counts over a set of rows.
struct Completeness {
  int rows = 0;
  int with_ref = 0, with_lead = 0, with_timeframe = 0, with_progress = 0;
  int flagged = 0;         // Rows shaped by a recovery heuristic.
  int low_confidence = 0;  // Rows OCR read with low confidence.

  // Share of rows with each of ref, lead, timeframe and progress, averaged,
  // in percent; 100 for no rows.
  double Score() const;
  void Add(const Completeness& other);
};

struct DocumentAudit {
  std::string board;
  std::string document;
  Completeness counts;
  // How plan-like its rows read, 0..1 (RowPlausibility); -1 when unknown
  // (stored by an older planrows, or a board's sum).
  double layout_confidence = -1;
  // False when no board name was read: the document has a board of its own
  // that board figures leave out.
  bool board_known = true;
  std::string board_key;
  // False for a rendition of a plan that another of its documents stands
  // for in totals and board figures (plan_documents).
  bool counted = true;
};

// Documents whose layout confidence is under this are worth a look by hand.
constexpr double kCheckLayoutBelow = 0.8;

// A row missing a field an auditor expects.
struct Gap {
  std::string board, document, ref, action;
  int page = 0, line = 0;
  std::vector<std::string> missing;  // "lead", "timeframe", "progress".
};

// The report's figures; the gaps, one per row at worst, are not held but
// read one at a time (ForEachGap), so that memory does not grow with rows.
struct AuditReport {
  std::vector<DocumentAudit> documents;  // In board, then document order.
  int64_t gap_count = 0;
  Completeness total;  // Over the counted documents: each plan once.

  // The report of the rows stored in `db`.
  static Result<AuditReport> Build(Database* db);
  // Calls `visit` for each gap in `db` in board, document, page and line
  // order, the first `limit` of them (all for a negative limit).
  static Status ForEachGap(Database* db, int64_t limit, const std::function<void(const Gap&)>& visit);
  // The counted documents' counts summed per board, in board order;
  // documents whose board was not read are left out (WithoutBoard lists them).
  std::vector<DocumentAudit> ByBoard() const;
  // The documents whose board name was not read.
  std::vector<DocumentAudit> WithoutBoard() const;
  // The documents, least plan-like layout first (unknown ones before all).
  std::vector<DocumentAudit> ByLayoutConfidence() const;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_ANALYSIS_AUDIT_REPORT_H_
