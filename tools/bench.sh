#!/usr/bin/env bash
# Speed benchmark, reported as ratios against reference tools run on the
# same files in the same run (never a timed test):
#  1. born-digital PDFs: `planrows ingest` (extraction, recovery and
#     storage) against `pdftotext -layout` on corpus/pdf;
#  2. scanned PDFs: planrows' seconds per OCRed page against
#     `pdftoppm -r 300 -gray` + the `tesseract` command on corpus/scanned.
# usage: tools/bench.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build} repeats=${2:-5}
planrows="$build/planrows"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

# Best of REPEATS, so that a busy machine inflates neither side.
best_of() {
  local best=""
  for _ in $(seq "$repeats"); do
    local start end t
    start=$(now); "$@" > /dev/null 2>&1; end=$(now)
    t=$(elapsed "$start" "$end")
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

pdftotext_all() { for f in corpus/pdf/*.pdf; do pdftotext -layout "$f" "$work/out.txt"; done; }
planrows_pdf() { rm -f "$work"/pdf.sqlite*; "$planrows" --db "$work/pdf.sqlite" ingest --jobs "$jobs" corpus/pdf; }
reference=$(best_of pdftotext_all)
for jobs in 1 "$(nproc)"; do
  ours=$(best_of planrows_pdf)
  printf 'born-digital PDFs (%s files): planrows ingest --jobs %s %.3fs, pdftotext -layout %.3fs, ratio %.2f (target <= 1.5)\n' \
    "$(ls corpus/pdf/*.pdf | wc -l)" "$jobs" "$ours" "$reference" "$(echo "$ours / $reference" | bc -l)"
done

pages=0
for f in corpus/scanned/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
tesseract_all() {
  for f in corpus/scanned/*.pdf; do
    pdftoppm -r 300 -gray "$f" "$work/page"
    for image in "$work"/page*.pgm; do OMP_THREAD_LIMIT=1 tesseract "$image" - > /dev/null 2>&1; rm "$image"; done
  done
}
planrows_scan() { rm -f "$work"/scan.sqlite*; "$planrows" --db "$work/scan.sqlite" ingest --jobs 1 corpus/scanned; }
scan_repeats=1 jobs=1
repeats=$scan_repeats
reference=$(best_of tesseract_all)
ours=$(best_of planrows_scan)
printf 'scanned PDFs (%s pages): planrows %.2fs/page, pdftoppm + tesseract %.2fs/page, ratio %.2f (target <= 1.2)\n' \
  "$pages" "$(echo "$ours / $pages" | bc -l)" "$(echo "$reference / $pages" | bc -l)" "$(echo "$ours / $reference" | bc -l)"
