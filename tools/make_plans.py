#!/usr/bin/env python3
"""Makes fictional business plans of boards planrows has never seen, each
printed in several layouts, with their gold rows.

usage: make_plans.py OUT_DIR [--seed N] [--count K] [--bank wide|fresh] [--producer chromium|writer]
                     [--chromium PATH] [--shapes] [--matter] [--orders] [--colours]

Every plan has content of its own (plan_content.py: boards, priorities,
outcomes, actions, leads, dates and progress drawn from plan_bank.py) and
is rendered in a few of the layouts below; each rendering gets a gold file
in OUT_DIR/gold that names it as its source.

- OUT_DIR/pdf: printed by headless Chromium (plan_html.py), ruled or
  unruled, portrait or landscape, with header rows repeated on every page,
  two-level headers, merged outcome cells, section rows, running headers;
  every seventh plan as a narrative with no table (plan_narrative.py);
- OUT_DIR/scanned: the PDFs of the small plans rasterised, turned and
  dusted into image-only PDFs (plan_scan.py), at most MAX_SCAN_PAGES pages;
- OUT_DIR/text: converter text (plan_text.py, plan_narrative.py), and the
  PDFs read back by pdftotext in its raw, layout and default modes.

`--bank wide` draws boards, headings, people, posts, bodies and progress
words from plan_bank_wide.py instead, wording the rules were never tuned on;
`--bank fresh` draws them, and the priorities too, from plan_bank_fresh.py,
written after recovery was tuned on both.

`--producer writer` prints the tables as Word documents through LibreOffice
Writer (plan_docx.py) instead of HTML through Chromium: another layout
engine, as most boards' plans are exported from Word. It needs Debian's
python3-docx and libreoffice-writer-nogui; run it with /usr/bin/python3.

`--shapes` lets the table renderings take the shapes of plan_shapes.py as
well (a theme column, refs inside the action cells, record blocks), drawn
from generators of their own, so a seed's plans without it are unchanged;
each PDF is then checked, read back by pdftotext, to print its gold values.

`--matter` gives each plan front and back matter (plan_matter.py): a
contents list, an introduction in numbered paragraphs, tables of members,
abbreviations, budget and performance data, the priorities at a glance,
appendix headings; each rendering prints it in its own way
(plan_matter_print.py). It too is drawn from generators of its own, so a
seed's plans without it are unchanged; the gold stays the action rows.

`--orders` draws the columns' order wider (plan_table.wider_order): the
date before the lead, the status anywhere after the action, at times the
lead before the action, and at times a column no gold field holds
(resources, risks, links to other plans). It too has generators of its own.

`--colours` fills the ruled tables of Chromium's PDFs (and so their scans)
with strong colours at times: a dark header row in white letters, RAG cells
in a RAG scale's pure red, amber and green (plan_html.PALETTES). It too has
a generator of its own.

The same seed gives the same plans and the same text files on every run.
"""
import argparse
import os
import random
import re
import sys

import plan_bank
import plan_bank_fresh
import plan_bank_wide
from plan_content import gold, make_plan
from plan_html import PageStyle, render_table_html
from plan_matter import Matter
from plan_matter_print import Printing, around_text
from plan_narrative import narrative_gold, render_narrative, render_narrative_html
from plan_render import DEFAULT_CHROMIUM, items, pdf_pages, pdftotext, print_pdf, write_gold
from plan_scan import scan_pdf
from plan_shapes import Shapes
from plan_table import TableLayout
from plan_text import RENDERERS, render_records

PDF_LAYOUTS = ["ruled-portrait", "unruled-landscape", "ruled-landscape", "unruled-portrait"]
# Text layouts, two per plan in turn; pdftotext modes read the plan's own PDF.
TEXT_LAYOUTS = ["raw", "spaced", "columns", "slashes", "paragraph", "layout", "pdftotext", "tsv", "pipe",
                "narrative"]
PDFTOTEXT_MODES = {"raw": "raw", "layout": "layout", "pdftotext": None}
MAX_SCAN_PAGES = 12


