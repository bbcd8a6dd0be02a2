"""A plan as an HTML page for Chromium to print: ruled or unruled tables,
portrait or landscape, the header row(s) repeated on every page (thead),
two-level headers, merged outcome cells, section headings between tables,
as full-width rows inside one table or as a first column merged down,
rows as record blocks of label / value rows, RAG cells in colour, and running page
headers and footers ("Page 3 of 7") from CSS page margin boxes.
"""
import html

from plan_matter_print import html_parts
from plan_render import html_cell

CSS = """
@page { size: A4 %(orientation)s; margin: %(margin)s; %(furniture)s }
body { font-family: %(font)s; font-size: %(size)spt; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 10.5pt; margin: 14pt 0 4pt; }
table { border-collapse: collapse; width: 100%%; margin-bottom: 10pt; }
thead { display: table-header-group; }
th { text-align: left; vertical-align: bottom; font-weight: bold; background: %(head)s; color: %(head_text)s; }
th, td { padding: 3pt 4pt; %(border)s }
td { vertical-align: top; }
td.section { font-weight: bold; background: %(band)s; padding-top: 6pt; }
td.rag-red { background: %(red)s; } td.rag-amber { background: %(amber)s; } td.rag-green { background: %(green)s; }
ul { margin: 0; padding-left: 12pt; }
"""

FONTS = ["'DejaVu Sans', sans-serif", "'Liberation Serif', serif", "'Liberation Sans', Arial, sans-serif"]
# The fills of a ruled table's header, section rows and RAG cells: light
# tints, or the strong fills Word's table styles and a RAG scale's pure
# colours give, dark enough that a scan's grey loses the letters on them.
PALETTES = {
    "tint": {"head": "#d9e2f0", "head_text": "inherit", "band": "#eeeeee", "red": "#f4b6b6", "amber": "#fbdca0",
             "green": "#bfe3b4"},
    "office": {"head": "#1f4e79", "head_text": "#ffffff", "band": "#bdd7ee", "red": "#ff0000", "amber": "#ffc000",
               "green": "#00b050"},
    "deep": {"head": "#404040", "head_text": "#ffffff", "band": "#d9d9d9", "red": "#c00000", "amber": "#ff9900",
             "green": "#339933"},
}

RAG_CLASSES = {"red": "rag-red", "r": "rag-red", "amber": "rag-amber", "a": "rag-amber", "green": "rag-green",
               "g": "rag-green"}


class PageStyle:
    """The page choices of one PDF: rules, orientation, font, furniture."""

    def __init__(self, rng, ruled, landscape, plan):
        self.ruled = ruled
        self.landscape = landscape
        self.font = rng.choice(FONTS)
        self.size = rng.choice([8, 8.5, 9, 10])
        self.running_header = f"{plan.board} {plan.title}" if rng.random() < 0.5 else None
        self.page_numbers = rng.choice([None, "Page {n} of {m}", "{n}"])
        self.palette = "tint"

    def css(self):
        """The page's style sheet."""
        furniture = ""
        if self.running_header:
            furniture += f'@top-center {{ content: "{self.running_header}"; font-size: 7.5pt; }} '
        if self.page_numbers:
            number = self.page_numbers.replace("{n}", '" counter(page) "').replace("{m}", '" counter(pages) "')
            furniture += f'@bottom-right {{ content: "{number}"; font-size: 7.5pt; }}'
        return CSS % {
            "orientation": "landscape" if self.landscape else "portrait",
            "margin": "16mm 13mm" if furniture else "13mm",
            "furniture": furniture, "font": self.font, "size": self.size,
            "head": PALETTES[self.palette]["head"] if self.ruled else "none",
            "head_text": PALETTES[self.palette]["head_text"] if self.ruled else "inherit",
            "band": PALETTES[self.palette]["band"] if self.ruled else "none",
            "red": PALETTES[self.palette]["red"], "amber": PALETTES[self.palette]["amber"],
            "green": PALETTES[self.palette]["green"],
            "border": "border: 0.6pt solid #333;" if self.ruled else "border: none;",
        }


def page(plan, body_parts, style, matter=None):
    """A whole HTML page: the style, the plan's title block, then `body_parts`,
    between the front and back matter of a plan_matter_print.Printing."""
    front, back = html_parts(matter) if matter else ("", "")
    return "".join([f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{style.css()}</style></head><body>",
                    f"<h1>{html.escape(plan.board)}</h1><h2>{html.escape(plan.title)}</h2>",
                    front, *body_parts, back, "</body></html>"])


def render_table_html(plan, layout, style, matter=None):
    """The plan as tables: one per section under its heading, or one table
    with each section heading as a full-width row; or as record blocks;
    with `matter` (a plan_matter_print.Printing) around them."""
    if layout.records:
        return page(plan, record_tables(plan, layout), style, matter)
    parts = []
    if layout.section_rows:
        parts.append(table_start(layout))
    for section in plan.sections:
        if layout.section_rows:
            if section.heading:
                parts.append(f"<tr><td class='section' colspan='{len(layout.columns)}'>"
                             f"{html.escape(section.heading)}</td></tr>")
        else:
            if layout.heading_above(section):
                parts.append(f"<h3>{html.escape(section.heading)}</h3>")
            parts.append(table_start(layout))
        parts += body_rows(layout, section.rows)
        if not layout.section_rows:
            parts.append("</tbody></table>")
    if layout.section_rows:
        parts.append("</tbody></table>")
    return page(plan, parts, style, matter)


def table_start(layout):
    """A table's opening and its header rows."""
    rows = ["<tr>" + "".join(f"<th colspan='{c}' rowspan='{r}'>{html.escape(text)}</th>" for text, c, r in row)
            + "</tr>" for row in layout.header_rows()]
    return "<table><thead>" + "".join(rows) + "</thead><tbody>"


def body_rows(layout, rows):
    """The <tr> of each row; a merged outcome cell spans the rows it heads,
    a theme cell the whole section."""
    spans = layout.outcome_spans(rows)
    out = []
    for (row, cells), span in zip(layout.body(rows), spans):
        tds = []
        for column, lines in zip(layout.columns, cells):
            if column == "theme":
                if lines:
                    tds.append(f"<td rowspan='{len(rows)}'>{html_cell(lines)}</td>")
                continue
            if column == "outcome" and layout.merge_outcome:
                if span:
                    tds.append(f"<td rowspan='{span}'>{html_cell([row.outcome] if row.outcome else [])}</td>")
                continue
            css = RAG_CLASSES.get((row.progress or "").lower()) if column == "progress" else None
            if column == "lead_timeframe":
                lines = [v for v in (row.lead, row.timeframe) if v]
                text = "<br>".join(html.escape(x) for x in lines)
            else:
                text = html_cell(lines)
            tds.append((f"<td class='{css}'>" if css else "<td>") + text + "</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return out


def record_tables(plan, layout):
    """Each row as a two-column table of label / value rows, under its
    section's heading."""
    parts = []
    for section in plan.sections:
        if section.heading:
            parts.append(f"<h3>{html.escape(section.heading)}</h3>")
        for row in section.rows:
            trs = [f"<tr><th style='vertical-align:top'>{html.escape(label)}</th>"
                   f"<td>{html_cell(lines)}</td></tr>" for label, lines in layout.record(row)]
            parts.append("<table class='record'><colgroup><col style='width:22%'><col></colgroup><tbody>"
                         + "".join(trs) + "</tbody></table>")
    return parts
