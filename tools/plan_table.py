"""How one rendering prints a plan as a table: which columns in which order,
their headings (one or two header rows), whether lead and date share a
cell, whether a repeated outcome is printed once, and where section
headings go. The renderers (plan_html.py, plan_text.py) print what a
TableLayout gives them: headings, and rows of cells as lists of lines.
"""
import plan_bank as bank

TAIL_ORDERS = [
    ["measure", "milestones", "lead", "timeframe", "progress"],
    ["milestones", "lead", "timeframe", "progress", "measure"],
    ["lead", "timeframe", "measure", "milestones", "progress"],
    ["milestones", "lead", "timeframe", "measure", "progress"],
]


class TableLayout:
    """The choices of one table rendering of `plan`, drawn from `rng`."""

    def __init__(self, plan, rng):
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
        self.headings = self.choose_headings(rng)
        self.group = self.choose_group(rng) if rng.random() < 0.35 else None
        self.merge_outcome = rng.random() < 0.5
        self.section_rows = rng.random() < 0.4

    def choose_headings(self, rng):
        """A heading per column; no two columns headed alike."""
        headings = []
        for column in self.columns:
            choices = [h for h in bank.HEADINGS[column] if h not in headings]
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

    def cells(self, row, previous):
        """The row's cells in column order, each a list of lines (items); a
        combined lead-and-date cell is one line. With merge_outcome, an
        outcome equal to the previous row's is printed once, above (an empty
        cell here)."""
        out = []
        for column in self.columns:
            if column == "lead_timeframe":
                parts = [v for v in (row.lead, row.timeframe) if v]
                out.append([self.combined_joint.join(parts)] if parts else [])
            elif column == "outcome" and self.merge_outcome and previous and previous.outcome == row.outcome:
                out.append([])
            elif column in ("action", "measure", "milestones"):
                out.append(list(getattr(row, column)))
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

    def body(self, section_rows):
        """The cells of each row of a section, in order."""
        previous = None
        for row in section_rows:
            yield row, self.cells(row, previous)
            previous = row
