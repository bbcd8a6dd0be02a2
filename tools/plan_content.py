"""The content of a fictional business plan: its board, period, sections and
action rows, each value as it will be printed (refs, lead cells, dates,
progress notes), drawn from plan_bank's phrase banks by a seeded generator.

A Plan knows nothing of layout; plan_table.py decides how it is printed.
`gold(plan)` gives its gold rows in the format of corpus/GOLD_FORMAT.md.
"""
import re
from dataclasses import dataclass, field

import plan_bank as bank

# The columns a plan may have, in the order gold rows list them.
ROLES = ["ref", "outcome", "action", "measure", "milestones", "lead", "timeframe", "progress"]

REF_STYLES = ["dotted", "dotted-dot", "three-level", "suffix", "plain", "prefix", "prefix-space",
              "p-dotted", "letter", "lower-prefix", "none"]
SECTION_STYLES = ["priority", "theme-word", "objective-letter", "numbered", "none"]
DATE_STYLES = ["month", "mon-yy", "dmy", "quarter", "end-of-quarter", "mixed"]
LEAD_SEPARATORS = ["/", " / ", ", ", " and ", "; ", " & "]


@dataclass
class Row:
    """One action row as printed. `action`, `measure` and `milestones` are
    lists of items (one item, or the bullets of a list)."""
    ref: str = None
    outcome: str = None
    action: list = field(default_factory=list)
    lead: str = None
    leads: list = field(default_factory=list)
    timeframe: str = None
    progress: str = None
    measure: list = field(default_factory=list)
    milestones: list = field(default_factory=list)


@dataclass
class Section:
    """A priority / theme / objective: its gold number and title, the heading
    line as printed (None for a plan without sections), and its rows."""
    ref: str
    title: str
    heading: str
    rows: list


@dataclass
class Plan:
    board: str
    board_key: str
    abbr: str
    title: str
    period_start: int
    period_end: int
    roles: list
    sections: list

    @property
    def stem(self):
        """The file name stem every rendering of the plan starts with."""
        return f"{self.board_key}-{self.period_start}"

    def rows(self):
        """Every action row, section after section."""
        return [row for section in self.sections for row in section.rows]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_plan(rng, index, small=False):
    """Draws the `index`-th plan, of the `index`-th board (boards past the
    end of the list come again, their key numbered). A small plan (three
    short sections) prints on one or two pages, for scanning."""
    place, kind, abbr = bank.BOARDS[index % len(bank.BOARDS)]
    key = slug(place) + (f"-{index // len(bank.BOARDS) + 1}" if index >= len(bank.BOARDS) else "")
    start = rng.randint(2014, 2019)
    end = start + rng.choice([1, 1, 2, 3])
    span = rng.choice([f"{start}-{str(end)[2:]}", f"{start}/{str(end)[2:]}", f"{start} - {end}", f"{start}-{end}"])
    roles = ["ref"] if rng.random() > 0.12 else []
    roles += ["outcome"] if rng.random() < 0.55 else []
    roles += ["action"]
    roles += ["measure"] if rng.random() < 0.35 else []
    roles += ["milestones"] if rng.random() < 0.15 else []
    roles += ["lead", "timeframe"]
    roles += ["progress"] if rng.random() < 0.75 else []
    style = {
        "ref": rng.choice(REF_STYLES[:-1]) if "ref" in roles else "none",
        "section": rng.choice(SECTION_STYLES[:-1]) if rng.random() > 0.08 else "none",
        "date": rng.choice(DATE_STYLES),
        "progress": rng.choice(list(bank.PROGRESS) + ["mixed"]),
        "names": rng.choice(["initial", "initial-dot", "full"]),
        "lead_sep": rng.choice(LEAD_SEPARATORS),
        "heading_sep": rng.choice([": ", " - ", " \u2013 ", ". "]),
    }
    count = 3 if small else rng.randint(3, 5)
    priorities = rng.sample(bank.PRIORITIES, count)
    sections = [make_section(rng, number, priority, roles, style, abbr, (start, end), small)
                for number, priority in enumerate(priorities, 1)]
    return Plan(f"{place} {kind}", key, abbr, rng.choice(bank.PLAN_TITLES).format(span=span),
                start, end, roles, sections)


def make_section(rng, number, priority, roles, style, abbr, period, small):
    """One section of rows under `priority`, numbered `number`."""
    title = rng.choice(priority["titles"])
    letter = "ABCDEFGH"[number - 1]
    word = bank.NUMBER_WORDS[number - 1]
    sep = style["heading_sep"]
    ref, heading = {
        "priority": (str(number), f"Priority {number}{sep}{title}"),
        "theme-word": (str(number), f"Strategic Theme {word} - {title}"),
        "objective-letter": (letter, f"Objective {letter}{sep}{title}"),
        "numbered": (str(number), f"{number}. {title}"),
        "none": (None, None),
    }[style["section"]]
    outcomes = rng.sample(priority["outcomes"], rng.randint(1, 2) if small else rng.randint(1, 3))
    objects = rng.sample(priority["objects"], len(priority["objects"]))
    rows = []
    for o, outcome in enumerate(outcomes, 1):
        for a in range(1, (rng.randint(1, 3) if small else rng.randint(1, 4)) + 1):
            row = Row(outcome=outcome if "outcome" in roles else None)
            row.ref = make_ref(style["ref"], number, letter, priority["abbr"], o, a, len(rows) + 1)
            row.action = make_action(rng, objects, len(rows))
            row.lead, row.leads = make_lead(rng, style, abbr)
            row.timeframe = make_date(rng, style["date"], period) if rng.random() > 0.06 else None
            if "progress" in roles and rng.random() > 0.3:
                row.progress = make_progress(rng, style["progress"])
            if "measure" in roles:
                row.measure = make_measures(rng, rng.choice([1, 1, 2]))
            if "milestones" in roles:
                draft, sign_off = sorted(rng.sample(range(12 * period[0], 12 * period[1] + 12), 2))
                row.milestones = [f"Draft by {bank.MONTHS[draft % 12]} {draft // 12}",
                                  f"Sign-off by {bank.MONTHS[sign_off % 12]} {sign_off // 12}"]
            rows.append(row)
    return Section(ref, title, heading, rows)


