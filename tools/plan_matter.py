"""The front and back matter of a plan, which only `make_plans.py --matter`
draws: what real plans print around their action tables, and what planrows
must not read as action rows, sections or parts of rows.

- contents: titles with dotted leaders (or a two-column table) and page numbers;
- introduction or foreword: numbered paragraphs ("1. Introduction",
  "1.2 The Board has ..."), a bullet list now and then;
- membership: a table of Name | Role | Agency;
- glossary: a table of Abbreviation | Meaning ("CSE | Child sexual exploitation");
- budget: a table of income and expenditure in pounds, with totals;
- priorities at a glance: a table (or a list) naming only the priorities;
- performance: a table of Indicator | 2015/16 | 2016/17 | Target.

Back matter is headed "Appendix 1 - Glossary" and the like. The content is
drawn once per plan, from a generator of its own, so that plans made
without --matter stay as they were; each rendering then draws how it prints
it (tables ruled or not, leaders or a table for the contents) from its own
generator too. The gold stays the action rows only. Printing it is in
plan_matter_print.py.
"""
import plan_bank as bank

# Pieces before the tables (a contents list may come first of all) and after them.
FRONT = ["introduction", "membership", "glance", "performance"]
BACK = ["glossary", "budget", "performance", "membership"]

INTRO_HEADINGS = ["Introduction", "Foreword", "Foreword from the Independent Chair", "Welcome", "About this plan",
                  "Introduction by the Chair", "Purpose of this plan", "Background"]
CONTEXT_HEADINGS = ["Our local context", "How the Board works", "Governance", "Where we are now",
                    "What our data tells us", "Learning from last year", "Our partners"]
# Prose sentences of numbered paragraphs: {board}, {abbr}, {span} and {year} are filled in.
SENTENCES = [
    "The {board} brings together the agencies that work with children and families in the area.",
    "This plan sets out what the {abbr} will do in {span} and how partners will hold each other to account.",
    "The Board has agreed a small number of priorities so that its work is focused where it matters most.",
    "Partners agreed at the development day in {year} that the priorities of the last plan still stand.",
    "Each priority is led by a sub-group, which reports its progress to every meeting of the Board.",
    "We will publish an annual report in the autumn describing what difference this plan has made.",
    "The statutory guidance requires the {abbr} to coordinate and check the work of its partners.",
    "Our audits in {year} showed that practice is improving but is not yet consistently good.",
    "Children and young people told us they want to be listened to and to see the same worker.",
    "The plan will be reviewed every quarter by the Executive Group and updated as needed.",
    "Funding for the Board comes from the partner agencies, shared by an agreed formula.",
    "The Independent Chair is accountable to the Chief Executive of the local authority.",
    "More than 2,400 referrals were received in {year}, a rise of 6% on the year before.",
    "We thank all the staff and volunteers whose work keeps children in our area safe.",
    "Where this plan says 'we' it means all of the partner agencies of the {abbr}.",
]
LIST_LEADS = ["Our partners are:", "The Board will:", "This plan should be read with:", "We have learnt that:",
              "Members of the Board agreed to:"]
LIST_ITEMS = ["the Children and Young People's Plan", "the Health and Wellbeing Strategy",
              "the Community Safety Partnership plan", "share information promptly and safely",
              "challenge each other when practice falls short", "the local authority children's services",
              "the clinical commissioning group", "the police and the probation service", "schools and colleges",
              "listen to the voice of the child", "the annual report of the Board", "the learning and improvement "
              "framework", "the voluntary and community sector", "attend Board meetings regularly"]

GIVEN = ["Alaric", "Morwenna", "Ifeoma", "Teodor", "Saoirse", "Bartholomew", "Yusra", "Leontyne", "Caspian",
         "Dervla", "Hollis", "Anwen", "Fitzroy", "Zainab", "Ottilie", "Emrys"]
FAMILY = ["Quenby", "Tregarthen", "Abernethy-Cole", "Vasquez", "Oduya", "Pemberton", "Lisowski", "Harcourt",
          "Mbeki-Ross", "Fairclough", "Ansari", "Whitlock", "Drummond", "Kavanagh", "Sorensen", "Ellery"]
MEMBER_ROLES = ["Independent Chair", "Vice Chair", "Board member", "Lay member", "Designated Doctor",
                "Head of Service", "Detective Superintendent", "Director of Children's Services", "Head teacher",
                "Assistant Chief Officer", "Business Manager", "Designated Nurse", "Legal adviser"]
AGENCIES = ["{place} County Council", "{place} Clinical Commissioning Group", "Constabulary",
            "National Probation Service", "Community Rehabilitation Company", "CAFCASS", "Hospital NHS Trust",
            "Community Health Trust", "Primary schools", "Secondary academies", "Voluntary sector forum",
            "Housing Association", "Youth Offending Service", "Ambulance Service"]
