#!/usr/bin/env python3
"""Makes plans in layouts the samples do not show, with their gold rows.

usage: make_layouts.py GOLD_DIR OUT_DIR [--rounds N] [--chromium PATH]

Each gold plan is written out again in other layouts, the way other boards
and other converters print the same content: other header names and column
orders, other section headings, Markdown pipe tables, flattened text with
one cell per line, combined "Lead & Completion Date" cells, bullet lists in
cells, narrative plans with bulleted actions, and PDFs printed by headless Chromium (ruled or unruled tables,
portrait or landscape, header rows repeated on every page). Every output gets a gold file in
OUT_DIR/gold that lists it as its source, so that score.py measures how
well the rules generalize beyond the layouts they were written against.

The choices are drawn from a generator seeded by the plan's name, so the
output is the same on every run.
"""
import argparse
import copy
import html
import json
import os
import random
import sys

from plan_render import DEFAULT_CHROMIUM, cell_text, html_cell, items, print_pdf, write_gold

# Header names per column, as other boards print them.
HEADERS = {
    "ref": ["Ref", "No.", "Ref No", "Reference", "Number"],
    "outcome": ["Desired outcome", "Outcome", "Objective", "What we want to achieve", "Expected outcomes"],
    "action": ["Action", "Actions", "What we will do", "Key actions", "Tasks", "Action required"],
    "lead": ["Lead", "Who", "Lead officer", "Responsible", "Owner", "Lead agency"],
    "timeframe": ["Timeframe", "By when", "Timescale", "Target date", "Deadline", "Completion date"],
    "lead_timeframe": ["Lead & Completion Date", "Lead and timescale", "Who and when"],
    "progress": ["Progress", "RAG status", "Update", "Current position", "Progress to date"],
    "measure": ["Measure of success", "Evidence", "KPI", "Success measures"],
    "milestones": ["Milestones", "Key milestones"],
    "how": ["How this will be achieved", "How"],
}

# Section headings: the label, and how the number is printed.
SECTION_LABELS = ["Priority", "Theme", "Strategic Priority", "Area", "Strategic Theme", "Objective"]
NUMBER_WORDS = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"]

TEXT_LAYOUTS = ["tsv", "pipe", "flat", "narrative"]
NARRATIVE_HEADINGS = ["What we will do", "Our actions", "Key actions", "How we will do it"]
PDF_LAYOUTS = ["ruled-portrait", "ruled-landscape", "unruled-landscape", "unruled-portrait"]


class Layout:
    """The choices one rendering makes: columns, headers, headings."""

    def __init__(self, plan, rng, combine_lead_date):
        rows = plan["rows"]
        has = lambda key: any(r.get(key) for r in rows)
        extras = sorted({k for r in rows for k in r["extra"] if k in HEADERS})
        self.combine = combine_lead_date
        middle = ["outcome", "action"] if has("outcome") else ["action"]
        if len(middle) == 2 and rng.random() < 0.4:
            middle.reverse()
        # Lead and timeframe columns are printed even when left empty.
        who = ["lead_timeframe"] if self.combine else ["lead", "timeframe"]
        refs = ["ref"] if has("ref") else []
        self.columns = refs + middle + extras + who + (["progress"] if has("progress") else [])
        self.headers = [rng.choice(HEADERS[c]) for c in self.columns]
        self.label = rng.choice(SECTION_LABELS)
        self.words = rng.random() < 0.3 and self.label != "Objective"
        self.separator = rng.choice([": ", " - ", " \u2013 ", ". "])

    def heading(self, section_ref, section):
        """The section heading line as printed, or None for no section."""
        if section_ref is None and section is None:
            return None
        number = section_ref or ""
        label = self.label
        if "." in number:
            label = "Objective"
        elif self.words and number.isdigit() and 0 < int(number) <= len(NUMBER_WORDS):
            number = NUMBER_WORDS[int(number) - 1]
            label = label.upper()
        return f"{label} {number}{self.separator}{section or ''}".strip()

    def table(self, rows):
        """The cells of each of `rows`, in order."""
        previous = None
        for row in rows:
            yield self.cells(row, previous)
            previous = row

    def cells(self, row, previous):
        """The row's cells in column order, as lists of lines (bullets)."""
        out = []
        for column in self.columns:
            if column == "lead_timeframe":
                out.append([v for v in (row.get("lead"), row.get("timeframe")) if v])
            elif column == "outcome" and previous is not None and row.get("outcome") == previous.get("outcome"):
                out.append([])  # A repeated outcome is printed once, above.
            elif column in ("measure", "milestones", "how"):
                out.append(items(row["extra"].get(column)))
            elif column == "ref":
                out.append([row["ref"]] if row.get("ref") else [])
            else:
                out.append(items(row.get(column)))
        return out




def sections(plan):
    """The plan's rows grouped by section, in order."""
    groups = []
    for row in plan["rows"]:
        key = (row.get("section_ref"), row.get("section"))
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(row)
    return groups


def title_lines(plan):
    return [plan["board"], plan["plan_title"], ""]




def render_tsv(plan, layout, rng):
    bullet = rng.choice(["\u2022", "\uf0b7", None])
    return render_tab_header(plan, layout, lambda cells: ["\t".join(cell_text(c, bullet) for c in cells)])