class Corpus:
    """Where renderings go, and the gold file written beside each."""

    def __init__(self, out_dir, seed, chromium, producer, shapes=False, matter=False, orders=False, colours=False):
        self.out_dir, self.seed, self.chromium, self.producer = out_dir, seed, chromium, producer
        self.shapes, self.matter, self.orders, self.colours = shapes, matter, orders, colours
        self.scan_pages = 0
        for sub in ("gold", "text", "pdf", "scanned"):
            os.makedirs(os.path.join(out_dir, sub), exist_ok=True)

    def rng(self, index, what):
        """The generator of one plan's one rendering: renderings do not
        share draws, so adding one leaves the others as they were."""
        return random.Random(f"{self.seed}/{index}/{what}")

    def layout(self, plan, index, what, rng):
        """The table layout of one rendering, given the new shapes' choices
        (from a generator of their own) when the corpus takes them."""
        shapes = Shapes(plan, self.rng(index, what + "-shapes")) if self.shapes else None
        order_rng = self.rng(index, what + "-orders") if self.orders else None
        return TableLayout(plan, rng, shapes, order_rng)

    def printing(self, plan, index, what):
        """How one rendering prints the plan's front and back matter (drawn
        once per plan), or None when the corpus has none."""
        if not self.matter:
            return None
        return Printing(Matter(plan, self.rng(index, "matter")), self.rng(index, what + "-matter"))

    def path(self, sub, name):
        return os.path.join(self.out_dir, sub, name)

    def write_text(self, name, text, gold_dict, check=True):
        """Writes a text rendering and its gold, with `check` after checking
        that the text prints every value of the gold."""
        if check:
            check_printed(name, text, gold_dict)
        with open(self.path("text", name), "w", encoding="utf-8") as f:
            f.write(text)
        self.write_gold(name, gold_dict)

    def write_gold(self, name, gold_dict):
        write_gold(gold_dict, [name], os.path.join(self.out_dir, "gold"), os.path.splitext(name)[0])


def squash(text):
    """Text without whitespace and bullet glyphs, to find values in it however wrapped."""
    return re.sub(r"[\s\u2022\uf0b7\u25aa*-]+", "", text)


def check_printed(name, text, gold_dict, whole=True):
    """Fails when a value of a gold row (each item of a list) is not in
    `text`; with `whole` false, when a word of it is not: text read back from
    a PDF may have a cell broken by a page's end or another cell's lines."""
    printed = squash(text)
    for row in gold_dict["rows"]:
        values = [row["ref"], row["outcome"], row["lead"], row["timeframe"], row["progress"]]
        values += items(row["action"]) + [item for value in row["extra"].values() for item in items(value)]
        if whole:
            missing = [v for v in values if v and squash(v) not in printed]
        else:
            missing = [v for v in values if v and any(squash(word) not in printed for word in v.split())]
        if missing:
            sys.exit(f"{name}: gold values not printed: {missing}")


def make_pdf(corpus, plan, index):
    """Prints the plan's PDF in its turn of PDF_LAYOUTS (every seventh plan
    as a narrative); returns its path and its gold."""
    kind = PDF_LAYOUTS[index % len(PDF_LAYOUTS)]
    rng = corpus.rng(index, "pdf")
    matter = corpus.printing(plan, index, "pdf")
    style = PageStyle(rng, ruled=kind.startswith("ruled"), landscape=kind.endswith("landscape"), plan=plan)
    if corpus.colours:
        style.palette = corpus.rng(index, "pdf-colours").choice(["tint", "office", "deep"])
    if index % 7 == 6:
        kind, style.ruled, style.landscape = "narrative", False, False
        html_text, gold_dict = render_narrative_html(plan, rng, style, matter), narrative_gold(gold(plan))
        print_pdf(corpus.chromium, html_text, corpus.path("pdf", f"{plan.stem}-{kind}.pdf"))
    elif corpus.producer == "writer":
        from plan_docx import WordStyle, print_word  # python3-docx is needed only here
        gold_dict = gold(plan)
        print_word(plan, corpus.layout(plan, index, "pdf", rng), WordStyle(rng, style.ruled, style.landscape, plan),
                   corpus.path("pdf", f"{plan.stem}-{kind}.pdf"), matter)
    else:
        gold_dict = gold(plan)
        html_text = render_table_html(plan, corpus.layout(plan, index, "pdf", rng), style, matter)
        print_pdf(corpus.chromium, html_text, corpus.path("pdf", f"{plan.stem}-{kind}.pdf"))
    name = f"{plan.stem}-{kind}.pdf"
    if corpus.shapes:
        check_printed(name, pdftotext(corpus.path("pdf", name), "raw"), gold_dict, whole=False)
    corpus.write_gold(name, gold_dict)
    return corpus.path("pdf", name), gold_dict


