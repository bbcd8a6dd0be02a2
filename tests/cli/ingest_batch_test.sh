#!/usr/bin/env bash
# Batch behaviour of `planrows ingest` and `planrows export` on good and bad
# files: bad ones are named and skipped, the rest stored, re-ingesting is a
# no-op, a changed file replaces its rows, the exit status tells failure.
# usage: ingest_batch_test.sh PLANROWS CORPUS_DIR
set -uo pipefail
planrows=$1 corpus=$2
work=$(mktemp -d)
trap 'chmod -R u+rw "$work"; rm -rf "$work"' EXIT
failures=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
db="$work/plans.sqlite"
mkdir -p "$work/in/sub"
cp "$corpus/seeds/002_482c4765827834fc.txt" "$work/in/good.txt"
cp "$corpus/seeds/000_bde0f42da63fe74c.txt" "$work/in/sub/narrative.md"
: > "$work/in/empty.txt"
head -c 4096 /dev/urandom > "$work/in/junk.txt"
printf 'Minutes of the meeting.\n\nApologies were received.\n' > "$work/in/minutes.txt"
printf '%%PDF-1.4\n%%broken' > "$work/in/truncated.pdf"
printf -- '-\r-\n' > "$work/in/dashes.txt"  # Aborted the whole batch once (issue 10).
if [ "$(id -u)" -ne 0 ]; then  # root reads any file: no unreadable file to make
  printf 'Ref\tAction\n1.1\tDo\n' > "$work/in/unreadable.txt" && chmod 000 "$work/in/unreadable.txt"
fi

"$planrows" --db "$db" ingest "$work/in" "$work/missing.txt" > "$work/out.log" 2> "$work/err.log"
status=$?
check "exit status is non-zero when a file failed" test "$status" -ne 0
check "the empty file is named in one error line" grep -q "error: .*empty.txt: " "$work/err.log"
check "binary junk is named" grep -q "error: .*junk.txt: " "$work/err.log"
check "a truncated PDF is named" grep -q "error: .*truncated.pdf: " "$work/err.log"
check "a missing path is named" grep -q "error: .*missing.txt" "$work/err.log"
if [ "$(id -u)" -ne 0 ]; then
  check "an unreadable file is named" grep -q "error: .*unreadable.txt: " "$work/err.log"
fi
check "a line of dashes is named, not fatal" grep -q "error: .*dashes.txt: no action rows" "$work/err.log"
check "a file that is no plan is named" grep -q "error: .*minutes.txt: no action rows" "$work/err.log"
check "each failure is one line" test "$(wc -l < "$work/err.log")" -ge 6
check "good files are stored despite the bad ones" grep -q "good.txt: 31 rows" "$work/out.log"
check "directories are searched recursively" grep -q "narrative.md: 41 rows" "$work/out.log"

rows_before=$("$planrows" --db "$db" export | wc -l)
"$planrows" --db "$db" ingest "$work/in/good.txt" > "$work/again.log" 2>&1
check "re-ingesting an unchanged file changes nothing" grep -q "^unchanged" "$work/again.log"
check "the row count stays after re-ingesting" test "$("$planrows" --db "$db" export | wc -l)" -eq "$rows_before"

sed -i 's/Carry out a multi-agency audit on threshold criteria/Audit thresholds/' "$work/in/good.txt"
"$planrows" --db "$db" ingest "$work/in/good.txt" > "$work/changed.log" 2>&1
check "a changed file replaces its rows" grep -q "^replaced" "$work/changed.log"
check "the replaced rows are the new ones" test "$("$planrows" --db "$db" export | grep -c 'Audit thresholds')" -eq 1
check "the row count stays after replacing" test "$("$planrows" --db "$db" export | wc -l)" -eq "$rows_before"

"$planrows" --db "$db" export --format csv > "$work/rows.csv"
check "CSV export has a header and one record per row" \
  test "$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))))' "$work/rows.csv")" \
  -eq $((rows_before + 1))
