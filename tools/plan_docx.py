"""A plan as a Word document (python-docx), printed to PDF by LibreOffice
Writer: the way most boards make their plans, and a second PDF producer
beside Chromium, whose text, spacing and page breaks differ from it.

The tables are Word tables: ruled ("Table Grid") or not, portrait or
landscape, header rows repeated on each page or not, rows allowed to break
across pages, two-level headers and merged outcome cells as merged Word
cells, cells set at the top or the middle of their rows, bullet lists as
paragraphs in a cell (Word's own bullet glyphs among them), RAG cells
shaded, section headings as paragraphs between tables, as merged
full-width rows or as a first column merged down; rows as record blocks;
running headers and "Page N of M" footers as Word fields.

Needs Debian's python3-docx and libreoffice-writer-nogui (run with
/usr/bin/python3, which sees Debian's Python packages).
"""
import os
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from plan_matter_print import add_docx

FONTS = ["Carlito", "Liberation Sans", "Liberation Serif", "DejaVu Sans"]
RAG_FILLS = {"red": "F4B6B6", "r": "F4B6B6", "amber": "FBDCA0", "a": "FBDCA0", "green": "BFE3B4", "g": "BFE3B4"}
# Relative column widths by role: prose wide, refs and dates narrow.
WIDTHS = {"theme": 1.2, "ref": 0.6, "outcome": 2.2, "action": 3.0, "measure": 2.2, "milestones": 2.2, "lead": 1.4,
          "resources": 1.4, "risks": 1.2, "links": 1.6,
          "timeframe": 1.0, "progress": 1.6, "lead_timeframe": 1.8}


class WordStyle:
    """The page choices of one Word rendering, drawn from `rng`."""

    def __init__(self, rng, ruled, landscape, plan):
        self.ruled, self.landscape = ruled, landscape
        self.font = rng.choice(FONTS)
        self.size = rng.choice([8, 9, 10, 11])
        self.running_header = f"{plan.board} {plan.title}" if rng.random() < 0.5 else None
        self.page_numbers = rng.choice([None, "Page {n} of {m}", "{n}"])
        self.repeat_header = rng.random() < 0.7
        self.bullet = rng.choice(["\u2022", "\uf0b7", "-", "\u25aa"])
        # Cells set in the middle of their row's height, in ruled tables: unruled, rows would not show.
        self.centred = ruled and rng.random() < 0.3


def render_table_docx(plan, layout, style, docx_path, matter=None):
    """Writes the plan's tables as a Word document at `docx_path`, with
    `matter` (a plan_matter_print.Printing) around them."""
    document = Document()
    set_page(document, style)
    document.add_heading(plan.board, level=1)
    document.add_heading(plan.title, level=2)
    if matter:
        add_docx(matter, document, "front")
    if layout.records:
        add_record_tables(document, plan, layout, style)
    else:
        add_tables(document, plan, layout, style)
    if matter:
        add_docx(matter, document, "back")
    document.save(docx_path)


def add_tables(document, plan, layout, style):
    """The plan's rows as Word tables: one per section under its heading, or
    one table with each section heading as a full-width row."""
    widths = column_widths(plan, layout, style)
    if layout.section_rows:
        table = start_table(document, layout, style, widths)
    for section in plan.sections:
        if not layout.section_rows:
            if layout.heading_above(section):
                document.add_heading(section.heading, level=3)
            table = start_table(document, layout, style, widths)
        elif section.heading:
            add_section_row(table, section.heading, style)
        add_body_rows(table, layout, section.rows, style)


def set_page(document, style):
    """Page size, orientation, margins, font and running text."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if style.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = style.font, Pt(style.size)
    normal.paragraph_format.space_after = Pt(0)
    if style.running_header:
        section.header.paragraphs[0].text = style.running_header
    if style.page_numbers:
        add_page_number(section.footer.paragraphs[0], style.page_numbers)


def add_page_number(paragraph, pattern):
    """Writes `pattern` with {n} and {m} as PAGE and NUMPAGES fields."""
    text = pattern
    while text:
        at = min((text.find(k) for k in ("{n}", "{m}") if k in text), default=-1)
        if at < 0:
            paragraph.add_run(text)
            break
        if at:
            paragraph.add_run(text[:at])
        add_field(paragraph, "PAGE" if text[at:at + 3] == "{n}" else "NUMPAGES")
        text = text[at + 3:]


def add_field(paragraph, code):
    """Appends a simple Word field (PAGE, NUMPAGES) to `paragraph`."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def column_widths(plan, layout, style):
    """Widths (mm) sharing the page by WIDTHS, each at least as wide as the
    longest word of its cells, as an author widens a column whose dates or
    refs break; headings may still break inside a word."""
    longest = [0] * len(layout.columns)
    for section in plan.sections:
        for _, cells in layout.body(section.rows):
            for i, lines in enumerate(cells):
                longest[i] = max([longest[i]] + [len(w) for line in lines for w in line.split()])
    char_mm = style.size * 0.6 * 25.4 / 72
    least = [n * char_mm + 3 for n in longest]
    usable = (297 if style.landscape else 210) - 30
    total = sum(WIDTHS[c] for c in layout.columns)
    widths = [max(usable * WIDTHS[c] / total, low) for c, low in zip(layout.columns, least)]
    scale = usable / sum(widths)
    return [Mm(w * scale if scale < 1 and w > low else w) for w, low in zip(widths, least)]


