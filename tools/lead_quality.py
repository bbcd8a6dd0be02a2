#!/usr/bin/env python3
"""Count the lead entities of exported rows that an analyst could not count on.

usage: lead_quality.py ROWS.jsonl [--list] [--json]

ROWS.jsonl is `planrows export --format jsonl`. Every distinct entity key of the rows'
`lead_entities` is one entity. An entity is
  junk       when it names no one: only connector and stop words ("and", "the", "-"),
             a lone word such as "Lead", or a piece of a name broken at a hyphen
             ("F Gosling-") that no other entity of its board completes;
  a duplicate when an analyst would read it as another entity of the corpus: the same
             words after folding case, punctuation, hyphens, "&"/"and" and plurals; or, in
             the same board, an initial and surname beside a full name with that initial and
             surname, a hyphen fragment that starts another name, or a spelling one letter
             off (names of 8 letters or more).
Of each group of duplicates, all but one count. The last line printed is the headline:
the share of entities that are junk or duplicates.

The judge is written apart from the C++ resolver (pipeline/normalize/lead_resolver.cc) on
purpose, so that the figure does not merely restate what the resolver does.
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict

STOP = {"and", "or", "the", "of", "for", "to", "with", "by", "in", "on", "at", "a", "an", "as", "from",
        "lead", "leads", "tbc", "tba", "tbd", "na", "n", "etc", "via", "-"}


def fold(text):
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def singular(word):
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def signature(name):
    """The words of `name` with case, punctuation, hyphens, '&' and plurals folded."""
    text = unicodedata.normalize("NFKC", name).lower().replace("&", " and ").replace("-", "")
    return " ".join(singular(w) for w in re.sub(r"[^\w]+", " ", text).split())


def is_junk_words(name):
    words = fold(name).split()
    return not words or all(w in STOP or w.isdigit() for w in words)


# Words that name a post or body only with what comes before them ("Manager" cut from
# "Business Manager" by a line break). "Chair" and "Board" stand alone in plans, meaning
# the board's own.
HEADS = {"manager", "managers", "officer", "adviser", "advisor", "coordinator", "principal", "forum", "group",
         "sub-group", "subgroup", "team", "service", "services", "member", "members", "worker", "practitioner",
         "nurse", "doctor", "director", "lead", "leads", "executive", "strategic", "safeguarding", "children's",
         "assurance", "exploitation"}
# A date, a percentage or a progress word: another column's text run into the lead.
OTHER_FIELD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[-\s]*\d{2,4}\b"
                         r"|\bq[1-4]\b|\d+\s*%|\b(?:red|amber|green|complete|completed|on track)\b"
                         r"|\bsign-off\b|\bby end of\b")
TWO_PEOPLE = re.compile(r"^[A-Z]\.?\s+[A-Z][\w'’-]+\s+[A-Z]\.?\s+[A-Z][\w'’-]+$")


def why_junk(name):
    """Why `name` on its own is no entity; "" when it may be one."""
    if is_junk_words(name):
        return "no name"
    if name[:1].islower():
        return "cut at its start"
    if OTHER_FIELD.search(name):
        return "holds a date or status"
    if TWO_PEOPLE.match(name):
        return "two people in one"
    if fold(name) in HEADS:
        return "lone head word"
    return ""


def is_fragment(name):
    stripped = name.strip()
    return stripped.endswith("-") or stripped.startswith("-")


PERSON = re.compile(r"^([A-Z])\.?\s+([A-Z][\w'’-]+)$")
FULL = re.compile(r"^([A-Z])[a-z]+(?:\s+[A-Z][a-z]+)?\s+([A-Z][\w'’-]+)$")


def one_edit(a, b):
    """True when `a` and `b` differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


class Groups:
    """Union-find over entity keys."""

    def __init__(self):
        self.parent = {}

    def find(self, k):
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def read_entities(path):
    entities = {}  # key -> {"name", "kind", "boards"}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            board = row.get("board") or row.get("document") or ""
            for e in row.get("lead_entities") or []:
                entry = entities.setdefault(e["key"], {"name": e["name"], "kind": e.get("kind"), "boards": set()})
                entry["boards"].add(board)
    return entities


