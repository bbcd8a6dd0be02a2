#!/usr/bin/env bash
# Read commands on a database that is not there: each fails with one line
# naming it and exit status 4, and creates nothing; an audit gate fails on a
# store of no rows.
# usage: missing_database_test.sh PLANROWS CORPUS_DIR
planrows=$1 corpus=$2
source "$(dirname "$0")/check.sh"

typo="$work/typo.sqlite"
for command in export overlap audit "search audit" "report --out $work/r.html"; do
  # shellcheck disable=SC2086  # the command's words are meant to split
  "$planrows" --db "$typo" $command > "$work/out.txt" 2> "$work/err.txt"
  status=$?
  check "$command on a missing database exits 4" test "$status" -eq 4
  check "$command names the missing database in one line" \
    bash -c "[ \"\$(wc -l < '$work/err.txt')\" -eq 1 ] && grep -q 'no database at .*typo.sqlite' '$work/err.txt'"
  check "$command writes no data" test ! -s "$work/out.txt"
  check "$command creates no database" test ! -e "$typo"
done
"$planrows" --db "$typo" audit --fail-under 80 > /dev/null 2>&1
check "audit --fail-under on a missing database fails" test $? -ne 0
check "audit --help lists the exit statuses" bash -c "'$planrows' --help | grep -q '4 *no database'"

# An empty store: made by an ingest whose only file fails.
printf 'Minutes of the meeting.\n' > "$work/minutes.txt"
"$planrows" --db "$work/empty.sqlite" ingest "$work/minutes.txt" > /dev/null 2>&1
"$planrows" --db "$work/empty.sqlite" audit --fail-under 80 > /dev/null 2> "$work/err.txt"
check "audit --fail-under fails on a store of no rows" test $? -eq 1
check "and says there are no rows" grep -q "no rows" "$work/err.txt"

"$planrows" --db "$work/plans.sqlite" ingest "$corpus/seeds/002_482c4765827834fc.txt" > /dev/null
"$planrows" --db "$work/plans.sqlite" audit --fail-under 10 > /dev/null 2>&1
check "audit --fail-under passes over stored rows above the score" test $? -eq 0
exit $((failures > 0))
