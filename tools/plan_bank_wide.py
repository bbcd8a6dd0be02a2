"""A second set of phrase banks for make_plans.py (--bank wide): boards,
headings, posts, bodies, progress words and people written afresh, none of
them in plan_bank.py or in planrows' rules. A held-out set drawn from it
tells whether recovery reads structure from content or from the names it
was tuned on.

Each name here replaces plan_bank's name of the same name; what it does not
name (priorities, verbs, qualifiers) is shared.
"""

BOARDS = [
    ("Thornbury Heath", "Safeguarding Children Partnership", "THSCP"),
    ("Little Aldermoor", "LSCB", "LALSCB"),
    ("Stanbridge and Colne", "Children's Safeguarding Partnership", "SCCSP"),
    ("Wexley", "Local Safeguarding Children Board", "WLSCB"),
    ("Fallowfield Downs", "Safeguarding Board for Children", "FDSB"),
    ("Marrick", "Safeguarding Children Board", "MSCB"),
    ("Oakhanger Vale", "Multi-Agency Safeguarding Arrangements", "OVMASA"),
    ("Pendle Cross", "LSCB", "PXLSCB"),
    ("Quarrington", "Safeguarding Partnership", "QSP"),
    ("Hollins Moor", "Children and Young People's Safeguarding Board", "HMCYPSB"),
]

PLAN_TITLES = ["Business Plan {span}", "Work Programme {span}", "Annual Plan {span}", "Improvement Plan {span}",
               "Safeguarding Priorities Plan {span}", "Joint Business Plan {span}"]

FIRST_NAMES = ["Agnieszka", "Bernard", "Chidi", "Dolores", "Euan", "Farah", "Graham", "Hannelore", "Idris",
               "Josephine", "Keith", "Leonie", "Mohammed", "Nuala", "Oluwaseun", "Pauline", "Quentin", "Rosalind"]
SURNAMES = ["Abernethy", "Ballantyne", "Chaudhry", "Dunmore", "Egerton", "Fairbairn", "Gillespie", "Hargreaves",
            "Ingleby", "Jarvis-Lowe", "Kinsella", "Llewellyn", "Montague", "Nakamura", "O'Rourke", "Pemberton"]

POSTS = ["Service Manager, Safeguarding", "Lead Nurse for Looked After Children", "Chief Superintendent",
         "Partnership Manager", "Head of Inclusion", "Quality Assurance Officer", "Strategic Lead for Exploitation",
         "Consultant Paediatrician", "Director of Nursing", "Workforce Development Officer", "Youth Service Manager",
         "Safeguarding Lead for Schools", "Housing Options Manager", "Chair of the Executive Group"]

BODIES = ["Case Review Group", "{abbr} Executive", "Probation Service", "Integrated Care Board", "Schools Cluster",
          "Missing and Exploited Panel", "Data and Intelligence Group", "Fire and Rescue Service", "Family Hubs",
          "Local Authority", "Health Partners", "Training Pool", "Independent Scrutineer", "Adult Services"]

PROGRESS = {
    "words": ["Red", "Amber", "Green", "Blue", "Green"],
    "letters": ["R", "A", "G", "B", "A"],
    "status": ["Achieved", "Partially achieved", "Not started", "Behind schedule", "On target", "Closed",
               "Carried forward"],
    "prose": ["Report went to the {month} Executive and was agreed", "Pilot running in two localities",
              "Delayed until the new case system is live", "{n} sessions delivered; evaluation due",
              "Lead changed in {month}; plan being revised", "Survey closed with {n}0 responses"],
    "percent": ["{pct}%", "{pct}% done"],
}

MEASURES = ["{pct}% of audited cases rated good or better", "Re-referral rate below {pct}%",
            "Quarterly dataset shows an upward trend", "Evaluation report received by the Executive",
            "At least {n} schools take part", "Case file audit finds the tool used in {pct}% of cases"]

# Headings no rule file lists as they stand: content and words must place them.
HEADINGS = {
    "ref": ["Ref no.", "Priority no.", "Code", "", "Line", "Item no.", "Action ref"],
    "action": ["Actions we will take", "Work to be undertaken", "Deliverables", "Planned work", "Steps to take",
               "Key actions / steps", "Intervention"],
    "outcome": ["Expected result", "Goal", "Outcome for children", "Purpose", "Why we are doing this",
                "Outcome required"],
    "lead": ["Led by", "Responsible lead(s)", "Champion", "Named officer", "Person / agency responsible",
             "Delivery lead", "Sponsor"],
    "timeframe": ["Target completion", "Date due", "Completion date", "By", "Target end date", "Time scale",
                  "Timeline"],
    "lead_timeframe": ["Lead / date", "Responsibility and timescale", "Led by / when"],
    "progress": ["RAG rating", "Progress to date", "Current position", "Status (RAG)", "Commentary",
                 "Latest update", "Q3 position"],
    "measure": ["Indicators of success", "Evidence we will use", "KPI / measure", "How we will measure impact",
                "Target"],
    "milestones": ["Milestones", "Stages", "Checkpoints"],
}

GROUP_HEADINGS = {
    ("lead", "timeframe"): ["Ownership", "Who and when"],
    ("timeframe", "progress"): ["Review", "Tracking"],
    ("measure", "progress"): ["Assurance", "Evaluation"],
    ("outcome", "action"): ["Our plan", "Priority work"],
}

NAMES = ["BOARDS", "PLAN_TITLES", "FIRST_NAMES", "SURNAMES", "POSTS", "BODIES", "PROGRESS", "MEASURES",
         "HEADINGS", "GROUP_HEADINGS"]