MEMBERSHIP_HEADINGS = [["Name", "Role", "Agency"], ["Member", "Title", "Organisation"],
                       ["Name", "Position", "Representing"], ["Board member", "Role", "Agency"]]
MEMBERSHIP_TITLES = ["Board membership", "Members of the Board", "Who sits on the Board", "Board members"]

GLOSSARY = [("CSE", "Child sexual exploitation"), ("CAMHS", "Child and adolescent mental health services"),
            ("MASH", "Multi-agency safeguarding hub"), ("LADO", "Local authority designated officer"),
            ("SCR", "Serious case review"), ("CIN", "Child in need"), ("CP", "Child protection"),
            ("EHA", "Early help assessment"), ("DSL", "Designated safeguarding lead"),
            ("FGM", "Female genital mutilation"), ("MARAC", "Multi-agency risk assessment conference"),
            ("CDOP", "Child death overview panel"), ("QA", "Quality assurance"), ("KPI", "Key performance indicator"),
            ("SEND", "Special educational needs and disabilities"), ("VAWG", "Violence against women and girls"),
            ("DV", "Domestic violence"), ("LAC", "Looked after children"), ("NEET", "Not in education, employment "
            "or training"), ("MAPPA", "Multi-agency public protection arrangements")]
GLOSSARY_HEADINGS = [["Abbreviation", "Meaning"], ["Acronym", "What it stands for"], ["Term", "Definition"],
                     ["Abbreviation", "Full title"]]
GLOSSARY_TITLES = ["Glossary", "Glossary of terms", "Abbreviations", "Acronyms used in this plan"]

INCOME = ["Local authority contribution", "Police contribution", "CCG contribution", "Probation contribution",
          "Schools Forum", "Carried forward from last year", "Training income"]
SPENDING = ["Independent Chair", "Business Unit staffing", "Training programme", "Serious case reviews",
            "Audits and reviews", "Website and communications", "Room hire and events"]
BUDGET_TITLES = ["Budget {span}", "Board finances", "Financial arrangements", "Income and expenditure",
                 "Resources"]

GLANCE_TITLES = ["Our priorities at a glance", "Priorities for {span}", "Summary of priorities",
                 "Plan on a page", "Our priorities"]
GLANCE_HEADINGS = [["Priority", "What we want to achieve"], ["Our priorities", "Why it matters"],
                   ["No.", "Priority"]]
WHY = ["So that children are safe at home", "Because partners told us this is a risk", "Learning from reviews",
       "Audits found gaps in practice", "Children asked us to", "A rise in referrals last year"]

INDICATORS = ["Referrals to children's social care", "Re-referrals within 12 months", "Children on a child "
              "protection plan", "Early help assessments completed", "Staff attending Board training",
              "Audits completed on time", "Children missing from home", "Return interviews offered within "
              "72 hours", "Schools returning the safeguarding audit"]
PERFORMANCE_TITLES = ["Performance data", "Key indicators", "How we will measure progress", "Our data",
                      "Performance at a glance"]
APPENDIX_FORMS = ["Appendix {n} - {title}", "Appendix {n}: {title}", "APPENDIX {n}", "Annex {letter}: {title}",
                  "Appendix {letter} \u2013 {title}"]


