"""Prints a plan's front and back matter (plan_matter.py) the way each
rendering prints the rest of the plan:

- html: headings, paragraphs, bullet lists and tables for Chromium, the
  tables ruled or not, the contents as dotted leaders or a table, the
  contents on a page of its own now and then;
- docx: the same as Word paragraphs, "List Bullet" lists and Word tables,
  the contents as right tab stops with dot leaders;
- text: converter text in each layout's own way: tables as tab-separated
  rows in tsv, pipe tables under "##" headings in Markdown, " / " between
  cells in slashes, one cell a line under a spaced header line in spaced,
  column by column in columns, all run into one paragraph in paragraph,
  columns padded with spaces elsewhere.

Each rendering draws its own choices from the generator it is given.
"""
import html
import textwrap

BULLETS = ["\u2022", "\uf0b7", "-", "\u25aa", "o"]


class Printing:
    """How one rendering prints a plan's `matter`, drawn from `rng`."""

    def __init__(self, matter, rng):
        self.matter = matter
        self.ruled = rng.random() < 0.5
        self.leaders = rng.random() < 0.7
        self.dots = rng.randint(8, 60)
        self.own_page = rng.random() < 0.5
        self.bullet = rng.choice(BULLETS)
        self.width = rng.randint(72, 110)

    def leader(self, title, page):
        """A contents line: the title, dots, the page number."""
        return f"{title} {'.' * max(self.dots - len(title) // 3, 3)} {page}"


def html_parts(printing):
    """The front and back matter as two HTML strings."""
    matter = printing.matter
    border = "border: 0.6pt solid #333;" if printing.ruled else "border: none;"
    style = f"<style>table.matter td, table.matter th {{ {border} }}</style>"
    front = style + "".join(html_block(block, printing) for block in matter.front)
    if printing.own_page and matter.front:
        front += "<div style='page-break-after: always'></div>"
    return front, "".join(html_block(block, printing) for block in matter.back)


def html_block(block, printing):
    """One block of matter as HTML."""
    kind, value = block[0], block[1]
    if kind == "heading":
        return f"<h3>{html.escape(value)}</h3>"
    if kind == "paragraph":
        return f"<p>{html.escape(value)}</p>"
    if kind == "bullets":
        return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in value) + "</ul>"
    if kind == "contents" and printing.leaders:
        return "".join(f"<p>{html.escape(printing.leader(title, page))}</p>" for title, page in value)
    headings, rows = (["", ""], [[title, str(page)] for title, page in value]) if kind == "contents" else block[1:]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table class='matter'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def add_docx(printing, document, where):
    """Adds the front or back matter (`where`) to a Word document."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER  # python3-docx is needed only here
    from docx.shared import Mm
    matter = printing.matter
    for block in getattr(matter, where):
        kind, value = block[0], block[1]
        if kind == "heading":
            document.add_heading(value, level=3)
        elif kind == "paragraph":
            document.add_paragraph(value)
        elif kind == "bullets":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "contents":
            for title, page in value:
                paragraph = document.add_paragraph(f"{title}\t{page}")
                leader = WD_TAB_LEADER.DOTS if printing.leaders else WD_TAB_LEADER.SPACES
                paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT, leader)
        else:
            add_docx_table(document, block[1], block[2], printing.ruled)
    if where == "front" and printing.own_page and matter.front:
        document.add_page_break()


def add_docx_table(document, headings, rows, ruled):
    """A Word table of a header row and `rows`."""
    table = document.add_table(rows=1 + len(rows), cols=len(headings))
    if ruled:
        table.style = document.styles["Table Grid"]
    for r, row in enumerate([headings] + rows):
        for c, text in enumerate(row):
            table.cell(r, c).paragraphs[0].add_run(text).bold = r == 0


def text_lines(printing, where, kind):
    """The front or back matter (`where`) as lines of `kind`'s converter text."""
    matter = printing.matter
    if kind == "paragraph":
        words = [text_of(block) for block in getattr(matter, where)]
        return textwrap.wrap(" ".join(words), printing.width) + [""]
    out = []
    for block in getattr(matter, where):
        block_kind, value = block[0], block[1]
        if block_kind == "heading":
            out += ["", "## " + value if kind == "pipe" else value, ""]
        elif block_kind == "paragraph":
            out += [value, ""] if kind in ("pipe", "tsv") else textwrap.wrap(value, printing.width) + [""]
        elif block_kind == "bullets":
            out += [f"{'-' if kind == 'pipe' else printing.bullet} {item}" for item in value] + [""]
        elif block_kind == "contents":
            joint = "\t" if kind == "tsv" else None
            out += [f"{t}{joint}{p}" if joint else printing.leader(t, p) for t, p in value] + [""]
        else:
            out += TABLE_WRITERS.get(kind, aligned_table)(block[1], block[2]) + [""]
    return out


def text_of(block):
    """A block's words on one line, as a paragraph rendering runs them in."""
    if block[0] in ("heading", "paragraph"):
        return block[1]
    if block[0] == "bullets":
        return " ".join(f"\u2022 {item}" for item in block[1])
    if block[0] == "contents":
        return " ".join(f"{title} {page}" for title, page in block[1])
    return " ".join(cell for row in [block[1]] + block[2] for cell in row if cell)


def aligned_table(headings, rows):
    """A table with its columns padded to line up, as converters keeping
    the layout write one."""
    widths = [max(len(row[c]) for row in [headings] + rows) for c in range(len(headings))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [headings] + rows]


def pipe_table(headings, rows):
    return (["| " + " | ".join(headings) + " |", "|" + "|".join("---" for _ in headings) + "|"]
            + ["| " + " | ".join(row) + " |" for row in rows])


def spaced_table(headings, rows):
    """A spaced header line, then one cell a line (an empty cell an empty line)."""
    return [" ".join(h for h in headings if h)] + [cell for row in rows for cell in row]


def columns_table(headings, rows):
    """Column by column: the heading, then each of its cells."""
    return [line for c, heading in enumerate(headings) for line in [heading] + [row[c] for row in rows if row[c]]]


TABLE_WRITERS = {"tsv": lambda headings, rows: ["\t".join(row) for row in [headings] + rows], "pipe": pipe_table,
                 "slashes": lambda headings, rows: [" / ".join(row) for row in [headings] + rows],
                 "spaced": spaced_table, "columns": columns_table}
def title_end(lines, title):
    """Where the front matter goes: after the line naming the plan's `title`
    (and the blank line after it), or at the very start when no line does."""
    for n, line in enumerate(lines):
        if line.lstrip("# ") == title:
            return n + 2 if n + 1 < len(lines) and not lines[n + 1].strip() else n + 1
    return 0


def around_text(printing, kind, text):
    """`text` (a text rendering of kind `kind`) with the front matter after
    its title block and the back matter after its end, on a page of its own
    where the rendering has pages."""
    matter = printing.matter
    lines = text.split("\n")
    at = title_end(lines, matter.plan.title)
    front = text_lines(printing, "front", kind)
    if printing.own_page and "\f" in text and matter.front:
        front.append("\f")
    back = text_lines(printing, "back", kind)
    joint = "\f" if "\f" in text and matter.back else ""
    return "\n".join(lines[:at] + front + lines[at:]).rstrip("\n") + "\n" + joint + "\n".join(back) + "\n"
