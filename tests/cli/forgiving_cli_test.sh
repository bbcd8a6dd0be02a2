#!/usr/bin/env bash
# The command line forgives: shared options before or after the command, a
# mistyped command named with the one meant, usage on a bare `planrows`,
# data alone on standard output, file names from standard input, --quiet,
# no progress bar on a dumb terminal, and search that counts, checks its
# board and explains its syntax.
# usage: forgiving_cli_test.sh PLANROWS CORPUS_DIR
planrows=$1 corpus=$2
source "$(dirname "$0")/check.sh"
seeds="$corpus/seeds"

"$planrows" ingest --db "$work/after.sqlite" "$seeds/002_482c4765827834fc.txt" > /dev/null
check "--db after the command is taken" test "$("$planrows" --db "$work/after.sqlite" export | wc -l)" -eq 31
"$planrows" --db "$work/before.sqlite" ingest "$seeds/002_482c4765827834fc.txt" > /dev/null
check "--db before the command is taken" test "$("$planrows" export --db "$work/before.sqlite" | wc -l)" -eq 31
check "command help lists --db" bash -c "'$planrows' export --help | grep -q -- '--db'"

"$planrows" > "$work/out.txt" 2> "$work/err.txt"
check "a bare planrows is a usage error" test $? -eq 2
check "a bare planrows prints the usage with its commands" grep -q "ingest" "$work/err.txt"
"$planrows" --db "$work/after.sqlite" serach audit > /dev/null 2> "$work/err.txt"
check "a mistyped command is a usage error" test $? -eq 2
check "a mistyped command is named, with the closest one" grep -q "unknown command 'serach'; did you mean 'search'" "$work/err.txt"
"$planrows" frobnicate > /dev/null 2> "$work/err.txt"
check "an unknown command is named, with the list" grep -q "unknown command 'frobnicate' (commands: ingest" "$work/err.txt"

ls "$seeds"/00[0-2]*.txt | "$planrows" --db "$work/stdin.sqlite" ingest - > "$work/out.txt" 2> "$work/err.txt"
check "ingest - reads file names from standard input" test "$(grep -c '^stored' "$work/out.txt")" -eq 3
check "ingest keeps standard error free of the document lines" bash -c "! grep -q '^stored' '$work/err.txt'"
"$planrows" --db "$work/stdin.sqlite" ingest --quiet "$seeds/003_360affae839af524.txt" "$work/missing.txt" \
  > "$work/out.txt" 2> "$work/err.txt"
check "--quiet prints nothing on standard output" test ! -s "$work/out.txt"
check "--quiet still names the failed file" grep -q "error: .*missing.txt" "$work/err.txt"
check "--quiet ingests all the same" test "$("$planrows" --db "$work/stdin.sqlite" export | wc -l)" -gt 100

# The bar draws only on a terminal; `script` gives ingest one.
if command -v script > /dev/null; then
  TERM=dumb script -qec "'$planrows' --db '$work/tty.sqlite' ingest '$seeds/003_360affae839af524.txt' '$seeds/004_034f20548658beb0.txt'" \
    /dev/null > "$work/tty.txt"
  check "no progress bar on TERM=dumb" bash -c "! grep -q 'documents/s' '$work/tty.txt'"
  TERM=xterm script -qec "'$planrows' --db '$work/tty2.sqlite' ingest '$seeds/003_360affae839af524.txt' '$seeds/004_034f20548658beb0.txt'" \
    /dev/null > "$work/tty2.txt"
  check "a progress bar on a real terminal" grep -q 'documents/s' "$work/tty2.txt"
fi

db="$work/stdin.sqlite"
"$planrows" --db "$db" search safeguarding -n 3 > "$work/search.txt"
check "search says how many of how many matches it shows" grep -Eq '^3 of [0-9]+ matches$' "$work/search.txt"
total=$(sed -n 's/^3 of \([0-9]*\) matches$/\1/p' "$work/search.txt")
check "the total counts every match" test "$("$planrows" --db "$db" search safeguarding -n 100000 --format json | grep -c '"snippet"')" -eq "$total"
"$planrows" --db "$db" search audit --board "No Such Board" > "$work/out.txt" 2> "$work/err.txt"
check "search on an unknown board is a usage error" test $? -eq 2
check "and names the board" grep -q "no board 'no-such-board'" "$work/err.txt"
"$planrows" --db "$db" search "AND OR" > /dev/null 2> "$work/err.txt"
check "an FTS syntax error is explained plainly" grep -q "cannot read the search 'AND OR'" "$work/err.txt"
check "without SQLite's words" bash -c "! grep -q 'fts5' '$work/err.txt'"
"$planrows" --db "$db" search audit --board bromley > "$work/out.txt"
check "--board takes the start of a key" grep -q "Bromley" "$work/out.txt"
check "--board's start of a key keeps other boards out" bash -c "! grep -q 'Barking' '$work/out.txt'"
check "export --board takes the start of a key" test "$("$planrows" --db "$db" export --board west | wc -l)" -eq 31
"$planrows" --db "$db" export --board b > /dev/null 2> "$work/err.txt"
check "an ambiguous start of a key is a usage error naming the boards" grep -q "could be any of" "$work/err.txt"
exit $((failures > 0))