class Matter:
    """The front and back matter of one plan: lists of blocks, each a tuple
    ("heading", text), ("paragraph", text), ("bullets", items), ("table",
    headings, rows) or ("contents", [(title, page)])."""

    def __init__(self, plan, rng):
        self.plan = plan
        self.fill = {"board": plan.board, "abbr": plan.abbr, "year": plan.period_start - 1,
                     "span": f"{plan.period_start}-{plan.period_end}", "place": plan.board.split()[0]}
        front = [kind for kind in FRONT if rng.random() < 0.55]
        back = [kind for kind in BACK if kind not in front and rng.random() < 0.5]
        rng.shuffle(front)
        self.numbered = rng.random() < 0.6
        self.appendix_form = rng.choice(APPENDIX_FORMS)
        self.front = [block for kind in front for block in getattr(self, kind)(rng)]
        self.back = [block for n, kind in enumerate(back, 1) for block in self.appendix(n, getattr(self, kind)(rng))]
        if rng.random() < 0.6:
            self.front = self.contents(rng) + self.front

    def text(self, template):
        """`template` with the plan's board, acronym, years and place filled in."""
        return template.format(**self.fill)

    def appendix(self, n, blocks):
        """A back piece as appendix `n`: its heading in the plan's appendix
        form, or the form's heading ("APPENDIX 2") above its own heading."""
        title = blocks[0][1]
        heading = self.appendix_form.format(n=n, letter="ABCDEFGH"[n - 1], title=title)
        return [("heading", heading)] + blocks[1 if title in heading else 0:]

    def introduction(self, rng):
        """One or two numbered parts of prose paragraphs ("1. Introduction",
        "1.1 The Board ..."), or plain ones, with a bullet list now and then."""
        blocks = []
        titles = [rng.choice(INTRO_HEADINGS)] + ([rng.choice(CONTEXT_HEADINGS)] if rng.random() < 0.6 else [])
        sentences = rng.sample(SENTENCES, 8)
        for part, title in enumerate(titles, 1):
            blocks.append(("heading", f"{part}. {title}" if self.numbered else title))
            for n in range(1, rng.randint(2, 4) + 1):
                text = " ".join(self.text(s) for s in sentences[:rng.randint(1, 2)])
                sentences = sentences[2:] or rng.sample(SENTENCES, 8)
                blocks.append(("paragraph", f"{part}.{n} {text}" if self.numbered else text))
            if rng.random() < 0.5:
                blocks += [("paragraph", rng.choice(LIST_LEADS)), ("bullets", rng.sample(LIST_ITEMS, 4))]
        return blocks

    def membership(self, rng):
        """A table of the Board's members: name, role, agency."""
        rows = [[f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", role, self.text(rng.choice(AGENCIES))]
                for role in rng.sample(MEMBER_ROLES, rng.randint(5, 9))]
        return [("heading", rng.choice(MEMBERSHIP_TITLES)), ("table", rng.choice(MEMBERSHIP_HEADINGS), rows)]

    def glossary(self, rng):
        """A table of abbreviations and what they mean, in alphabetical order."""
        pairs = sorted(rng.sample(GLOSSARY, rng.randint(6, 12)) + [(self.plan.abbr, self.plan.board)])
        return [("heading", rng.choice(GLOSSARY_TITLES)), ("table", rng.choice(GLOSSARY_HEADINGS),
                                                          [list(pair) for pair in pairs])]

    def budget(self, rng):
        """Income and expenditure in pounds, each with its total."""
        rows = []
        for label, items in (("Income", INCOME), ("Expenditure", SPENDING)):
            amounts = [rng.randint(5, 180) * 500 for _ in range(rng.randint(3, 5))]
            rows.append([label, ""])
            rows += [[item, f"\u00a3{amount:,}"] for item, amount in zip(rng.sample(items, len(amounts)), amounts)]
            rows.append([f"Total {label.lower()}", f"\u00a3{sum(amounts):,}"])
        return [("heading", self.text(rng.choice(BUDGET_TITLES))), ("table", ["", self.fill["span"]], rows)]

    def glance(self, rng):
        """The priorities named once, in a small table or as a list."""
        titles = [section.title for section in self.plan.sections]
        head = ("heading", self.text(rng.choice(GLANCE_TITLES)))
        if rng.random() < 0.35:
            return [head, ("bullets", titles)]
        headings = rng.choice(GLANCE_HEADINGS)
        if headings[0] == "No.":
            return [head, ("table", headings, [[str(n), t] for n, t in enumerate(titles, 1)])]
        return [head, ("table", headings, [[t, rng.choice(WHY)] for t in titles])]

    def performance(self, rng):
        """Indicators by year against a target: counts and percentages."""
        start = self.plan.period_start
        years = [f"{y - 2}/{str(y - 1)[2:]}" for y in (start - 1, start, start + 1)]
        rows = []
        for indicator in rng.sample(INDICATORS, rng.randint(4, 7)):
            percent = rng.random() < 0.5
            values = [f"{rng.randint(20, 99)}%" if percent else f"{rng.randint(40, 3000):,}" for _ in years]
            rows.append([indicator] + values + [rng.choice([f"{rng.randint(60, 100)}%", "Increase", "Reduce",
                                                            "-", f"{rng.randint(50, 2500):,}"])])
        return [("heading", rng.choice(PERFORMANCE_TITLES)), ("table", ["Indicator"] + years + ["Target"], rows)]

    def contents(self, rng):
        """A contents list: the headings of the matter and the sections, with
        rising page numbers."""
        titles = [block[1] for block in self.front if block[0] == "heading"]
        titles += [section.heading for section in self.plan.sections if section.heading] or [
            rng.choice(bank.PLAN_TITLES).format(span="").strip()]
        titles += [block[1] for block in self.back if block[0] == "heading"]
        page, entries = rng.randint(2, 3), []
        for title in titles:
            entries.append((title, page))
            page += rng.randint(1, 3)
        return [("heading", rng.choice(["Contents", "Contents", "Table of contents", "CONTENTS", "Index"])),
                ("contents", entries)]
