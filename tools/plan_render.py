"""What the corpus generators share: printing HTML to PDF with headless
Chromium, reading PDFs back as converter text, printing cells, and writing
gold files (corpus/GOLD_FORMAT.md).

Used by make_layouts.py (the sample plans in other layouts) and
make_plans.py (fictional plans of boards planrows has never seen).
"""
import copy
import html
import json
import os
import shutil
import subprocess
import tempfile

DEFAULT_CHROMIUM = shutil.which("chromium") or "chromium"


def items(value):
    """A gold value as the list items it was printed as (joined by '; ')."""
    if not value:
        return []
    return [part for part in value.split("; ") if part]


def cell_text(lines, bullet):
    """A cell's lines on one text line, each led by `bullet` when there are several."""
    if len(lines) > 1 and bullet:
        return " ".join(f"{bullet} {line}" for line in lines)
    return " ".join(lines)


def html_cell(lines):
    """A cell's lines as HTML: a bulleted list when there are several."""
    if len(lines) > 1:
        return "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>"
    return html.escape(" ".join(lines))


def print_pdf(chromium, html_text, pdf_path):
    """Prints an HTML page to `pdf_path` with headless Chromium. Page size,
    margins and running headers come from the page's own @page rules."""
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "plan.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html_text)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={os.path.abspath(pdf_path)}",
                        "file://" + page],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdftotext(pdf_path, mode=None):
    """The PDF's text as Poppler's pdftotext writes it: `mode` None for its
    default reading order, "raw" for content-stream order, "layout" for
    columns kept apart by runs of spaces. Pages end with a form feed."""
    args = ["pdftotext", "-enc", "UTF-8"] + ([f"-{mode}"] if mode else []) + [pdf_path, "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_pages(pdf_path):
    """The number of pages of a PDF, from pdfinfo."""
    out = subprocess.run(["pdfinfo", pdf_path], check=True, capture_output=True, text=True).stdout
    return next(int(line.split()[1]) for line in out.splitlines() if line.startswith("Pages:"))


def write_gold(plan, sources, gold_dir, name):
    """Writes `plan` (a gold dict) as gold_dir/name.json, naming `sources`
    as the documents it applies to."""
    gold = copy.deepcopy(plan)
    gold["source"] = sources[0]
    gold["sources"] = sources
    with open(os.path.join(gold_dir, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
