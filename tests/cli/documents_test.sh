#!/usr/bin/env bash
# Document and plan identity on fictional plans (corpus/plans): the same
# bytes under another name are a reported duplicate, not stored again; a
# plan's text and PDF are renditions of one plan, counted once (its PDF)
# in every board figure; `documents` lists them, `remove` deletes one.
# usage: documents_test.sh PLANROWS CORPUS_DIR
planrows=$1 corpus=$2
source "$(dirname "$0")/check.sh"
plans="$corpus/plans"
db="$work/plans.sqlite"
text="$plans/text/kestrel-vale-2017-spaced.txt" pdf="$plans/pdf/kestrel-vale-2017-ruled-portrait.pdf"
other="$plans/text/northmoor-2016-slashes.txt"

"$planrows" --db "$db" ingest "$text" "$pdf" "$other" > /dev/null
cp "$text" "$work/copy-of-kestrel.txt"
"$planrows" --db "$db" ingest "$work/copy-of-kestrel.txt" > "$work/out.txt"
check "the same bytes under another name are reported as a duplicate" \
  grep -q "^duplicate  .*copy-of-kestrel.txt: same bytes as .*kestrel-vale-2017-spaced.txt" "$work/out.txt"
check "and counted as one in the total" grep -q " 1 duplicates" "$work/out.txt"
check "a duplicate is not stored again" test "$(sqlite3 "$db" 'SELECT count(*) FROM documents')" -eq 3

"$planrows" --db "$db" documents > "$work/documents.txt"
check "documents lists each document" test "$(grep -c 'kestrel-vale-2017\|northmoor-2016' "$work/documents.txt")" -eq 3
check "the text and the PDF are one plan" test "$(sqlite3 "$db" \
  "SELECT count(DISTINCT plan_id) FROM documents WHERE file_name LIKE 'kestrel-vale%'")" -eq 1
check "two plans in all" test "$(sqlite3 "$db" 'SELECT count(DISTINCT plan_id) FROM documents')" -eq 2
check "the PDF is the rendition counted" grep -Eq "kestrel-vale-2017-ruled-portrait.pdf +pdf .* yes" "$work/documents.txt"
check "the text is marked as a rendition" grep -Eq "kestrel-vale-2017-spaced.txt +text .* no" "$work/documents.txt"

# Board figures with both renditions are those of the PDF alone.
"$planrows" --db "$work/pdf-only.sqlite" ingest "$pdf" "$other" > /dev/null
for db_name in plans pdf-only; do
  "$planrows" --db "$work/$db_name.sqlite" overlap --format csv > "$work/$db_name.csv"
  sqlite3 "$work/$db_name.sqlite" 'SELECT board_key, topic_key, actions FROM board_topics ORDER BY 1, 2' > "$work/$db_name.topics"
  "$planrows" --db "$work/$db_name.sqlite" audit --format json | python3 -c \
    'import json, sys; t = json.load(sys.stdin)["total"]; print(t["rows"], t["with_lead"])' > "$work/$db_name.total"
done
check "overlap counts each plan once" cmp -s "$work/plans.csv" "$work/pdf-only.csv"
check "board_topics counts each plan once" cmp -s "$work/plans.topics" "$work/pdf-only.topics"
check "audit totals count each plan once" cmp -s "$work/plans.total" "$work/pdf-only.total"
check "the figures are not empty" test -s "$work/plans.topics"

pdf_id=$(sqlite3 "$db" "SELECT id FROM documents WHERE kind = 'pdf'")
pdf_rows=$(sqlite3 "$db" "SELECT count(*) FROM actions WHERE document_id = $pdf_id")
rows_before=$(sqlite3 "$db" 'SELECT count(*) FROM actions')
"$planrows" --db "$db" remove "$pdf_id" > "$work/out.txt"
check "remove says what it removed" grep -q "removed .*kestrel-vale-2017-ruled-portrait.pdf" "$work/out.txt"
check "remove deletes the document's rows" test "$(sqlite3 "$db" 'SELECT count(*) FROM actions')" -eq $((rows_before - pdf_rows))
check "the full-text index keeps in step" sqlite3 "$db" "INSERT INTO actions_fts(actions_fts) VALUES ('integrity-check')"
check "search finds nothing of the removed document" bash -c \
  "! '$planrows' --db '$db' search safeguarding -n 1000 | grep -q 'ruled-portrait.pdf'"
check "the text rendition is counted now" grep -Eq "kestrel-vale-2017-spaced.txt +text .* yes" \
  <("$planrows" --db "$db" documents)
"$planrows" --db "$db" remove no-such-file.pdf > /dev/null 2> "$work/err.txt"
check "removing an unknown document is a usage error" test $? -eq 2
check "and names it" grep -q "no document 'no-such-file.pdf'" "$work/err.txt"
exit $((failures > 0))
