#!/usr/bin/env bash
# Accuracy test: ingests one folder of the bundled corpus with the planrows
# binary, exports the rows and scores them against the gold rows in
# GOLD_SUBDIR of the corpus.
# usage: score_corpus.sh PLANROWS CORPUS_DIR SUBDIR GOLD_SUBDIR MIN_ROW_F1 MIN_FULL_ROW_RATE
set -euo pipefail
planrows=$1 corpus=$2 subdir=$3 gold=$4 min_f1=$5 min_full=$6
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$planrows" --db "$work/plans.sqlite" ingest "$corpus/$subdir" > "$work/ingest.log"
"$planrows" --db "$work/plans.sqlite" export > "$work/rows.jsonl"
python3 "$here/../../tools/score.py" "$corpus/$gold" "$work/rows.jsonl" \
  --min-row-f1 "$min_f1" --min-full "$min_full"