def start_table(document, layout, style, widths):
    """A new table with its header row(s), repeated on every page."""
    header = layout.header_rows()
    table = document.add_table(rows=len(header), cols=len(layout.columns))
    if style.ruled:
        table.style = document.styles["Table Grid"]
    set_widths(table, widths)
    fill_header(table, header, style)
    return table


def set_widths(table, widths):
    """Sets the columns' widths. Writer reads the table grid, Word the
    cells: both are set."""
    table.autofit = False
    for grid_column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        grid_column.set(qn("w:w"), str(int(width.twips)))
    for cell_column, width in zip(table.columns, widths):
        for cell in cell_column.cells:
            cell.width = width


def fill_header(table, header, style):
    """Writes the header rows; merged headings become merged cells."""
    taken = set()
    for r, row in enumerate(header):
        c = 0
        for text, colspan, rowspan in row:
            while (r, c) in taken:
                c += 1
            cell = table.cell(r, c)
            if colspan > 1 or rowspan > 1:
                cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
            taken |= {(r + i, c + j) for i in range(rowspan) for j in range(colspan)}
            write_lines(cell, [text] if text else [], style, bold=True)
            if style.ruled:
                shade(cell, "D9E2F0")
            c += colspan
        if style.repeat_header:
            mark_header_row(table.rows[r])


def add_section_row(table, heading, style):
    """A full-width row holding a section heading, in bold."""
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    write_lines(merged, [heading], style, bold=True)


def add_body_rows(table, layout, rows, style):
    """A Word row per plan row; a repeated outcome becomes one merged cell,
    and so does a theme cell over the section's rows."""
    spans = layout.outcome_spans(rows)
    merge = None  # (column index, first row, last row) of the outcome cell being spanned
    first_row = len(table.rows)
    for (row, cells), span in zip(layout.body(rows), spans):
        word_cells = table.add_row().cells
        here = len(table.rows) - 1
        for index, (column, lines) in enumerate(zip(layout.columns, cells)):
            if column == "theme":
                write_lines(word_cells[index], lines, style)
                continue
            if column == "outcome" and layout.merge_outcome:
                if span:
                    write_lines(word_cells[index], [row.outcome] if row.outcome else [], style)
                    merge = (index, here, here + span - 1)
                continue
            if column == "lead_timeframe":
                write_lines(word_cells[index], [v for v in (row.lead, row.timeframe) if v], style, bullets=False)
            else:
                write_lines(word_cells[index], lines, style)
            fill = RAG_FILLS.get((row.progress or "").lower()) if column == "progress" else None
            if fill:
                shade(word_cells[index], fill)
        if merge and merge[2] == here:
            index, first, last = merge
            if last > first:
                table.cell(first, index).merge(table.cell(last, index))
            merge = None
    if layout.theme_of and len(table.rows) - 1 > first_row:
        top = table.cell(first_row, 0)
        top.merge(table.cell(len(table.rows) - 1, 0))


def add_record_tables(document, plan, layout, style):
    """Each row as a two-column Word table of label / value rows, under its
    section's heading, a blank paragraph after each."""
    usable = (297 if style.landscape else 210) - 30
    for section in plan.sections:
        if section.heading:
            document.add_heading(section.heading, level=3)
        for row in section.rows:
            pairs = layout.record(row)
            table = document.add_table(rows=len(pairs), cols=2)
            if style.ruled:
                table.style = document.styles["Table Grid"]
            set_widths(table, [Mm(usable * 0.22), Mm(usable * 0.78)])
            for r, (label, lines) in enumerate(pairs):
                write_lines(table.cell(r, 0), [label], style, bold=True)
                write_lines(table.cell(r, 1), lines, style)
            document.add_paragraph()


def write_lines(cell, lines, style, bold=False, bullets=True):
    """Writes a cell's lines, a paragraph each, bulleted when there are several."""
    cell.paragraphs[0].text = ""
    if style.centred:
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for i, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        text = f"{style.bullet} {line}" if len(lines) > 1 and bullets else line
        paragraph.add_run(text).bold = bold


def shade(cell, fill):
    """Fills a cell's background with the hex colour `fill`."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def mark_header_row(row):
    """Marks a row as a header row, repeated at the top of each page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def print_word(plan, layout, style, pdf_path, matter=None):
    """Writes the plan as a Word document, with `matter` around its tables,
    and prints it to `pdf_path` with headless LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = os.path.join(tmp, "plan.docx")
        render_table_docx(plan, layout, style, docx_path, matter)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(os.path.join(tmp, "plan.pdf"), pdf_path)
