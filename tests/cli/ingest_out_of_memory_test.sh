#!/usr/bin/env bash
# A document that runs planrows out of memory costs only itself: under a
# 400 MB address-space limit a 150 MB text file gets one error line, and
# the documents before and after it in the batch are stored.
# usage: ingest_out_of_memory_test.sh PLANROWS CORPUS_DIR
set -uo pipefail
planrows=$1 corpus=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

cp "$corpus/seeds/002_482c4765827834fc.txt" "$work/a.txt"
yes $'1.1\tCarry out a multi-agency audit on threshold criteria\tM Evans\tMay 2015' | head -c 150000000 > "$work/b.txt"
cp "$corpus/seeds/001_ddc9fe0e80368d21.txt" "$work/c.txt"
# The size limit is raised: this test is about running out of memory.
(ulimit -v 400000 && exec "$planrows" --db "$work/plans.sqlite" ingest --jobs 2 --max-file-mb 1000 \
  "$work/a.txt" "$work/b.txt" "$work/c.txt") \
  > "$work/out.log" 2> "$work/err.log"
status=$?
check "the batch ends normally, with the failure status" test "$status" -eq 1
check "the document too big for memory gets one error line" grep -q "^error: .*b.txt: out of memory$" "$work/err.log"
check "the document before it is stored" grep -q "a.txt: 31 rows" "$work/out.log"
check "the document after it is stored" grep -q "c.txt: 24 rows" "$work/out.log"
exit $((failures > 0))
