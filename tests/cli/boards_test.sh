#!/usr/bin/env bash
# Board identity on fictional boards (corpus/plans): the ways a plan prints
# its board fold to one board; a plan whose board cannot be read is stored
# with a warning, listed by audit and left out of board figures; `boards`
# lists, renames and merges; `ingest --board` names the board of a batch.
# usage: boards_test.sh PLANROWS CORPUS_DIR
planrows=$1 corpus=$2
source "$(dirname "$0")/check.sh"
plans="$corpus/plans"
db="$work/plans.sqlite"

# One plan printed three ways, one of them with its board named differently.
mkdir "$work/in"
cp "$plans/text/kestrel-vale-2017-raw.txt" "$plans/pdf/kestrel-vale-2017-ruled-portrait.pdf" "$work/in/"
sed '0,/Kestrel Vale Safeguarding Children Partnership/s//The Vision of the Kestrel Vale LSCB/' \
  "$plans/text/kestrel-vale-2017-spaced.txt" > "$work/in/kestrel-vale-renamed.txt"
check "the copy names the board differently" grep -q "The Vision of the Kestrel Vale LSCB" "$work/in/kestrel-vale-renamed.txt"
# A plan with no board name in it.
grep -v "Northmoor LSCB" "$plans/text/northmoor-2016-slashes.txt" > "$work/in/unnamed.txt"
"$planrows" --db "$db" ingest "$work/in" > "$work/out.txt" 2> "$work/err.txt"
check "the batch is stored" test $? -eq 0
check "the plan without a board is warned about on standard error" \
  grep -q "warning: .*unnamed.txt: board name not found" "$work/err.txt"
check "no warning line on standard output" bash -c "! grep -q '^warning' '$work/out.txt'"

"$planrows" --db "$db" boards > "$work/boards.txt"
check "the three printings are one board" grep -Eq "^kestrel-vale +Kestrel Vale .* 3 " "$work/boards.txt"
check "the unnamed plan has a board of its own, marked" grep -q "(board not read) unnamed.txt" "$work/boards.txt"
check "two boards in all" test "$(($(wc -l < "$work/boards.txt") - 1))" -eq 2

"$planrows" --db "$db" audit > "$work/audit.txt"
check "audit lists the document whose board was not read" \
  bash -c "grep -A3 'board was not read' '$work/audit.txt' | grep -q 'unnamed.txt'"
"$planrows" --db "$db" overlap --format json > "$work/overlap.json"
check "overlap leaves the unread board out" python3 -c '
import json, sys
boards = json.load(open(sys.argv[1]))["boards"]
assert len(boards) == 1 and "Kestrel" in boards[0], boards' "$work/overlap.json"
check "board_topics leaves it out" test "$(sqlite3 "$db" 'SELECT count(DISTINCT board_key) FROM board_topics')" -eq 1

"$planrows" --db "$db" boards rename unknown "Northmoor Local Safeguarding Children Board" > "$work/out.txt"
check "rename gives the unread board a name and its key" grep -Eq "^northmoor +Northmoor Local" \
  <("$planrows" --db "$db" boards)
check "overlap now counts it" test "$("$planrows" --db "$db" overlap --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["boards"]))')" -eq 2
"$planrows" --db "$db" boards rename northmoor "Kestrel Vale LSCB" > /dev/null 2> "$work/err.txt"
check "renaming onto another board's key is refused" test $? -eq 2
check "and points to merge" grep -q "merge" "$work/err.txt"
"$planrows" --db "$db" boards merge northmoor kestrel > /dev/null
check "merge moves the documents" grep -Eq "^kestrel-vale .* 4 " <("$planrows" --db "$db" boards)
check "merge removes the board merged away" test "$(($("$planrows" --db "$db" boards | wc -l) - 1))" -eq 1
"$planrows" --db "$db" boards merge nowhere kestrel > /dev/null 2>&1
check "merging an unknown board is a usage error" test $? -eq 2

"$planrows" --db "$work/named.sqlite" ingest --board "Northmoor LSCB" "$work/in/unnamed.txt" > /dev/null 2> "$work/err.txt"
check "ingest --board names the board of the files" grep -Eq "^northmoor +Northmoor LSCB +1 " \
  <("$planrows" --db "$work/named.sqlite" boards)
check "ingest --board leaves no warning about the board" bash -c "! grep -q 'board name not found' '$work/err.txt'"
check "export --board takes another spelling of the name" \
  test "$("$planrows" --db "$work/named.sqlite" export --board 'Northmoor Safeguarding Children Board' | wc -l)" -gt 0
exit $((failures > 0))
