#!/usr/bin/env bash
# The export carries the normalized values beside the printed ones, in
# JSONL, CSV and XLSX: every row has each new key, action ids stay across a
# re-ingest of unchanged files, numbers are numbers in the workbook, and the
# keys other tools read are as before.
# usage: export_keys_test.sh PLANROWS CORPUS_DIR
planrows=$1 corpus=$2
source "$(dirname "$0")/check.sh"
db="$work/plans.sqlite"

"$planrows" --db "$db" ingest "$corpus/seeds" > /dev/null
"$planrows" --db "$db" export > "$work/first.jsonl"
check "every row carries every new key, with values of its type" python3 - "$work/first.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
assert len(rows) > 100
for r in rows:
    assert isinstance(r["action_id"], int)
    assert r["status"] is None or isinstance(r["status"], str)
    for key in ("start_date", "end_date", "timeframe_kind", "plan_period"):
        assert key in r
    assert isinstance(r["topics"], list) and isinstance(r["lead_entities"], list)
    assert len(r["lead_entities"]) == len(r["leads"])
    assert all(set(e) == {"key", "name", "kind"} for e in r["lead_entities"])
    assert r["document_kind"] == "text"
    assert (r["timeframe"] is None) == (r["timeframe_kind"] is None)
assert len({r["action_id"] for r in rows}) == len(rows)
assert any(r["start_date"] for r in rows) and any(r["topics"] for r in rows) and any(r["status"] for r in rows)
assert all(r["plan_period"] for r in rows)
PY
check "the printed keys come first, in their order" python3 -c '
import json, sys
keys = list(json.loads(open(sys.argv[1]).readline()))
assert keys[:17] == ["board", "document", "section_ref", "section", "ref", "outcome", "action", "lead", "leads",
                     "timeframe", "progress", "page", "line", "bbox", "confidence", "flags", "extra"], keys' "$work/first.jsonl"

"$planrows" --db "$db" ingest "$corpus/seeds" > /dev/null
"$planrows" --db "$db" export > "$work/second.jsonl"
check "action ids are stable across a re-ingest of unchanged files" cmp -s "$work/first.jsonl" "$work/second.jsonl"
check "action ids join the views back to actions" test "$(sqlite3 "$db" \
  'SELECT count(*) FROM row_gaps g JOIN action_timeframes t USING (action_id) JOIN actions a ON a.id = g.action_id')" -gt 0

"$planrows" --db "$db" export --format csv > "$work/rows.csv"
check "CSV has the new columns, lead entities as JSON" python3 -c '
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert all(r["action_id"].isdigit() for r in rows)
assert all(isinstance(json.loads(r["lead_entities"]), list) for r in rows if r["lead_entities"])
assert any(";" in r["topics"] for r in rows)' "$work/rows.csv"
"$planrows" --db "$db" export --format xlsx --out "$work/rows.xlsx"
check "XLSX holds page, line and action id as numbers" python3 -c '
import re, sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
second = re.search(r"<row r=\"2\".*?</row>", sheet).group(0)
numbers = re.findall(r"<c r=\"([A-Z]+)2\"(?: s=\"\d+\")?><v>", second)
assert {"L", "M", "R"} <= set(numbers), numbers' "$work/rows.xlsx"

exit $((failures > 0))
