#!/usr/bin/env bash
# What replacing a changed document costs as the database grows: 50 small
# plans (30 rows) are stored in a database that already holds 10,000 rows,
# then in one of 100,000, and changed and re-ingested (each one replaced)
# REPEATS times; best per-document time of each, and their ratio (target:
# under 2; before issue 10's indexes it was 6.7). Ratios, not absolute
# times, are what to compare on a shared machine.
# usage: tools/replace_bench.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"
repeats=${2:-3}
changed=50

# Seconds per replaced document, best of REPEATS, in a database of ROWS rows.
replace_cost() {
  local rows=$1 db="$work/db$1.sqlite" best=""
  tools/make_bulk_plans.py "$work/filler$rows" $((rows / 1000)) 1000 --prefix filler
  "$planrows" --db "$db" ingest --jobs 1 "$work/filler$rows" > /dev/null
  tools/make_bulk_plans.py "$work/changed" "$changed" 30 --prefix changed --tag v0
  "$planrows" --db "$db" ingest --jobs 1 "$work/changed" > /dev/null
  for round in $(seq "$repeats"); do
    tools/make_bulk_plans.py "$work/changed" "$changed" 30 --prefix changed --tag "v$rows-$round"
    local start
    start=$(now)
    "$planrows" --db "$db" ingest --jobs 1 "$work/changed" > "$work/log"
    best=$(min_of "$best" "$(echo "($(now) - $start) / $changed" | bc -l)")
    test "$(grep -c '^replaced' "$work/log")" -eq "$changed"
  done
  echo "$best"
}

small=$(replace_cost 10000)
large=$(replace_cost 100000)
printf 'replacing a 30-row document: %.1f ms in a 10,000-row database, %.1f ms in a 100,000-row one, ratio %.2f (target < 2)\n' \
  "$(echo "$small * 1000" | bc -l)" "$(echo "$large * 1000" | bc -l)" "$(echo "$large / $small" | bc -l)"
