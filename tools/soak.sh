#!/usr/bin/env bash
# Soak benchmark of `planrows ingest`: 1,000 and 5,000 generated text plans
# (tools/make_bulk_plans.py, 30 rows each) and the born-digital corpus PDFs
# copied ten times, each batch into a fresh database at --jobs 1 and
# --jobs 2: documents/s, rows/s and peak RSS (/usr/bin/time -v). Peak RSS
# should not grow with the batch: the 5,000/1,000 ratio is printed (target
# under 1.2). Timings on a shared machine are for comparing with each other.
# usage: tools/soak.sh [BUILD_DIR]
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"

tools/make_bulk_plans.py "$work/text1000" 1000 30
tools/make_bulk_plans.py "$work/text5000" 5000 30
copy_corpus_pdfs "$work/pdf" 10

# Prints "documents seconds documents/s rows/s peak-RSS-MB" for one batch.
soak() {
  local input=$1 jobs=$2
  rm -f "$work"/soak.sqlite*
  /usr/bin/time -v "$planrows" --db "$work/soak.sqlite" ingest --jobs "$jobs" "$input" > "$work/out" 2> "$work/time"
  local documents rows seconds rss
  documents=$(grep -c '^stored' "$work/out")
  rows=$(sed -n 's/^total: .* documents, \([0-9]*\) rows stored.*/\1/p' "$work/out")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$work/time")
  printf '%s %s %.0f %.0f %.1f\n' "$documents" "$seconds" "$(echo "$documents / $seconds" | bc -l)" \
    "$(echo "$rows / $seconds" | bc -l)" "$rss"
}

printf '%-12s %-5s %9s %8s %10s %8s %12s\n' batch jobs documents seconds "docs/s" "rows/s" "peak RSS MB"
for jobs in 1 2; do
  declare -A rss=()
  for batch in text1000 text5000 pdf; do
    read -r documents seconds per_second rows_per_second peak <<< "$(soak "$work/$batch" "$jobs")"
    rss[$batch]=$peak
    printf '%-12s %-5s %9s %8s %10s %8s %12s\n' "$batch" "$jobs" "$documents" "$seconds" "$per_second" \
      "$rows_per_second" "$peak"
  done
  printf 'jobs %s: peak RSS of 5,000 text plans / 1,000: %.2f (target < 1.2)\n' "$jobs" \
    "$(echo "${rss[text5000]} / ${rss[text1000]}" | bc -l)"
done
