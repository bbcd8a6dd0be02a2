#include "pipeline/analysis/html_report.h"

#include <nlohmann/json.hpp>

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

// The page's data, as the script above reads it.
Result<json> Data(Store* store) {
  Result<OverlapReport> overlap = OverlapReport::Build(store->database(), 0);
  if (!overlap.ok()) return overlap.status();
  Result<AuditReport> audit = AuditReport::Build(store->database());
  if (!audit.ok()) return audit.status();
  json data;
  data["boards"] = json::array();
  for (const DocumentAudit& board : audit->ByBoard()) data["boards"].push_back(board.board);
  data["topics"] = json::array();
  for (const TopicSpread& t : overlap->topics) data["topics"].push_back({{"key", t.key}, {"label", t.label}});
  data["counts"] = overlap->counts;
  data["completeness"] = json::array();
  for (const DocumentAudit& b : audit->ByBoard()) {
    const Completeness& c = b.counts;
    data["completeness"].push_back({{"board", b.board}, {"score", c.Score()}, {"lead", Percent(c.with_lead, c.rows)},
                                    {"timeframe", Percent(c.with_timeframe, c.rows)},
                                    {"progress", Percent(c.with_progress, c.rows)}});
  }
  data["total"] = {{"rows", audit->total.rows}, {"score", audit->total.Score()}};
  data["rows"] = json::object();
  RowFilter counted;
  counted.counted_only = true;  // Each plan once, as in the figures above.
  Status status = store->ForEachRow(counted, [&data](const StoredRow& r) {
    data["rows"][r.board].push_back({{"document", r.document}, {"page", r.row.where.page}, {"ref", r.row.ref},
                                     {"action", r.row.action}, {"lead", r.row.lead}, {"timeframe", r.row.timeframe},
                                     {"status", r.row.status}});
  });
  if (!status.ok()) return status;
  return data;
}

}  // namespace

Result<std::string> HtmlReport::Render(Store* store) {
  Result<json> data = Data(store);
  if (!data.ok()) return data.status();
  // Every "<" of the embedded JSON (only ever inside its strings) is
  // written \u003c: "</script", "<!--" and "<script" in a file name or a
  // cell would otherwise end the script element early or swallow the page.
  std::string text = data->dump(-1, ' ', false, json::error_handler_t::replace);
  for (size_t at = 0; (at = text.find('<', at)) != std::string::npos; at += 6) text.replace(at, 1, "\\u003c");
  std::string page = kPage;
  page.replace(page.find("@DATA@"), 6, text);
  return page;
}

}  // namespace planrows
