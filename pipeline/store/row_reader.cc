// Store::ForEachRow: reads stored rows back into the row model.
#include "pipeline/store/store.h"

namespace planrows {
namespace {

constexpr const char* kRowsSql = R"sql(
SELECT b.name, d.file_name, d.title, d.period_start, d.period_end,
       s.ref, s.title, a.id, a.ref, a.outcome, a.action, a.lead, a.timeframe, a.progress,
       a.page, a.line, a.x0, a.y0, a.x1, a.y1, a.confidence, a.status, t.start_date, t.end_date, t.kind, d.kind, b.key
FROM actions a
JOIN documents d ON d.id = a.document_id
JOIN boards b ON b.id = d.board_id
LEFT JOIN sections s ON s.id = a.section_id
LEFT JOIN timeframes t ON t.action_id = a.id
WHERE (?1 IS NULL OR b.key = ?1)
  AND (?2 = 0 OR d.id IN (SELECT document_id FROM plan_documents WHERE counted))
ORDER BY d.id, a.ordinal
)sql";

constexpr const char* kLeadsSql =
    "SELECT al.name, l.key, l.name, l.kind FROM action_leads al JOIN leads l ON l.id = al.lead_id "
    "WHERE al.action_id = ? ORDER BY al.position";
constexpr const char* kExtraSql = "SELECT name, value FROM action_extra WHERE action_id = ? ORDER BY position";
constexpr const char* kFlagsSql = "SELECT flag FROM action_flags WHERE action_id = ? ORDER BY rowid";
constexpr const char* kTopicsSql =
    "SELECT t.key, t.label, at.matched FROM action_topics at JOIN topics t ON t.id = at.topic_id "
    "WHERE at.action_id = ? ORDER BY at.rowid";

// Runs `query` for action `id`, calling `read` with it at each row.
template <typename Read>
Status ForEachDetail(Statement& query, int64_t id, Read read) {
  query.Reset();
  query.Bind(1, id);
  Result<bool> step = true;
  while ((step = query.Step()).ok() && *step) read(query);
  return step.status();
}

// The statements that read the parts of a row kept in tables of their own.
struct DetailQueries {
  Statement leads, extra, flags, topics;

  static Result<DetailQueries> Prepare(Database* db) {
    Result<Statement> leads = db->Prepare(kLeadsSql);
    Result<Statement> extra = db->Prepare(kExtraSql);
    Result<Statement> flags = db->Prepare(kFlagsSql);
    Result<Statement> topics = db->Prepare(kTopicsSql);
    for (const Status* status : {&leads.status(), &extra.status(), &flags.status(), &topics.status()}) {
      if (!status->ok()) return *status;
    }
    return DetailQueries{std::move(leads).value(), std::move(extra).value(), std::move(flags).value(),
                         std::move(topics).value()};
  }

  // Fills the leads, extra columns, flags and topics of action `id` into
  // `row`. Lead entities are as stored: the first name saved under a key.
  Status Read(int64_t id, ActionRow* row) {
    Status status = ForEachDetail(leads, id, [row](const Statement& s) {
      row->leads.push_back(s.Text(0));
      row->lead_entities.push_back(LeadEntity{s.Text(1), s.Text(2), s.Text(3)});
    });
    if (status.ok()) {
      status = ForEachDetail(extra, id, [row](const Statement& s) { row->extra.emplace_back(s.Text(0), s.Text(1)); });
    }
    if (status.ok()) {
      status = ForEachDetail(flags, id, [row](const Statement& s) { row->flags.push_back(s.Text(0)); });
    }
    if (status.ok()) {
      status = ForEachDetail(topics, id, [row](const Statement& s) {
        row->topics.push_back(TopicMatch{s.Text(0), s.Text(1), s.Text(2)});
      });
    }
    return status;
  }
};

// The row at the cursor of the kRowsSql statement `r`, without its details.
StoredRow ReadRow(const Statement& r) {
  StoredRow stored;
  stored.board = r.Text(0);
  stored.document = r.Text(1);
  stored.plan = PlanInfo{stored.board, r.Text(2), static_cast<int>(r.Int(3)), static_cast<int>(r.Int(4)), r.Text(26)};
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
  row.status = r.Text(21);
  row.dates = TimeframeDates{r.Text(22), r.Text(23), r.Text(24)};
  stored.action_id = r.Int(7);
  stored.document_kind = r.Text(25);
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
  rows->Bind(2, int64_t{filter.counted_only});
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