def make_ref(style, section, letter, abbr, outcome, action, position):
    """The row's printed reference: `outcome` and `action` number the row
    under its outcome, `position` counts it within the section."""
    return {
        "dotted": f"{section}.{position}",
        "dotted-dot": f"{section}.{position}.",
        "three-level": f"{section}.{outcome}.{action}",
        "suffix": f"{section}.{outcome}{'abcdef'[action - 1]}",
        "plain": str(position),
        "prefix": f"{abbr}{position}",
        "prefix-space": f"{abbr} {position}",
        "p-dotted": f"P{section}.{position}",
        "letter": f"{letter}{position}",
        "lower-prefix": f"{abbr.lower()}{position}",
        "none": None,
    }[style]


def make_action(rng, objects, position):
    """The action: one sentence, or (one time in five) a list of two to four items."""
    obj = objects[position % len(objects)]
    if rng.random() < 0.2:
        verbs = rng.sample(bank.VERBS, rng.randint(2, 4))
        others = [o for o in objects if o != obj] or [obj]
        return [f"{verbs[0]} {obj}"] + [f"{v} {rng.choice(others)}" for v in verbs[1:]]
    sentence = " ".join(x for x in (rng.choice(bank.VERBS), obj, rng.choice(bank.QUALIFIERS)) if x)
    if rng.random() < 0.3:
        sentence += ". " + rng.choice(bank.DETAILS).format(other=rng.choice(objects))
    return [sentence]


def make_person(rng, names):
    first, surname = rng.choice(bank.FIRST_NAMES), rng.choice(bank.SURNAMES)
    return {"initial": f"{first[0]} {surname}", "initial-dot": f"{first[0]}. {surname}",
            "full": f"{first} {surname}"}[names]


def make_lead(rng, style, abbr):
    """The lead cell as printed and its people or groups; (None, []) for one
    row in twelve. Parts are joined by the plan's separator unless a part
    holds it, then by '/'."""
    if rng.random() < 0.08:
        return None, []
    leads, count = [], rng.choice([1, 1, 1, 2, 2, 3])
    while len(leads) < count:
        kind = rng.choice(["person", "person", "post", "body", "body"])
        lead = (make_person(rng, style["names"]) if kind == "person" else rng.choice(bank.POSTS) if kind == "post"
                else rng.choice(bank.BODIES).format(abbr=abbr))
        if lead not in leads:
            leads.append(lead)
    sep = style["lead_sep"]
    if any(sep.strip() in lead for lead in leads):
        sep = "/"
    return sep.join(leads), leads


def make_date(rng, style, period):
    """A timeframe within the plan's period as printed in `style`."""
    year = rng.randint(*period)
    month = rng.randint(1, 12)
    fy = year if month > 3 else year - 1
    name = bank.MONTHS[month - 1]
    quarter = rng.randint(1, 4)
    if style == "mixed":
        style = rng.choice(["month", "mon-yy", "dmy", "quarter", "end-of-quarter", "other", "other", "other"])
    if style == "other":
        return rng.choice([
            "Ongoing", f"April {fy} - March {fy + 1}", f"{rng.choice(bank.SEASONS)} {year}", "Quarterly",
            f"{fy}/{str(fy + 1)[2:]}", f"{name[:3] if month != 9 else 'Sept'} {year} and then annually",
            f"End of {name} {year}", f"By {name} {year}", "Monthly", f"From {name} {year}", "Annually"])
    last_day = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return {
        "month": f"{name} {year}",
        "mon-yy": f"{name[:3]}-{str(year)[2:]}",
        "dmy": f"{last_day:02d}/{month:02d}/{year}",
        "quarter": f"Q{quarter} {fy}/{str(fy + 1)[2:]}",
        "end-of-quarter": f"By end of Q{quarter}",
    }[style] if rng.random() > 0.12 else "Ongoing"


def make_progress(rng, style):
    """A progress cell in the plan's `style` (a key of bank.PROGRESS, or mixed)."""
    if style == "mixed":
        style = rng.choice(list(bank.PROGRESS))
    text = rng.choice(bank.PROGRESS[style])
    return text.format(month=rng.choice(bank.MONTHS), n=rng.randint(3, 11), pct=rng.choice(range(10, 100, 5)))


def make_measures(rng, count):
    """`count` different measures of success."""
    return [m.format(pct=rng.choice(range(50, 100, 5)), n=rng.choice([10, 12, 20, 25]))
            for m in rng.sample(bank.MEASURES, count)]


def gold(plan):
    """The plan's gold dict: board, period and one gold row per action row."""
    rows = []
    for section in plan.sections:
        for row in section.rows:
            extra = {key: "; ".join(getattr(row, key)) for key in ("measure", "milestones") if getattr(row, key)}
            rows.append({
                "section_ref": section.ref, "section": section.title,
                "ref": row.ref.rstrip(".") if row.ref else None, "ref_alt": [],
                "outcome": row.outcome, "action": "; ".join(row.action),
                "lead": row.lead, "leads": list(row.leads), "timeframe": row.timeframe,
                "progress": row.progress, "extra": extra,
            })
    return {"source": None, "board": plan.board, "board_key": plan.board_key, "plan_title": plan.title,
            "period_start": plan.period_start, "period_end": plan.period_end, "rows": rows}
