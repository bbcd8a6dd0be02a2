#!/usr/bin/env bash
# Parallel speed-up of `planrows ingest`: --jobs 2 against --jobs 1, best of
# REPEATS each, on 500 generated text plans (tools/make_bulk_plans.py, 30
# rows) and on the born-digital corpus PDFs copied five times (95 files).
# Prints each time and the speed-up (target 1.7 on an idle 2-core machine;
# a loaded machine shows less, so note the load average printed with it).
# usage: tools/jobs_bench.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"
repeats=${2:-3}

tools/make_bulk_plans.py "$work/text" 500 30
copy_corpus_pdfs "$work/pdf" 5

# Best wall-clock seconds of REPEATS ingests of INPUT at JOBS, each into a
# fresh database.
best_time() {
  local input=$1 jobs=$2 best=""
  for _ in $(seq "$repeats"); do
    rm -f "$work"/bench.sqlite*
    local start
    start=$(now)
    "$planrows" --db "$work/bench.sqlite" ingest --jobs "$jobs" --no-ocr "$input" > /dev/null
    best=$(min_of "$best" "$(echo "$(now) - $start" | bc -l)")
  done
  echo "$best"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for batch in text pdf; do
  one=$(best_time "$work/$batch" 1)
  two=$(best_time "$work/$batch" 2)
  printf '%-5s --jobs 1 %.2fs, --jobs 2 %.2fs, speed-up %.2f (target 1.7)\n' "$batch" "$one" "$two" \
    "$(echo "$one / $two" | bc -l)"
done
