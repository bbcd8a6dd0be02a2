"""How one rendering prints a plan as a table: which columns in which order,
their headings (one or two header rows), whether lead and date share a
cell, whether a repeated outcome is printed once, and where section
headings go. The renderers (plan_html.py, plan_text.py) print what a
TableLayout gives them: headings, and rows of cells as lists of lines.
With a Shapes (plan_shapes.py) a layout may also have a theme column, refs
inside the action cells, or print each row as a record block.
"""
import plan_bank as bank

TAIL_ORDERS = [
    ["measure", "milestones", "lead", "timeframe", "progress"],
    ["milestones", "lead", "timeframe", "progress", "measure"],
    ["lead", "timeframe", "measure", "milestones", "progress"],
    ["milestones", "lead", "timeframe", "measure", "progress"],
]


# Columns that no gold field holds, as some boards add them: their headings,
# and what their cells say (a risk's level reads like a status).
UNROLED_HEADINGS = {
    "resources": ["Resources", "Resources required", "Budget / resources", "Cost"],
    "risks": ["Risks", "Risk level", "Risks / dependencies"],
    "links": ["Links to other plans", "Strategic link", "Link to strategy"],
}
UNROLED_CELLS = {
    "resources": ["Within existing resources", "Officer time", "\u00a35,000 from the partnership budget",
                  "None identified", "Staff time from partner agencies", ""],
    "risks": ["Low", "Medium", "High", "Capacity in partner agencies", "Depends on the data sharing agreement", ""],
    "links": ["Children and Young People's Plan", "Health and Wellbeing Strategy", "Community Safety Plan",
              "Early Help Strategy", ""],
}


def wider_order(columns, rng):
    """`columns` in an order drawn wider than TAIL_ORDERS, as other boards
    print them: the columns after the action in any order (the date before
    the lead, the status before the measure), at times the lead before the
    outcome and action, and at times a column no gold field holds
    (UNROLED_HEADINGS). The ref column stays first."""
    first = [c for c in columns if c == "ref"]
    middle = [c for c in columns if c in ("outcome", "action")]
    tail = [c for c in columns if c not in first and c not in middle]
    rng.shuffle(tail)
    if "lead" in tail and rng.random() < 0.3:
        tail.remove("lead")
        first.append("lead")
    if rng.random() < 0.4:
        tail.insert(rng.randint(0, len(tail)), rng.choice(sorted(UNROLED_HEADINGS)))
    return first + middle + tail


