#!/usr/bin/env bash
# The HTML report, rendered in headless Chromium: the page draws its heat
# map, completeness chart and action tables from its embedded data, with no
# network; the test reads what the rendered page shows.
# usage: report_test.sh PLANROWS CORPUS_DIR
set -uo pipefail
planrows=$1 corpus=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

"$planrows" --db "$work/plans.sqlite" ingest "$corpus/seeds" > /dev/null
"$planrows" --db "$work/plans.sqlite" report --out "$work/report.html" > /dev/null
check "the report is written" test -s "$work/report.html"
check "the report loads nothing from the network" bash -c "! grep -Eq '(src|href)=\"?https?:' '$work/report.html'"

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --dump-dom "file://$work/report.html" > "$work/dom.html" 2> "$work/chromium.log"
check "Chromium renders the page" test -s "$work/dom.html"
check "the summary names five boards" grep -q '5 boards, 205 actions' "$work/dom.html"
check "the heat map has a cell per board and topic, CSE counted for West Berkshire" \
  grep -Eq 'data-board="West Berkshire Local Safeguarding Children Board" data-topic="Child sexual exploitation"[^>]*>[1-9]' "$work/dom.html"
check "the completeness chart has a bar per board" test "$(grep -o 'class="board-completeness"' "$work/dom.html" | wc -l)" -eq 5
check "each board has a table of its actions" test "$(grep -o 'class="action"' "$work/dom.html" | wc -l)" -eq 205
check "missing leads are shown as gaps" grep -q 'class="gap">missing' "$work/dom.html"

# A file name that would open an HTML comment and a script inside the
# embedded data blanked the whole page once (issue 10).
mkdir "$work/hostile"
cp "$corpus/seeds/002_482c4765827834fc.txt" "$work/hostile/plan<!--<script>.txt"
"$planrows" --db "$work/hostile.sqlite" ingest "$work/hostile" > /dev/null
"$planrows" --db "$work/hostile.sqlite" report --out "$work/hostile.html" > /dev/null
check "no '<' of the data is left in the page's data element" \
  test "$(sed -n 's|.*<script id="data" type="application/json">\(.*\)</script>.*|\1|p' "$work/hostile.html" | tr -cd '<' | wc -c)" -eq 0
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --dump-dom "file://$work/hostile.html" > "$work/hostile-dom.html" 2>> "$work/chromium.log"
check "the page with a hostile file name still shows its actions" \
  test "$(grep -o 'class="action"' "$work/hostile-dom.html" | wc -l)" -eq 31
check "the hostile file name is shown as text" grep -q 'plan&lt;!--&lt;script&gt;.txt' "$work/hostile-dom.html"
exit $((failures > 0))
