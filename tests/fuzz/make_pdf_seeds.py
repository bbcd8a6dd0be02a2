#!/usr/bin/env python3
"""Writes the small PDF seeds of the pdf fuzz target (seeds/pdf): plans of
a page or two with uncompressed content streams, so that mutations reach
the text and path operators rather than a compressed stream's checksum.
usage: tests/fuzz/make_pdf_seeds.py [OUT_DIR]"""
import os
import sys


def pdf(pages, rotate=0):
    """A PDF of `pages` (content streams) set in Helvetica, A4 landscape."""
    n = len(pages)
    kids = b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"]
    for i, content in enumerate(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Rotate %d "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (rotate, 6 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return pdf_file(objs)


def pdf_file(objs):
    """The bytes of a PDF of the objects `objs` (numbered from 1; the first the catalog)."""
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def text(x, y, s, bold=False, size=10):
    return b"BT /%s %d Tf %d %d Td (%s) Tj ET\n" % (b"F2" if bold else b"F1", size, x, y, s)


COLUMNS = [40, 90, 400, 560, 700]
HEADER = [b"Ref", b"Action", b"Lead", b"Timescale", b"Progress"]
ROWS = [
    [b"1.1", b"Audit the threshold criteria with partners", b"QA & PM Group", b"April 2015", b"Complete"],
    [b"1.2", b"Train staff on CSE", b"I Pearson/ M Sancho", b"Q2 2015/16", b"On track"],
    [b"", b"and report to the Board", b"", b"", b""],
    [b"2.1", b"Publish the annual report", b"Business Manager", b"Sept 2015 - Mar 2016", b"Not started"],
]


def table(rows, ruled, title=True):
    c = b""
    if title:
        c += text(40, 560, b"Barking Safeguarding Children Board Business Plan 2015 - 2016", True, 14)
        c += text(40, 530, b"Priority 1: Early help", True)
    y = 500
    c += b"".join(text(x, y, h, True) for x, h in zip(COLUMNS, HEADER))
    for row in rows:
        y -= 24
        if ruled and row[0]:
            c += b"0.5 w 36 %d m 806 %d l S\n" % (y + 14, y + 14)
        c += b"".join(text(x, y, s) for x, s in zip(COLUMNS, row) if s)
    if ruled:
        c += b"36 %d 770 %d re S\n" % (y - 10, 524 - y)
    return c


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "seeds", "pdf")
    os.makedirs(out, exist_ok=True)
    seeds = {
        "table-ruled.pdf": pdf([table(ROWS, True)]),
        "table-unruled-rotated.pdf": pdf([table(ROWS, False)], rotate=90),
        "table-two-pages.pdf": pdf([table(ROWS[:3], True), table(ROWS[3:], True, title=False) + text(400, 30, b"Page 2 of 2")]),
        "narrative.pdf": pdf([text(40, 560, b"What we will do", True) + text(50, 530, b"\x95 Audit the threshold criteria")
                              + text(50, 510, b"\x95 Train staff on CSE by March 2016") + text(40, 480, b"Theme 2 - Voice", True)]),
    }
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