def same_board_pairs(entities):
    by_board = defaultdict(list)
    for key, e in entities.items():
        for board in e["boards"]:
            by_board[board].append(key)
    for keys in by_board.values():
        keys.sort()
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                yield a, b


def board_duplicates(ea, eb):
    """Why entities `ea` and `eb` of one board are one; "" when they are not."""
    na, nb = ea["name"], eb["name"]
    for x, y in ((na, nb), (nb, na)):
        if is_fragment(x) and signature(y).startswith(signature(x.strip(" -"))) and len(x.strip(" -")) >= 3:
            return "hyphen fragment"
        p, f = PERSON.match(x.strip()), FULL.match(y.strip())
        if p and f and p.group(1) == f.group(1) and p.group(2).lower() == f.group(2).lower():
            return "initial and surname"
    for (x, _), (y, y_kind) in (((na, ea["kind"]), (nb, eb["kind"])), ((nb, eb["kind"]), (na, ea["kind"]))):
        words = x.split()
        if y_kind != "person":
            continue
        if len(words) == 1 and words[0] in y.split():
            return "piece of a name"
        if len(words) > 2 and " ".join(words[:-1]) == y:
            return "name and a stray word"
    if PERSON.match(na.strip()) and PERSON.match(nb.strip()):
        return ""  # Two initials are two people.
    sa, sb = signature(na).replace(" ", ""), signature(nb).replace(" ", "")
    if min(len(sa), len(sb)) >= 8 and one_edit(sa, sb):
        return "spelling"
    return ""


def classify(entities):
    junk = {}
    for key, e in entities.items():
        why = why_junk(e["name"])
        if why:
            junk[key] = why
    groups, reasons = Groups(), {}
    by_signature = defaultdict(list)
    for key, e in entities.items():
        if key not in junk:
            by_signature[signature(e["name"])].append(key)
    for keys in by_signature.values():
        for k in keys[1:]:
            groups.join(k, keys[0])
            reasons[k] = "folded spelling"
    for a, b in same_board_pairs(entities):
        if a in junk or b in junk or groups.find(a) == groups.find(b):
            continue
        why = board_duplicates(entities[a], entities[b])
        if why:
            groups.join(a, b)
            reasons.setdefault(a, why)
    for key, e in entities.items():
        if key not in junk and key not in reasons and is_fragment(e["name"]):
            junk[key] = "hyphen fragment"
    members = defaultdict(list)
    for key in entities:
        if key not in junk:
            members[groups.find(key)].append(key)
    duplicates = {}
    for keys in members.values():
        if len(keys) > 1:
            keys.sort(key=lambda k: (-len(entities[k]["name"]), k))
            for k in keys[1:]:
                duplicates[k] = (reasons.get(k) or reasons.get(keys[0]) or "grouped", keys[0])
    return junk, duplicates


def main(argv):
    paths = [a for a in argv[1:] if not a.startswith("--")]
    if len(paths) != 1:
        sys.exit(__doc__)
    entities = read_entities(paths[0])
    junk, duplicates = classify(entities)
    total = len(entities)
    share = (len(junk) + len(duplicates)) / total if total else 0.0
    if "--list" in argv:
        for key, why in sorted(junk.items()):
            print(f"junk       {why:20} {entities[key]['name']!r}")
        for key, (why, keeper) in sorted(duplicates.items()):
            print(f"duplicate  {why:20} {entities[key]['name']!r} = {entities[keeper]['name']!r}")
    if "--json" in argv:
        print(json.dumps({"entities": total, "junk": len(junk), "duplicates": len(duplicates),
                          "share": round(share, 4)}))
    else:
        print(f"entities {total}  junk {len(junk)}  duplicates {len(duplicates)}  "
              f"junk or duplicate {100 * share:.1f}%")


if __name__ == "__main__":
    main(sys.argv)
