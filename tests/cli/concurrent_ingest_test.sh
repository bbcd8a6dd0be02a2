#!/usr/bin/env bash
# Two `planrows ingest` processes on one database, started together, with
# readers (export, search, audit) running beside them, many rounds: every
# process succeeds, and no document is stored twice (issue 10 saw "database
# is locked" in 3 of 20 rounds). Half the rounds start from no database, so
# that the two race to create it; in the others both replace changed files.
# usage: concurrent_ingest_test.sh PLANROWS TOOLS_DIR [ROUNDS]
set -uo pipefail
planrows=$1 tools=$2 rounds=${3:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
db="$work/plans.sqlite"

# Readers run until the ingests end, each run's exit status logged.
read_loop() {
  while [ ! -e "$work/done" ]; do
    "$planrows" --db "$db" "$@" > /dev/null 2>> "$work/reader.err"
    echo $? >> "$work/reader.status"
  done
}

for round in $(seq "$rounds"); do
  [ $((round % 2)) -eq 1 ] && rm -f "$db" "$db"-wal "$db"-shm
  # Both ingest the shared plans; each has its own too, worded apart (the
  # same bytes under another name would be stored once, as a duplicate).
  "$tools/make_bulk_plans.py" "$work/shared" 12 20 --prefix shared --tag "r$round shared"
  "$tools/make_bulk_plans.py" "$work/first" 6 20 --prefix first --tag "r$round first"
  "$tools/make_bulk_plans.py" "$work/second" 6 20 --prefix second --tag "r$round second"
  rm -f "$work/done"
  read_loop export & readers=$!
  read_loop search practice & searchers=$!
  "$planrows" --db "$db" ingest --jobs 1 "$work/shared" "$work/first" > "$work/a.log" 2>&1 & a=$!
  "$planrows" --db "$db" ingest --jobs 1 "$work/second" "$work/shared" > "$work/b.log" 2>&1 & b=$!
  wait "$a"; status_a=$?
  wait "$b"; status_b=$?
  touch "$work/done"
  wait "$readers" "$searchers"
  check "round $round: the first ingest succeeds" test "$status_a" -eq 0
  check "round $round: the second ingest succeeds" test "$status_b" -eq 0
  [ "$status_a" -eq 0 ] && [ "$status_b" -eq 0 ] || cat "$work/a.log" "$work/b.log"
  check "round $round: each document is stored once" \
    test "$(sqlite3 "$db" 'SELECT count(*), count(DISTINCT path) FROM documents')" = "24|24"
  check "round $round: each document has all its rows" \
    test "$(sqlite3 "$db" 'SELECT count(*) FROM actions')" -eq 480
done
"$planrows" --db "$db" audit > /dev/null
check "audit reads the database after the rounds" test $? -eq 0
check "the readers ran" test "$(wc -l < "$work/reader.status")" -ge "$rounds"
# A read before the first ingest has made the database finds none (status 4).
check "every read succeeded or found no database yet" test "$(grep -cv '^[04]$' "$work/reader.status")" -eq 0
grep -v 'no database at' "$work/reader.err" | head -3
check "integrity check passes" test "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok
exit $((failures > 0))
