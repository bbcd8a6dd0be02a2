"""A plan as converter text, the way word processors and PDF converters write
tables out, most of them having lost the table's structure:

- tsv: a tab between cells, one row a line;
- pipe: Markdown pipe tables under Markdown headings;
- spaced: a header line whose names are separated by single spaces, then
  one cell per line (an empty cell an empty line), pages split by form feeds
  with the header line repeated, a row now and then running over the break;
- columns: each column's cells in turn, page by page, each block led by the
  column's heading (wrapped), each wrapped line of a cell on its own line;
- slashes: one row a line with " / " between cells (lead cells hold "/" too);
- paragraph: the whole table run into one wrapped paragraph, headings, refs,
  page numbers and running footers inline;
- records (a layout's record blocks, whatever the kind): "Label: value"
  lines, tab-separated ones in tsv, two-column pipe tables in pipe.

Text read back from the plan's PDF by pdftotext is made in make_plans.py.
"""
import textwrap

from plan_render import cell_text

BULLETS = ["\u2022", "\uf0b7", "-", "\u25aa", "*"]


class Furniture:
    """Running header and page footer of a text rendering's pages."""

    def __init__(self, plan, rng):
        short = plan.abbr if rng.random() < 0.5 else plan.board
        self.header = rng.choice([f"{short} {plan.title}", f"{plan.board} \u2013 {plan.title}", None])
        self.footer = rng.choice(["Page {n} of {m}", "{n}", "- {n} -", "Page {n}"])

    def join(self, pages):
        """Pages (lists of lines) as text: each page framed by the running
        header and footer, pages ended by form feeds."""
        out = []
        for n, lines in enumerate(pages, 1):
            framed = ([self.header, ""] if self.header else []) + lines
            framed += ["", self.footer.format(n=n, m=len(pages))]
            out.append("\n".join(framed))
        return "\f".join(out) + "\n"


def title_lines(plan):
    return [plan.board, plan.title, ""]


def chunk(items, rng, smallest=3, largest=6):
    """`items` cut into runs of a random length, as rows fall on pages."""
    out, at = [], 0
    while at < len(items):
        size = rng.randint(smallest, largest)
        out.append(items[at:at + size])
        at += size
    return out


def render_tsv(plan, layout, rng):
    bullet = rng.choice(BULLETS)
    out = title_lines(plan)
    for section in plan.sections:
        if layout.heading_above(section):
            out += ["", section.heading]
        out.append("\t".join(layout.headings))
        out += ["\t".join(cell_text(c, bullet) for c in cells) for _, cells in layout.body(section.rows)]
    return "\n".join(out) + "\n"


