#!/usr/bin/env python3
"""Writes the PDFs of the limits test into OUT_DIR: many-pages.pdf (5,000
blank pages), huge-page.pdf (one 14,400 x 14,400 pt page of ink and no
text) and blank-a4.pdf (an A4 page with a grey box and no text).
usage: tests/cli/make_limit_pdfs.py OUT_DIR"""
import os
import sys

sys.dont_write_bytecode = True  # No __pycache__ left in the source tree by a test run.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
from make_pdf_seeds import pdf_file  # noqa: E402  (the one PDF writer of the tests)


def pdf(page_count, width, height, content):
    """A PDF of `page_count` pages of one size sharing one content stream."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(page_count))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, page_count),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    for _ in range(page_count):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 3 0 R >>" % (width, height))
    return pdf_file(objs)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    box = b"0.6 g 100 100 300 200 re f\n"
    for name, data in [("many-pages.pdf", pdf(5000, 595, 842, b"")),
                       ("huge-page.pdf", pdf(1, 14400, 14400, b"0.6 g 1000 1000 9000 9000 re f\n")),
                       ("blank-a4.pdf", pdf(1, 595, 842, box))]:
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