def make_scan(corpus, plan, index, pdf, gold_dict):
    """An image-only copy of the plan's PDF, while the page budget lasts."""
    pages = pdf_pages(pdf)
    if pages > 3 or corpus.scan_pages + pages > MAX_SCAN_PAGES:
        return
    name = f"{plan.stem}-scan.pdf"
    corpus.scan_pages += scan_pdf(pdf, corpus.path("scanned", name), corpus.rng(index, "scan"))
    corpus.write_gold(name, gold_dict)


def make_text(corpus, plan, index, kind, pdf, pdf_gold):
    """Writes one text rendering of the plan and its gold; the pdftotext
    renderings read the plan's PDF and share its gold."""
    rng = corpus.rng(index, kind)
    matter = corpus.printing(plan, index, kind)
    if kind in PDFTOTEXT_MODES:
        # Not checked: pdftotext may interleave the lines of neighbouring cells.
        corpus.write_text(f"{plan.stem}-{kind}.txt", pdftotext(pdf, PDFTOTEXT_MODES[kind]), pdf_gold, check=False)
    elif kind == "narrative":
        text = render_narrative(plan, rng)
        corpus.write_text(f"{plan.stem}-narrative.txt", around_text(matter, kind, text) if matter else text,
                          narrative_gold(gold(plan)))
    else:
        layout = corpus.layout(plan, index, kind, rng)
        ext = "md" if kind == "pipe" else "txt"
        text = render_records(plan, layout, rng, kind) if layout.records else RENDERERS[kind](plan, layout, rng)
        corpus.write_text(f"{plan.stem}-{kind}.{ext}", around_text(matter, kind, text) if matter else text,
                          gold(plan))


def make(corpus, index):
    """Draws plan `index` and writes its renderings: one PDF, two text
    layouts, and a scan for every third plan (drawn small to fit)."""
    scanned = index % 3 == 1
    plan = make_plan(corpus.rng(index, "content"), index, small=scanned)
    pdf, pdf_gold = make_pdf(corpus, plan, index)
    if scanned:
        make_scan(corpus, plan, index, pdf, pdf_gold)
    for turn in (2 * index, 2 * index + 1):
        make_text(corpus, plan, index, TEXT_LAYOUTS[turn % len(TEXT_LAYOUTS)], pdf, pdf_gold)
    print(f"made {plan.stem}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=14, help="number of plans")
    ap.add_argument("--bank", choices=["plain", "wide", "fresh"], default="plain", help="phrase banks to draw from")
    ap.add_argument("--producer", choices=["chromium", "writer"], default="chromium", help="what prints the PDFs")
    ap.add_argument("--chromium", default=DEFAULT_CHROMIUM)
    ap.add_argument("--shapes", action="store_true", help="draw theme columns, refs in actions, record blocks too")
    ap.add_argument("--matter", action="store_true", help="give each plan front and back matter")
    ap.add_argument("--orders", action="store_true", help="draw the columns' order wider")
    ap.add_argument("--colours", action="store_true", help="fill ruled tables with strong colours at times")
    args = ap.parse_args()
    # A bank other than the plain one replaces the plain bank's names it names.
    other = {"wide": plan_bank_wide, "fresh": plan_bank_fresh}.get(args.bank)
    for name in other.NAMES if other else []:
        setattr(plan_bank, name, getattr(other, name))
    corpus = Corpus(args.out_dir, args.seed, args.chromium, args.producer, args.shapes, args.matter, args.orders,
                    args.colours)
    for index in range(args.count):
        make(corpus, index)


if __name__ == "__main__":
    main()