check "export filters by board" test "$("$planrows" --db "$db" export --board 'West Berkshire Local Safeguarding Children Board' | wc -l)" -eq 31
"$planrows" --db "$db" export --format xlsx --out "$work/rows.xlsx"
check "the XLSX export holds a header and one sheet row per action" test "$(python3 -c '
import re, sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
print(len(re.findall("<row ", sheet)))' "$work/rows.xlsx")" -eq $((rows_before + 1))
# A cell over XLSX's 32,767 characters is cut with a marker and a warning,
# not left empty without a word (issue 10).
python3 -c "print('Ref\tAction\tLead\n1.1\tAudit ' + 'thresholds ' * 4000 + '\tM Evans\n1.2\tReview\tM Evans')" \
  > "$work/long.txt"
"$planrows" --db "$work/long.sqlite" ingest "$work/long.txt" > /dev/null 2>&1
"$planrows" --db "$work/long.sqlite" export --format xlsx --out "$work/long.xlsx" 2> "$work/long.err"
check "an XLSX export with a cut cell succeeds" test $? -eq 0
check "the cut cell gets one warning naming its row and column" \
  grep -q "^planrows export: warning: sheet row 2, column action: a cell of 44005 characters cut to 32767" "$work/long.err"
check "the cut cell ends with the marker" python3 -c '
import sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
sys.exit(0 if " [cut: too long for a spreadsheet cell]</t>" in sheet else 1)' "$work/long.xlsx"
"$planrows" --db "$db" export --format xlsx > /dev/null 2>&1
check "XLSX without --out is a usage error" test $? -eq 2
"$planrows" --db "$db" export --format xml > /dev/null 2>&1
check "an unknown export format is a usage error" test $? -eq 2
"$planrows" --db "$db" frobnicate > /dev/null 2>&1
check "an unknown command is a usage error" test $? -eq 2

"$planrows" --db "$db" audit --fail-under 99 > "$work/audit.txt" 2>&1
check "audit --fail-under fails when completeness is lower" test $? -eq 1
check "audit lists the narrative plan's gaps with their page and line" grep -q "narrative.md  *1  *[0-9]" "$work/audit.txt"
"$planrows" --db "$db" audit --fail-under 0 > /dev/null 2>&1
check "audit --fail-under passes when completeness is higher" test $? -eq 0
"$planrows" --db "$db" audit --fail-under 150 > /dev/null 2>&1
check "an out-of-range percentage is a usage error" test $? -eq 2
"$planrows" --db "$db" search "multi-agency audit" > "$work/search.txt"
check "search prints matches with their document" grep -q "good.txt" "$work/search.txt"
"$planrows" --db "$db" search "AND OR" > /dev/null 2>&1
check "a malformed search is a usage error" test $? -eq 2

"$planrows" --db "$db" overlap --format csv > "$work/overlap.csv"
check "overlap writes board, topic and count records" grep -q "^West Berkshire Local Safeguarding Children Board,Child sexual exploitation," "$work/overlap.csv"
"$planrows" --db "$db" overlap --format xml > /dev/null 2>&1
check "an unknown overlap format is a usage error" test $? -eq 2

# A newline or an escape sequence in a file name is printed escaped: each
# document keeps its one line (issue 10).
mkdir "$work/names"
cp "$corpus/seeds/002_482c4765827834fc.txt" "$work/names/two"$'\n'"lines.txt"
printf -- '-\r-\n' > "$work/names/esc"$'\e'"[2J.txt"
"$planrows" --db "$work/names.sqlite" ingest "$work/names" > "$work/names.log" 2>&1
check "a newline in a file name is printed as \\n" grep -q 'two\\nlines.txt: 31 rows' "$work/names.log"
check "an escape character in a file name is printed as \\x1b" grep -q 'error: .*esc\\x1b\[2J.txt: ' "$work/names.log"
check "the batch prints one line per document and a total" test "$(wc -l < "$work/names.log")" -eq 3
"$planrows" --db "$work/names.sqlite" audit > "$work/names-audit.txt"
check "audit prints the file name escaped" grep -q 'two\\nlines.txt' "$work/names-audit.txt"

exit $((failures > 0))
