#!/usr/bin/env bash
# Makes the PDF fixtures the tests read (corpus/fixtures/) from the sample
# plans: an encrypted PDF, a rotated one, a blank one, a mixed one and a
# scan fed sideways. Needs qpdf and pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
out=corpus/fixtures
mkdir -p "$out"
sample=corpus/pdf/002_482c4765827834fc.pdf
qpdf --encrypt secret owner 256 -- "$sample" "$out/encrypted.pdf"
# Page 3 (a table page) turned a quarter: /Rotate 90.
qpdf "$sample" --pages "$sample" 3 -- --rotate=+90 "$out/rotated.pdf"
# A page with neither text nor images.
python3 - "$out/blank.pdf" <<'PY'
import sys
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
           b"<< /Length 0 >>\nstream\n\nendstream"]
pdf, offsets = b"%PDF-1.4\n", []
for i, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(pdf)
PY
# A born-digital page followed by a scanned one.
qpdf --empty --pages "$sample" 3 corpus/scanned/002_482c4765827834fc-scan.pdf 4 -- "$out/mixed.pdf"
# A scanned table page fed through the scanner the short way round: its
# image turned a quarter clockwise, with no /Rotate to say so.
python3 - corpus/scanned/002_482c4765827834fc-scan.pdf "$out/sideways.pdf" <<'PY'
import os, subprocess, sys, tempfile
sys.path.insert(0, "tools")
from plan_scan import image_pdf, read_pgm
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-f", "4", "-l", "4", sys.argv[1], os.path.join(tmp, "page")],
                   check=True)
    width, height, pixels = read_pgm(os.path.join(tmp, os.listdir(tmp)[0]))
# In black and white, which keeps the fixture small.
pixels = pixels.translate(bytes(0 if v < 160 else 255 for v in range(256)))
turned = bytearray(width * height)
for y in range(height):
    turned[height - 1 - y::height] = pixels[y * width:(y + 1) * width]
image_pdf([(height, width, turned)], 200, sys.argv[2])
PY
