#!/usr/bin/env bash
# Accuracy test: ingests one folder of the bundled corpus with the planrows
# binary, exports the rows and scores the folder's documents against the
# gold rows in GOLD_SUBDIR of the corpus. A document planrows cannot read,
# or in which it finds no rows, scores as zero rows found; a crash fails.
# usage: score_corpus.sh PLANROWS CORPUS_DIR SUBDIR GOLD_SUBDIR MIN_ROW_F1 MIN_FULL_ROW_RATE
set -euo pipefail
planrows=$1 corpus=$2 subdir=$3 gold=$4 min_f1=$5 min_full=$6
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Exit status 1 means some documents failed (named in the log); more is a fault.
status=0
"$planrows" --db "$work/plans.sqlite" ingest "$corpus/$subdir" > "$work/ingest.log" || status=$?
if [ "$status" -gt 1 ]; then
  cat "$work/ingest.log"
  exit "$status"
fi
"$planrows" --db "$work/plans.sqlite" export > "$work/rows.jsonl"
# Only the folder's own documents: the gold folder may hold other renderings too.
names=$(find "$corpus/$subdir" -type f -printf '%f,')
python3 "$here/../../tools/score.py" "$corpus/$gold" "$work/rows.jsonl" --only "$names" \
  --min-row-f1 "$min_f1" --min-full "$min_full"
