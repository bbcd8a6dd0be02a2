#!/usr/bin/env bash
# Each limit on one document (file size, pages, OCR pixels, line length,
# time), set small, stops the document it applies to with one error line
# naming the file and the option, and the rest of the batch is stored;
# Poppler's and Tesseract's own messages never reach stderr raw.
# usage: ingest_limits_test.sh PLANROWS CORPUS_DIR
set -uo pipefail
planrows=$1 corpus=$2
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
"$here/make_limit_pdfs.py" "$work/pdf"
cp "$corpus/seeds/002_482c4765827834fc.txt" "$work/good.txt"

# ingest_batch NAME OPTIONS... FILES...: ingests into a fresh database.
ingest_batch() {
  local name=$1
  shift
  "$planrows" --db "$work/$name.sqlite" ingest --jobs 2 "$@" > "$work/$name.out" 2> "$work/$name.err"
  echo $? > "$work/$name.status"
}
# Every stderr line of a batch is an error line: nothing raw from a library.
only_error_lines() { test "$(grep -cv '^error: ' "$work/$1.err")" -eq 0; }
stores_good() { grep -q "good.txt: 31 rows" "$work/$1.out"; }

python3 -c "print('x' * 60000)" > "$work/big.txt"
ingest_batch size --max-file-mb 0.05 "$work/big.txt" "$work/good.txt"
check "a file over --max-file-mb is refused, naming it" \
  grep -q "^error: .*big.txt: file too large (60001 bytes; limit 50000, --max-file-mb)$" "$work/size.err"
check "the rest of the batch is stored (size)" stores_good size

ingest_batch pages "$work/pdf/many-pages.pdf" "$work/good.txt"
check "a 5,000-page PDF is stopped by the default page limit" \
  grep -q "^error: .*many-pages.pdf: too many pages (5000; limit 1000, --max-pages)$" "$work/pages.err"
check "the rest of the batch is stored (pages)" stores_good pages
ingest_batch pages2 --max-pages 2 "$corpus/pdf/002_482c4765827834fc.pdf" "$work/good.txt"
check "a PDF over a small --max-pages is refused" \
  grep -q "^error: .*002_482c4765827834fc.pdf: too many pages (5; limit 2, --max-pages)$" "$work/pages2.err"

ingest_batch huge "$work/pdf/huge-page.pdf" "$work/good.txt"
check "a huge image page is not OCRed, and says why" \
  grep -q "^error: .*huge-page.pdf: no text in the PDF, and OCR found none; page 1: too large to OCR" "$work/huge.err"
check "the rest of the batch is stored (huge page)" stores_good huge
ingest_batch pixels --max-ocr-megapixels 0.5 "$work/pdf/blank-a4.pdf" "$work/good.txt"
check "a page over --max-ocr-megapixels is OCRed at a lower resolution" \
  grep -q "^error: .*blank-a4.pdf: .*page 1: OCR at 72 dpi, not 300, to stay under 0.5 megapixels" "$work/pixels.err"
check "Tesseract's notes of a blank page stay off stderr" only_error_lines pixels
check "each refused PDF is one line" only_error_lines huge

python3 -c "print('Ref\tAction\tLead'); print('1.1\t' + 'Audit ' * 400)" > "$work/long-line.txt"
ingest_batch line --max-line-length 1000 "$work/long-line.txt" "$work/good.txt"
check "a line over --max-line-length is refused, naming the line" \
  grep -q "^error: .*long-line.txt: line 2 is 2404 bytes long (limit 1000, --max-line-length)$" "$work/line.err"
check "the rest of the batch is stored (line)" stores_good line

ingest_batch time --time-limit 0.000001 "$work/good.txt"
check "a document over --time-limit is stopped, naming the option" \
  grep -q "^error: .*good.txt: time limit of 1e-06 s reached while .* (--time-limit)$" "$work/time.err"
check "a stopped document fails the batch" test "$(cat "$work/time.status")" -eq 1

# A damaged PDF Poppler repairs: its complaint is a warning of the document.
python3 -c "
import sys
data = open(sys.argv[1], 'rb').read().replace(b'2 0 obj', b'2 0 obx', 1)
open(sys.argv[2], 'wb').write(data)" "$corpus/pdf/002_482c4765827834fc.pdf" "$work/damaged.pdf"
ingest_batch poppler --no-ocr "$work/damaged.pdf"
check "Poppler's complaint becomes a warning of the document" \
  grep -q "^warning: .*damaged.pdf: Poppler: xref num 2 not found but needed, try to reconstruct$" "$work/poppler.err"
check "Poppler's complaint is not printed raw" test "$(grep -cv '^warning: ' "$work/poppler.err")" -eq 0
exit $((failures > 0))
