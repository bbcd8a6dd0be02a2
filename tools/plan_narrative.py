"""A plan written as prose with no table, as text or as HTML to print:
under each priority heading a short "why" paragraph, then an actions
heading and one bullet per action, its lead and date (where the plan has
them) written after it in words. Its gold rows are the actions, with the
lead and date the bullets name.
"""
import copy
import html

import plan_bank as bank
from plan_html import page


def bullet_text(row, form):
    """An action bullet: the action's items in one sentence, then its lead
    and timeframe in the plan's `form`."""
    text = "; ".join(row.action)
    if form == "brackets":
        said = [f"Lead: {row.lead}" if row.lead else None, f"by {row.timeframe}" if row.timeframe else None]
        said = [x for x in said if x]
        return f"{text} ({'; '.join(said)})" if said else text
    tail = (f" Lead: {row.lead}." if row.lead else "") + (f" Timescale: {row.timeframe}." if row.timeframe else "")
    return f"{text}.{tail}"


def render_narrative(plan, rng):
    """The plan as Markdown-like text."""
    form = rng.choice(["brackets", "sentences"])
    bullet = rng.choice(["-", "\u2022", "*"])
    actions = rng.choice(bank.NARRATIVE_ACTION_HEADINGS)
    out = [plan.board, "", plan.title, ""]
    for section in plan.sections:
        if section.heading:
            out += [section.heading, ""]
        out += [rng.choice(bank.NARRATIVE_INTROS), "", actions, ""]
        out += [f"{bullet} {bullet_text(row, form)}" for row in section.rows]
        out.append("")
    return "\n".join(out)


def render_narrative_html(plan, rng, style, matter=None):
    """The plan as an HTML page with headings and bulleted lists, with
    `matter` (a plan_matter_print.Printing) around them."""
    form = rng.choice(["brackets", "sentences"])
    actions = rng.choice(bank.NARRATIVE_ACTION_HEADINGS)
    parts = []
    for section in plan.sections:
        if section.heading:
            parts.append(f"<h3>{html.escape(section.heading)}</h3>")
        parts.append(f"<p>{html.escape(rng.choice(bank.NARRATIVE_INTROS))}</p><p><b>{html.escape(actions)}</b></p>")
        parts.append("<ul>" + "".join(f"<li>{html.escape(bullet_text(row, form))}</li>" for row in section.rows)
                     + "</ul>")
    return page(plan, parts, style, matter)


def narrative_gold(gold):
    """The gold of the narrative rendering: actions, leads and dates only."""
    gold = copy.deepcopy(gold)
    for row in gold["rows"]:
        row.update(ref=None, ref_alt=[], outcome=None, progress=None, extra={})
    return gold