def render_pipe(plan, layout, rng):
    out = ["# " + plan["board"], "", "## " + plan["plan_title"], ""]
    for (ref, name), rows in sections(plan):
        heading = layout.heading(ref, name)
        if heading:
            out += ["### " + heading, ""]
        out.append("| " + " | ".join(layout.headers) + " |")
        out.append("|" + "|".join("---" for _ in layout.headers) + "|")
        for cells in layout.table(rows):
            out.append("| " + " | ".join(cell_text(c, "-").replace("|", "/") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


def render_flat(plan, layout, rng):
    """One cell per line in reading order after a header line, as some
    converters flatten tables; an empty cell is an empty line."""
    return render_tab_header(plan, layout, lambda cells: [cell_text(c, "\u2022") for c in cells])


def render_tab_header(plan, layout, row_lines):
    """Text tables under tab-separated header lines, each row written as
    the lines `row_lines` makes of its cells."""
    out = title_lines(plan)
    for (ref, name), rows in sections(plan):
        heading = layout.heading(ref, name)
        if heading:
            out += ["", heading]
        out.append("\t".join(layout.headers))
        for cells in layout.table(rows):
            out += row_lines(cells)
    return "\n".join(out) + "\n"


def render_narrative(plan, layout, rng):
    """A plan with no table: each section's actions as a bulleted list under
    an actions heading, sub-items (the parts of a gold value joined by '; ')
    indented under their item."""
    out = ["# " + plan["board"], "", "## " + plan["plan_title"], ""]
    heading = rng.choice(NARRATIVE_HEADINGS)
    for (ref, name), rows in sections(plan):
        title = layout.heading(ref, name)
        if title:
            out += ["### " + title, ""]
        out += ["#### Why is it important?", "", "The Board has agreed this priority with its partners.", ""]
        out += [f"## {heading}", ""]
        for row in rows:
            if not row.get("action"):
                continue
            first, *rest = items(row["action"])
            out.append(f"- {first}")
            out += [f"  - {item}" for item in rest]
        out.append("")
    return "\n".join(out)


def narrative_gold(plan):
    """The rows a narrative plan shows: its actions, with nothing else."""
    gold = copy.deepcopy(plan)
    gold["rows"] = [row for row in gold["rows"] if row.get("action")]
    for row in gold["rows"]:
        row.update(ref=None, ref_alt=[], outcome=None, lead=None, leads=[], timeframe=None, progress=None, extra={})
    return gold


CSS = """
@page { size: A4 %(orientation)s; margin: 14mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 10pt; margin: 14pt 0 4pt; }
table { border-collapse: collapse; width: 100%%; }
thead { display: table-header-group; }
th { text-align: left; font-weight: bold; background: %(head)s; }
th, td { vertical-align: top; padding: 3pt 4pt; %(border)s }
ul { margin: 0; padding-left: 12pt; }
"""




def render_html(plan, layout, rng, ruled, landscape):
    style = CSS % {
        "orientation": "landscape" if landscape else "portrait",
        "head": "#dbe5f1" if ruled else "none",
        "border": "border: 0.6pt solid #000;" if ruled else "border: none;",
    }
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{style}</style></head><body>",
             f"<h1>{html.escape(plan['board'])}</h1><h2>{html.escape(plan['plan_title'])}</h2>"]
    for (ref, name), rows in sections(plan):
        heading = layout.heading(ref, name)
        if heading:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in layout.headers)
                     + "</tr></thead><tbody>")
        for cells in layout.table(rows):
            parts.append("<tr>" + "".join(f"<td>{html_cell(lines)}</td>" for lines in cells) + "</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "".join(parts)






def make(plan, index, stem, out_dir, chromium):
    """Writes the plan's `index`-th text layout and PDF layout (taken in
    turn, so that a few plans cover every layout) and their gold files."""
    rng = random.Random(f"{stem}/{index}")
    gold_dir = os.path.join(out_dir, "gold")
    text = TEXT_LAYOUTS[index % len(TEXT_LAYOUTS)]
    if text == "flat" and not any(r.get("ref") for r in plan["rows"]):
        # A flattened table's rows are told apart by their references.
        text = "tsv"
    layout = Layout(plan, rng, combine_lead_date=rng.random() < 0.35)
    render = {"tsv": render_tsv, "pipe": render_pipe, "flat": render_flat, "narrative": render_narrative}[text]
    name = f"{stem}-{text}.{'txt' if text in ('tsv', 'flat') else 'md'}"
    with open(os.path.join(out_dir, "text", name), "w", encoding="utf-8") as f:
        f.write(render(plan, layout, rng))
    write_gold(narrative_gold(plan) if text == "narrative" else plan, [name], gold_dir, f"{stem}-{text}")

    kind = PDF_LAYOUTS[index % len(PDF_LAYOUTS)]
    layout = Layout(plan, rng, combine_lead_date=rng.random() < 0.35)
    pdf = f"{stem}-{kind}.pdf"
    html_text = render_html(plan, layout, rng, ruled=kind.startswith("ruled"), landscape=kind.endswith("landscape"))
    print_pdf(chromium, html_text, os.path.join(out_dir, "pdf", pdf))
    write_gold(plan, [pdf], gold_dir, f"{stem}-{kind}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--rounds", type=int, default=1, help="layouts of each kind per plan")
    ap.add_argument("--chromium", default=DEFAULT_CHROMIUM)
    args = ap.parse_args()
    for sub in ("gold", "text", "pdf"):
        os.makedirs(os.path.join(args.out_dir, sub), exist_ok=True)
    names = sorted(n for n in os.listdir(args.gold_dir) if n.endswith(".json"))
    for round_ in range(args.rounds):
        for index, name in enumerate(names):
            with open(os.path.join(args.gold_dir, name), encoding="utf-8") as f:
                plan = json.load(f)
            make(plan, round_ * len(names) + index, name[:-5], args.out_dir, args.chromium)
        print(f"made layouts of {name}", file=sys.stderr)


if __name__ == "__main__":
    main()