class TableLayout:
    """The choices of one table rendering of `plan`, drawn from `rng`; with
    `order_rng`, the columns' order is drawn wider (wider_order)."""

    def __init__(self, plan, rng, shapes=None, order_rng=None):
        roles = plan.roles
        middle = [r for r in ("outcome", "action") if r in roles]
        if len(middle) == 2 and rng.random() < 0.3:
            middle.reverse()
        tail = [r for r in rng.choice(TAIL_ORDERS) if r in roles]
        # Lead and date in one cell, printed "lead<joint>date".
        self.combined_joint = rng.choice([" ", " \u2013 ", " - "]) if rng.random() < 0.2 else None
        if self.combined_joint:
            at = tail.index("lead")
            tail[at:at + 2] = ["lead_timeframe"]
        self.columns = (["ref"] if "ref" in roles else []) + middle + tail
        self.unroled_cells = {}
        if order_rng:
            self.columns = wider_order(self.columns, order_rng)
            self.unroled_cells = {(column, id(row)): order_rng.choice(UNROLED_CELLS[column])
                                  for column in self.columns if column in UNROLED_CELLS
                                  for section in plan.sections for row in section.rows}
        self.headings = self.choose_headings(rng)
        self.group = self.choose_group(rng) if rng.random() < 0.35 else None
        self.merge_outcome = rng.random() < 0.5
        self.section_rows = rng.random() < 0.4
        self.shapes = shapes
        self.records = bool(shapes and shapes.records)
        self.theme_of = {}
        if shapes:
            self.apply_shapes(plan, shapes, rng)

    def apply_shapes(self, plan, shapes, rng):
        """Reshapes the drawn layout as `shapes` asks: a theme column first,
        the ref column folded into the action cells, or record blocks
        (whose labels must not be blank, and which have no header rows)."""
        pair = self.columns[self.group[0]:self.group[0] + 2] if self.group else None
        if shapes.ref_joint:
            self.columns.remove("ref")
        if shapes.theme_heading:
            self.columns.insert(0, "theme")
            self.section_rows = False
            self.theme_of = {id(row): shapes.theme_text(section) for section in plan.sections for row in section.rows}
        # A two-level header spans the same pair of columns wherever they now stand.
        self.group = (self.columns.index(pair[0]), self.group[1]) if pair and not self.records else None
        self.headings = self.choose_headings(rng, blank=not self.records)

    def choose_headings(self, rng, blank=True):
        """A heading per column; no two columns headed alike; a blank one
        (ref columns have them) only with `blank`."""
        headings = []
        for column in self.columns:
            if column == "theme":
                headings.append(self.shapes.theme_heading)
                continue
            names = UNROLED_HEADINGS[column] if column in UNROLED_HEADINGS else bank.HEADINGS[column]
            choices = [h for h in names if h not in headings and (h or blank)]
            headings.append(rng.choice(choices))
        return headings

    def choose_group(self, rng):
        """(first column, merged heading) of a two-level header over two
        neighbouring columns, or None where no pair of columns allows one."""
        pairs = [(i, names) for i in range(len(self.columns) - 1)
                 for key, names in bank.GROUP_HEADINGS.items() if tuple(self.columns[i:i + 2]) == key]
        if not pairs:
            return None
        first, names = rng.choice(pairs)
        return first, rng.choice(names)

    def header_rows(self):
        """The header as rows of (text, colspan, rowspan) cells: one row, or
        two where a merged heading spans two columns."""
        if not self.group:
            return [[(h, 1, 1) for h in self.headings]]
        first, name = self.group
        top, bottom = [], []
        for i, heading in enumerate(self.headings):
            if i == first:
                top.append((name, 2, 1))
                bottom += [(heading, 1, 1), (self.headings[i + 1], 1, 1)]
            elif i != first + 1:
                top.append((heading, 1, 2))
        return [top, bottom]

    def heading_above(self, section):
        """The heading line printed above the section's rows: none where a
        theme column names the section instead."""
        return None if self.theme_of else section.heading

    def cells(self, row, previous):
        """The row's cells in column order, each a list of lines (items); a
        combined lead-and-date cell is one line. With merge_outcome, an
        outcome equal to the previous row's is printed once, above (an empty
        cell here); a theme cell is printed on the section's first row."""
        out = []
        for column in self.columns:
            if column == "theme":
                out.append([self.theme_of[id(row)]] if previous is None else [])
            elif column == "action" and self.shapes and self.shapes.ref_joint:
                out.append(self.shapes.action_with_ref(row.ref, row.action))
            elif column == "lead_timeframe":
                parts = [v for v in (row.lead, row.timeframe) if v]
                out.append([self.combined_joint.join(parts)] if parts else [])
            elif column == "outcome" and self.merge_outcome and previous and previous.outcome == row.outcome:
                out.append([])
            elif column in ("action", "measure", "milestones"):
                out.append(list(getattr(row, column)))
            elif column in UNROLED_CELLS:
                value = self.unroled_cells[(column, id(row))]
                out.append([value] if value else [])
            else:
                value = getattr(row, column)
                out.append([value] if value else [])
        return out

    def outcome_spans(self, rows):
        """For each row, how many rows its outcome cell spans (0 for a row
        whose outcome is printed above), when outcomes are merged."""
        spans = [1] * len(rows)
        if not self.merge_outcome:
            return spans
        first = 0
        for i in range(1, len(rows)):
            if rows[i].outcome == rows[first].outcome:
                spans[first] += 1
                spans[i] = 0
            else:
                first = i
        return spans

    def record(self, row):
        """The row as a record block: (label, lines) per column."""
        return list(zip(self.headings, self.cells(row, None)))

    def body(self, section_rows):
        """The cells of each row of a section, in order."""
        previous = None
        for row in section_rows:
            yield row, self.cells(row, previous)
            previous = row
