#!/usr/bin/env bash
# Peak memory of the read commands as the database grows: `report`, `audit`
# (text and JSON) and `export` (JSONL and XLSX) on a database of 10,000
# rows and one of 100,000 (tools/make_bulk_plans.py: plans of 1,000 rows),
# peak RSS by /usr/bin/time -v, and the ratio 100,000 / 10,000 (flat is
# 1; the report's target is under 100 MB at 100,000 rows).
# usage: tools/read_bench.sh [BUILD_DIR]
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"

for rows in 10000 100000; do
  tools/make_bulk_plans.py "$work/plans$rows" $((rows / 1000)) 1000
  "$planrows" --db "$work/db$rows.sqlite" ingest --jobs 1 "$work/plans$rows" > /dev/null
done

# Peak RSS in MB of planrows with the database of ROWS rows and ARGS.
peak_mb() {
  local rows=$1
  shift
  /usr/bin/time -v "$planrows" --db "$work/db$rows.sqlite" "$@" > /dev/null 2> "$work/time"
  awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time"
}

printf '%-22s %14s %15s %6s\n' command "10,000 rows" "100,000 rows" ratio
run() {
  local name=$1
  shift
  local small large
  small=$(peak_mb 10000 "${@//ROWS/10000}")
  large=$(peak_mb 100000 "${@//ROWS/100000}")
  printf '%-22s %11s MB %12s MB %6.2f\n' "$name" "$small" "$large" "$(echo "$large / $small" | bc -l)"
}
run "report" report --out "$work/report-ROWS.html"
run "audit" audit
run "audit --format json" audit --format json
run "export (JSONL)" export
run "export --format xlsx" export --format xlsx --out "$work/rows-ROWS.xlsx"
