// Store::ForEachRow: reads stored rows back into the row model.
#include "pipeline/store/store.h"

namespace planrows {
namespace {

constexpr const char* kRowsSql = R"sql(
SELECT b.name, d.file_name, d.title, d.period_start, d.period_end,
       s.ref, s.title, a.id, a.ref, a.outcome, a.action, a.lead, a.timeframe, a.progress,
       a.page, a.line, a.x0, a.y0, a.x1, a.y1, a.confidence, a.status
FROM actions a
JOIN documents d ON d.id = a.document_id
JOIN boards b ON b.id = d.board_id
LEFT JOIN sections s ON s.id = a.section_id
WHERE ?1 IS NULL OR b.key = ?1
ORDER BY d.id, a.ordinal
)sql";

// The statements that read the parts of a row kept in tables of their own.
struct DetailQueries {
  Statement leads, extra, flags;

  static Result<DetailQueries> Prepare(Database* db) {
    Result<Statement> leads = db->Prepare("SELECT name FROM action_leads WHERE action_id = ? ORDER BY position");
    Result<Statement> extra = db->Prepare("SELECT name, value FROM action_extra WHERE action_id = ? ORDER BY position");
    Result<Statement> flags = db->Prepare("SELECT flag FROM action_flags WHERE action_id = ? ORDER BY rowid");
    if (!leads.ok()) return leads.status();
    if (!extra.ok()) return extra.status();
    if (!flags.ok()) return flags.status();
    return DetailQueries{std::move(leads).value(), std::move(extra).value(), std::move(flags).value()};
  }

  // Fills the leads, extra columns and flags of action `id` into `row`.
  Status Read(int64_t id, ActionRow* row) {
    for (Statement* s : {&leads, &extra, &flags}) s->Reset();
    leads.Bind(1, id);
    extra.Bind(1, id);
    flags.Bind(1, id);
    Result<bool> r = true;
    while ((r = leads.Step()).ok() && *r) row->leads.push_back(leads.Text(0));
    if (!r.ok()) return r.status();
    while ((r = extra.Step()).ok() && *r) row->extra.emplace_back(extra.Text(0), extra.Text(1));
    if (!r.ok()) return r.status();
    while ((r = flags.Step()).ok() && *r) row->flags.push_back(flags.Text(0));
    return r.ok() ? Status::Ok() : r.status();
  }
};

// The row at the cursor of the kRowsSql statement `r`, without its details.
StoredRow ReadRow(const Statement& r) {
  StoredRow stored;
  stored.board = r.Text(0);
  stored.document = r.Text(1);
  stored.plan = PlanInfo{stored.board, r.Text(2), static_cast<int>(r.Int(3)), static_cast<int>(r.Int(4))};
  ActionRow& row = stored.row;
  row.section_ref = r.Text(5);
  row.section = r.Text(6);
  row.ref = r.Text(8);
  row.outcome = r.Text(9);
  row.action = r.Text(10);
  row.lead = r.Text(11);
  row.timeframe = r.Text(12);
  row.progress = r.Text(13);
  row.where.page = static_cast<int>(r.Int(14));
  row.where.line = static_cast<int>(r.Int(15));
  row.where.box = Box{r.Real(16), r.Real(17), r.Real(18), r.Real(19)};
  row.where.confidence = r.IsNull(20) ? -1 : r.Real(20);
  return stored;
}

}  // namespace

Status Store::ForEachRow(const RowFilter& filter, const std::function<void(const StoredRow&)>& visit) {
  Result<Statement> rows = db_->Prepare(kRowsSql);
  if (!rows.ok()) return rows.status();
  Result<DetailQueries> details = DetailQueries::Prepare(db_.get());
  if (!details.ok()) return details.status();
  // A name in any case or spacing, or the key itself, gives the board's key.
  if (!filter.board.empty()) rows->Bind(1, BoardKey(filter.board));
  while (true) {
    Result<bool> step = rows->Step();
    if (!step.ok()) return step.status();
    if (!*step) return Status::Ok();
    StoredRow stored = ReadRow(*rows);
    if (Status status = details->Read(rows->Int(7), &stored.row); !status.ok()) return status;
    visit(stored);
  }
}

}  // namespace planrows
