#!/usr/bin/env bash
# Crash safety: an ingest killed (SIGKILL) at random moments leaves the
# database whole each time (integrity and foreign keys checked, each stored
# document once and with all its rows), and a run to the end then gives an
# export identical to that of a clean run.
# usage: crash_safety_test.sh PLANROWS CORPUS_DIR TOOLS_DIR [KILLS]
set -uo pipefail
planrows=$1 corpus=$2 tools=$3 kills=${4:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

mkdir -p "$work/in"
cp "$corpus"/seeds/*.txt "$corpus"/pdf/*.pdf "$work/in/"
"$tools/make_bulk_plans.py" "$work/in" 16 300 --prefix bulk
options=(ingest --jobs 2 --no-ocr "$work/in")

"$planrows" --db "$work/clean.sqlite" "${options[@]}" > /dev/null 2>&1
"$planrows" --db "$work/clean.sqlite" export > "$work/clean.jsonl"
documents=$(sqlite3 "$work/clean.sqlite" 'SELECT count(*) FROM documents')
check "the clean run stores every document" test "$documents" -eq 26

db="$work/crash.sqlite"
# Rows each stored document has, against the clean run's: only partial
# documents differ.
partial_documents() {
  sqlite3 "$db" "ATTACH '$work/clean.sqlite' AS clean;
    SELECT count(*) FROM (SELECT d.file_name, count(a.id) AS n FROM documents d LEFT JOIN actions a ON a.document_id = d.id GROUP BY d.id) x
    JOIN (SELECT d.file_name, count(a.id) AS n FROM clean.documents d LEFT JOIN clean.actions a ON a.document_id = d.id GROUP BY d.id) y
    USING (file_name) WHERE x.n != y.n"
}
for kill in $(seq "$kills"); do
  # Every other kill hits a batch from its start, the others one that
  # goes on from where the last kill left it.
  [ $((kill % 2)) -eq 1 ] && rm -f "$db" "$db"-wal "$db"-shm
  "$planrows" --db "$db" "${options[@]}" > /dev/null 2>&1 &
  pid=$!  # planrows itself, no shell between: the kill must reach it.
  # Up to 600 ms: from starting up and opening the database to storing the last documents
  # (a whole run takes about 0.6 s on the development machine).
  sleep "$(printf '0.%03d' $((RANDOM % 600)))"
  kill -KILL "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  check "kill $kill: integrity check passes" test "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok
  check "kill $kill: no foreign key is broken" test -z "$(sqlite3 "$db" 'PRAGMA foreign_key_check')"
  # Killed before its schema was committed: a database with no tables.
  if [ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_schema WHERE name = 'documents'")" -eq 0 ]; then
    check "kill $kill: killed before the schema, the database is empty" \
      test "$(sqlite3 "$db" 'SELECT count(*) FROM sqlite_schema')" -eq 0
    continue
  fi
  check "kill $kill: no document is stored twice" \
    test "$(sqlite3 "$db" 'SELECT count(*) - count(DISTINCT path) FROM documents')" -eq 0
  check "kill $kill: no document is stored in part" test "$(partial_documents)" -eq 0
  echo "     kill $kill: $(sqlite3 "$db" 'SELECT count(*) FROM documents') of $documents documents stored"
done

"$planrows" --db "$db" "${options[@]}" > /dev/null 2>&1
check "the run after the kills succeeds" test $? -eq 0
"$planrows" --db "$db" export > "$work/crash.jsonl"
check "its export is identical to the clean run's" cmp -s "$work/clean.jsonl" "$work/crash.jsonl"
exit $((failures > 0))
