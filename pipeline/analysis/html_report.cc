#include "pipeline/analysis/html_report.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "pipeline/analysis/audit_report.h"
#include "pipeline/analysis/overlap_report.h"

namespace planrows {
namespace {

using json = nlohmann::ordered_json;

// The page: styles, the containers, and the script that fills them from
// the JSON in #data. Kept free of any external resource.
constexpr const char* kPage = R"html(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>planrows report</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.heat td.n{text-align:center;min-width:3em}.bar{background:#4a7ebb;height:1em}
.chart td{border:none}.gap{color:#a33}h2{margin-top:2em}
</style></head><body>
<h1>planrows report</h1>
<p id="summary"></p>
<h2>Boards by topic</h2><table class="heat" id="heatmap"></table>
<h2>Completeness</h2><table class="chart" id="completeness"></table>
<h2>Actions by board</h2><div id="boards"></div>
<script id="data" type="application/json">@DATA@</script>
<script>
const data = JSON.parse(document.getElementById('data').textContent);
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
document.getElementById('summary').textContent =
  `${data.boards.length} boards, ${data.total.rows} actions, overall completeness ${data.total.score.toFixed(1)}%`;
const heat = document.getElementById('heatmap');
const head = heat.insertRow(); head.appendChild(el('th', 'Topic'));
data.boards.forEach(b => head.appendChild(el('th', b)));
const max = Math.max(1, ...data.topics.flatMap(t => data.boards.map(b => (data.counts[b] || {})[t.label] || 0)));
data.topics.forEach(t => {
  const row = heat.insertRow(); row.appendChild(el('th', t.label));
  data.boards.forEach(b => {
    const n = (data.counts[b] || {})[t.label] || 0;
    const cell = el('td', n ? String(n) : '', 'n');
    cell.dataset.board = b; cell.dataset.topic = t.label;
    cell.style.background = `rgba(74,126,187,${n / max})`;
    if (n / max > 0.5) cell.style.color = '#fff';
    row.appendChild(cell);
  });
});
const chart = document.getElementById('completeness');
data.completeness.forEach(c => {
  const row = chart.insertRow(); row.className = 'board-completeness';
  row.appendChild(el('td', c.board));
  const barCell = row.insertCell(); const bar = el('div', '', 'bar'); bar.style.width = `${2 * c.score}px`; barCell.appendChild(bar);
  row.appendChild(el('td', `${c.score.toFixed(0)}%  (lead ${c.lead}%, timeframe ${c.timeframe}%, progress ${c.progress}%)`));
});
const boards = document.getElementById('boards');
data.boards.forEach(b => {
  const section = el('section', undefined, 'board'); section.appendChild(el('h3', b));
  const table = el('table'); const h = table.insertRow();
  ['Document', 'Page', 'Ref', 'Action', 'Lead', 'Timeframe', 'Status'].forEach(x => h.appendChild(el('th', x)));
  (data.rows[b] || []).forEach(r => {
    const row = table.insertRow(); row.className = 'action';
    [r.document, r.page, r.ref, r.action, r.lead, r.timeframe, r.status].forEach((v, i) => {
      const cell = row.insertCell(); cell.textContent = v || (i === 4 || i === 5 ? 'missing' : '');
      if (!v && (i === 4 || i === 5)) cell.className = 'gap';
    });
  });
  section.appendChild(table); boards.appendChild(section);
});
</script></body></html>
)html";

int Percent(int part, int whole) { return whole == 0 ? 0 : (100 * part + whole / 2) / whole; }

// A board's rows in document and plan order, each plan's counted rendition
// only (as in the figures), through the indexes of documents by board and
// actions by document (no sort, no scan).
constexpr const char* kBoardRowsSql = R"sql(
SELECT d.file_name, a.page, a.ref, a.action, a.lead, a.timeframe, a.status
FROM boards b JOIN documents d ON d.board_id = b.id
JOIN plan_documents p ON p.document_id = d.id AND p.counted
JOIN actions a ON a.document_id = d.id
WHERE b.key = ?
ORDER BY d.id, a.ordinal
)sql";

// `value` as compact JSON with every "<" written \u003c: "</script",
// "<!--" and "<script" in a file name or a cell would otherwise end the
// script element early or swallow the page. A "<" is only ever inside a
// string of the JSON.
std::string Embedded(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  for (size_t at = 0; (at = text.find('<', at)) != std::string::npos; at += 6) text.replace(at, 1, "\\u003c");
  return text;
}

// The page's data but its rows, as the script above reads it; `boards`
// gets the boards it shows.
Result<json> Summary(Store* store, std::vector<DocumentAudit>* boards) {
  Result<OverlapReport> overlap = OverlapReport::Build(store->database(), 0);
  if (!overlap.ok()) return overlap.status();
  Result<AuditReport> audit = AuditReport::Build(store->database());
  if (!audit.ok()) return audit.status();
  json data;
  data["boards"] = json::array();
  data["topics"] = json::array();
  for (const TopicSpread& t : overlap->topics) data["topics"].push_back({{"key", t.key}, {"label", t.label}});
  data["counts"] = overlap->counts;
  data["completeness"] = json::array();
  for (const DocumentAudit& b : audit->ByBoard()) {
    boards->push_back(b);
    data["boards"].push_back(b.board);
    const Completeness& c = b.counts;
    data["completeness"].push_back({{"board", b.board}, {"score", c.Score()}, {"lead", Percent(c.with_lead, c.rows)},
                                    {"timeframe", Percent(c.with_timeframe, c.rows)},
                                    {"progress", Percent(c.with_progress, c.rows)}});
  }
  data["total"] = {{"rows", audit->total.rows}, {"score", audit->total.Score()}};
  return data;
}

// Writes the rows of the board keyed `board_key` to `out` as a JSON array,
// one row at a time.
Status WriteBoardRows(Database* db, const std::string& board_key, std::ostream& out) {
  Result<Statement> rows = db->Prepare(kBoardRowsSql);
  if (!rows.ok()) return rows.status();
  rows->Bind(1, board_key);
  out << '[';
  Result<bool> step = true;
  for (bool first = true; (step = rows->Step()).ok() && *step; first = false) {
    const Statement& r = *rows;
    json row = {{"document", r.Text(0)}, {"page", r.Int(1)},      {"ref", r.Text(2)},   {"action", r.Text(3)},
                {"lead", r.Text(4)},     {"timeframe", r.Text(5)}, {"status", r.Text(6)}};
    out << (first ? "" : ",") << Embedded(row);
  }
  out << ']';
  return step.status();
}

}  // namespace

Status HtmlReport::Render(Store* store, std::ostream& out) {
  std::vector<DocumentAudit> boards;
  Result<json> summary = Summary(store, &boards);
  if (!summary.ok()) return summary.status();
  const std::string page = kPage;
  const size_t data_at = page.find("@DATA@");
  // The data object with its last member, rows by board, written board by
  // board and row by row: the page costs no more memory for more rows.
  std::string head = Embedded(*summary);
  head.pop_back();  // Its closing brace: "rows" follows.
  out << page.substr(0, data_at) << head << ",\"rows\":{";
  for (size_t i = 0; i < boards.size(); ++i) {
    out << (i > 0 ? "," : "") << Embedded(boards[i].board) << ':';
    if (Status status = WriteBoardRows(store->database(), boards[i].board_key, out); !status.ok()) return status;
  }
  out << "}}" << page.substr(data_at + 6);
  return out ? Status::Ok() : Status::IoError("cannot write the report");
}

}  // namespace planrows