def render_pipe(plan, layout, rng):
    out = ["# " + plan.board, "", "## " + plan.title, ""]
    for section in plan.sections:
        if layout.heading_above(section):
            out += ["### " + section.heading, ""]
        out.append("| " + " | ".join(layout.headings) + " |")
        out.append("|" + "|".join("---" for _ in layout.headings) + "|")
        for _, cells in layout.body(section.rows):
            out.append("| " + " | ".join(cell_text(c, "-").replace("|", "/") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


def row_units(plan, layout, row_lines):
    """The plan's rows as (lead-in lines, row lines): `row_lines` of its
    cells, led by the section heading under which it is the first row."""
    units = []
    for section in plan.sections:
        for i, (_, cells) in enumerate(layout.body(section.rows)):
            lead_in = ["", section.heading] if layout.heading_above(section) and i == 0 else []
            units.append((lead_in, row_lines(cells)))
    return units


def paged_rows(plan, layout, rng, header, row_lines):
    """Rows on pages of a few rows each, `header` (lines) at the top of
    every page. Now and then the last row of a page runs over onto the next,
    its last lines after that page's header, as a page break splits a row."""
    pages, carry = [], []
    runs = chunk(row_units(plan, layout, row_lines), rng)
    for n, run in enumerate(runs):
        lines = list(header) + carry + [line for lead_in, row in run for line in lead_in + row]
        carry = []
        row = run[-1][1]
        if n + 1 < len(runs) and len(row) > 2 and rng.random() < 0.4:
            cut = rng.randint(1, len(row) - 1)
            carry = row[cut:]
            del lines[len(lines) - len(carry):]
        pages.append(lines)
    pages[0] = title_lines(plan) + pages[0]
    return Furniture(plan, rng).join(pages)


def render_spaced(plan, layout, rng):
    bullet = rng.choice(BULLETS)
    header = [" ".join(h for h in layout.headings if h)]
    return paged_rows(plan, layout, rng, header, lambda cells: [cell_text(c, bullet) for c in cells])


def render_slashes(plan, layout, rng):
    bullet = rng.choice(BULLETS)
    header = [" / ".join(layout.headings)]
    return paged_rows(plan, layout, rng, header,
                      lambda cells: [" / ".join(cell_text(c, bullet) for c in cells)])


def wrap_cell(lines, width, bullet):
    """A cell's lines wrapped to `width`, each item led by `bullet` when there are several."""
    out = []
    for line in lines:
        text = f"{bullet} {line}" if len(lines) > 1 else line
        out += textwrap.wrap(text, width) or [""]
    return out


def render_columns(plan, layout, rng):
    """Each page's rows column by column: the column's heading (wrapped to
    the column's width), then its cell in each row, line by wrapped line.
    A section starts a new page, its heading above the blocks."""
    bullet = rng.choice(BULLETS)
    widths = [8 if c == "ref" else rng.randint(14, 40) for c in layout.columns]
    pages = []
    for section in plan.sections:
        for run in chunk(list(layout.body(section.rows)), rng, 2, 5):
            first = run[0][0] is section.rows[0]
            lines = [section.heading, ""] if layout.heading_above(section) and first else []
            for col, (heading, width) in enumerate(zip(layout.headings, widths)):
                lines += textwrap.wrap(heading, max(width // 2, 6))
                for _, cells in run:
                    lines += wrap_cell(cells[col], width, bullet) if cells[col] else []
            pages.append(lines)
    pages[0] = title_lines(plan) + pages[0]
    return Furniture(plan, rng).join(pages)


def render_paragraph(plan, layout, rng):
    """The whole plan run into one paragraph of wrapped lines: headings,
    column names, refs and cells inline, page footers mixed in."""
    furniture = Furniture(plan, rng)
    pages = len(plan.rows()) // 4 + 1
    words = [plan.board, plan.title]
    count = 0
    for section in plan.sections:
        words += [layout.heading_above(section)] if layout.heading_above(section) else []
        words += [h for h in layout.headings if h]
        for _, cells in layout.body(section.rows):
            words += [cell_text(c, "\u2022") for c in cells if c]
            count += 1
            if count % 4 == 0:
                words += [furniture.footer.format(n=count // 4, m=pages)]
                words += [furniture.header] if furniture.header else []
    return "\n".join(textwrap.wrap(" ".join(words), rng.randint(80, 110))) + "\n"


def render_records(plan, layout, rng, kind):
    """Each row as a block of label / value lines under its section's
    heading, blocks apart by a blank line, written as `kind` writes a
    two-column table."""
    bullet = rng.choice(BULLETS)
    out = title_lines(plan)
    for section in plan.sections:
        if section.heading:
            out += ["### " + section.heading if kind == "pipe" else section.heading, ""]
        for row in section.rows:
            pairs = [(label, cell_text(lines, bullet)) for label, lines in layout.record(row)]
            if kind == "pipe":
                out += [f"| {label} | {value.replace('|', '/')} |" for label, value in pairs]
                out.insert(len(out) - len(pairs) + 1, "|---|---|")
            else:
                joint = "\t" if kind == "tsv" else ": "
                out += [f"{label}{joint}{value}".rstrip() for label, value in pairs]
            out.append("")
    return "\n".join(out) + "\n"


RENDERERS = {"tsv": render_tsv, "pipe": render_pipe, "spaced": render_spaced, "slashes": render_slashes,
             "columns": render_columns, "paragraph": render_paragraph}
