"""Phrase banks of the fictional plans make_plans.py writes: boards, plan
titles, priorities with their own outcomes and objects of action, verbs and
qualifiers, people, posts and bodies, dates, progress notes and column
headings. All of it is invented for the generator; none of it is taken
from the sample plans or from planrows' rules.
"""

# (place, kind of board, acronym) -> "Kestrel Vale Safeguarding Children Partnership", "KVSCP".
BOARDS = [
    ("Kestrel Vale", "Safeguarding Children Partnership", "KVSCP"),
    ("Northmoor", "LSCB", "NLSCB"),
    ("Ashcombe and Fenwick", "Safeguarding Children Board", "AFSCB"),
    ("Harrowden", "Local Safeguarding Children Board", "HLSCB"),
    ("Calder Brook", "Safeguarding Partnership", "CBSP"),
    ("Westholm", "Children's Safeguarding Board", "WCSB"),
    ("Pennington Marsh", "Safeguarding Children Board", "PMSCB"),
    ("Tollbridge", "LSCB", "TLSCB"),
    ("Ravensfield", "Safeguarding Children Partnership", "RSCP"),
    ("Sallowmere", "Local Safeguarding Children Board", "SLSCB"),
    ("Brantwick", "Safeguarding Children Board", "BrSCB"),
    ("Greystone Borough", "Safeguarding Children Board", "GBSCB"),
    ("Elmsford", "Children's Partnership Board", "ECPB"),
    ("Upper Wenning", "LSCB", "UWLSCB"),
    ("Coldharbour Fields", "Safeguarding Children Partnership", "CFSCP"),
    ("Milbury St Anne", "Local Safeguarding Children Board", "MSALSCB"),
    ("Orrin Valley", "Safeguarding Board", "OVSB"),
    ("Farleigh Cross", "Safeguarding Children Board", "FXSCB"),
]

PLAN_TITLES = ["Business Plan {span}", "Annual Business Plan {span}", "Delivery Plan {span}",
               "Strategic Plan and Work Programme {span}", "Board Priorities and Action Plan {span}",
               "Partnership Work Plan {span}", "Business Plan and Priorities {span}"]

# Priorities: section titles, the outcomes wanted under them, and what actions act on.
PRIORITIES = [
    {"abbr": "NG", "titles": ["Tackling neglect earlier", "Neglect is seen and acted on sooner"],
     "outcomes": ["Families living with neglect get help before problems escalate",
                  "Practitioners use a shared tool to judge the level of neglect",
                  "Children on plans for neglect see lasting change in their home life"],
     "objects": ["the neglect assessment toolkit", "home conditions guidance", "the graded neglect screening tool",
                 "a neglect champions network", "multi-agency neglect training", "chronologies in neglect cases"]},
    {"abbr": "CE", "titles": ["Exploitation outside the home", "Young people safe from exploitation"],
     "outcomes": ["Young people at risk of criminal exploitation are identified and protected",
                  "Partners share intelligence about places and people of concern",
                  "Fewer children go missing more than once"],
     "objects": ["the exploitation risk screening form", "return home interviews", "the missing children protocol",
                 "location mapping meetings", "a disruption toolkit for licensing officers",
                 "county lines awareness sessions"]},
    {"abbr": "EH", "titles": ["Early help that works", "Help at the earliest point"],
     "outcomes": ["Families can find and use early help without a referral to social care",
                  "Lead professionals are confident to hold early help assessments",
                  "Step-down from social care to early help is safe and timely"],
     "objects": ["the early help assessment form", "the family hub directory", "step-down arrangements",
                 "lead professional supervision", "an early help dashboard", "the continuum of need guidance"]},
    {"abbr": "VC", "titles": ["Listening to children and young people", "Children's views shape what we do"],
     "outcomes": ["Children tell us they feel listened to by the professionals around them",
                  "The Board's priorities reflect what young people say worries them",
                  "Young advisers take part in reviewing services"],
     "objects": ["a young advisers panel", "feedback cards for conferences", "the annual children's survey",
                 "advocacy for children in child protection conferences", "child-friendly plan summaries"]},
    {"abbr": "WF", "titles": ["A skilled and confident workforce", "Learning and workforce development"],
     "outcomes": ["Staff across agencies apply learning from reviews in their practice",
                  "Managers can show the impact of training on casework",
                  "New staff understand local procedures within their first three months"],
     "objects": ["the multi-agency training programme", "seven-minute briefings", "induction materials",
                 "a practice learning week", "the training evaluation framework", "reflective supervision sessions"]},
    {"abbr": "DA", "titles": ["Children living with domestic abuse", "Reducing the harm of domestic abuse"],
     "outcomes": ["Children affected by domestic abuse are offered support in school the next day",
                  "Perpetrator programmes are available across the area",
                  "Risk assessments consider the child's experience as well as the adult's"],
     "objects": ["police notifications to schools", "the risk assessment checklist", "a perpetrator programme",
                 "refuge places for families", "the domestic abuse pathway", "joint visits with outreach workers"]},
    {"abbr": "MH", "titles": ["Emotional health and wellbeing", "Mental health of children and young people"],
     "outcomes": ["Young people who self-harm are seen quickly and followed up",
                  "Schools know how to respond to a child in emotional distress",
                  "Waiting times for specialist help come down"],
     "objects": ["the self-harm care pathway", "a schools wellbeing toolkit", "crisis response arrangements",
                 "peer mentoring schemes", "mental health first aid courses", "the transition protocol at eighteen"]},
    {"abbr": "OS", "titles": ["Safer online lives", "Keeping children safe online"],
     "outcomes": ["Parents know how to set up filters and talk to children about risks online",
                  "Professionals recognise online grooming and sharing of images",
                  "Schools teach online safety from the early years"],
     "objects": ["parent workshops on online safety", "guidance on sharing nudes and semi-nudes",
                 "the online safety curriculum", "a digital resilience campaign", "the incident reporting flowchart"]},
    {"abbr": "GV", "titles": ["Partnership governance and assurance", "An effective and accountable partnership"],
     "outcomes": ["Partners hold each other to account for safeguarding performance",
                  "The Board knows how well front-line practice keeps children safe",
                  "Resources of the partnership are used where they make most difference"],
     "objects": ["the section 11 self-assessment", "the performance scorecard", "the risk register",
                 "multi-agency case audits", "the annual report", "the budget and funding agreement"]},
    {"abbr": "DC", "titles": ["Disabled children and those with additional needs",
                              "Children with disabilities are safeguarded"],
     "outcomes": ["Disabled children's communication needs are met in every assessment",
                  "Short-break providers apply safer recruitment",
                  "Thresholds are applied fairly to disabled children"],
     "objects": ["communication passports", "the short breaks safeguarding standards",
                 "training on disabled children's signs of abuse", "transition planning from age fourteen"]},
    {"abbr": "PF", "titles": ["Private fostering and hidden children", "Children who are out of sight"],
     "outcomes": ["Privately fostered children are known to the local authority",
                  "Children educated at home are seen and heard",
                  "Faith and community settings follow safer practice"],
     "objects": ["the private fostering awareness campaign", "checks on children missing education",
                 "a register of out-of-school settings", "safeguarding standards for faith groups"]},
]

VERBS = ["Refresh", "Launch", "Commission", "Audit", "Embed", "Pilot", "Deliver", "Review", "Publish",
         "Develop", "Roll out", "Evaluate", "Agree", "Map", "Promote", "Monitor take-up of", "Strengthen",
         "Co-produce", "Update", "Test"]

QUALIFIERS = ["across all partner agencies", "with schools and early years settings",
              "in line with the revised thresholds", "and report findings to the Board",
              "so that learning reaches front-line staff", "for newly qualified practitioners",
              "with the voluntary and community sector", "in each locality", "jointly with health colleagues",
              "ahead of the next inspection", "using feedback from families", "within existing resources", ""]

MEASURES = ["Audit shows {pct}% of cases meet the standard", "Fewer repeat referrals within twelve months",
            "Take-up reported to the Board each quarter", "{pct}% of staff trained by year end",
            "Positive feedback from at least {pct}% of families", "Scorecard indicator moves to green",
            "Findings published and action plan agreed", "Reduction in cases re-opened within six months",
            "Dip sample of {n} cases shows improvement"]

FIRST_NAMES = ["Janet", "Rohan", "Mairead", "Tunde", "Priya", "Gareth", "Helen", "Omar", "Bethany", "Kwame",
               "Lucja", "Declan", "Sunita", "Alistair", "Fiona", "Marek", "Yasmin", "Colin", "Ifeoma", "Ruth"]
SURNAMES = ["Okafor", "Lindqvist", "Bramwell", "Achterberg", "Pryce", "Nwosu", "Halloran", "Sidhu", "Castellano",
            "Thorne", "Whitcombe", "Adeyemi", "Farrant", "Kowalczyk", "Mulgrew", "Iqbal", "Trevelyan", "Osei",
            "Rutherford", "Delacroix"]

POSTS = ["Head of Early Help", "Designated Nurse", "Named GP", "Board Business Manager",
         "Education Safeguarding Adviser", "Principal Social Worker", "LADO", "Designated Doctor",
         "Head of Service, Children's Social Care", "Detective Inspector, Public Protection",
         "Training Coordinator", "Community Safety Manager", "Independent Chair", "Head of Youth Justice",
         "Named Nurse for Safeguarding", "Assistant Director, Education"]

BODIES = ["Quality Assurance Sub-group", "{abbr} Business Unit", "Police", "CCG", "Learning and Improvement Group",
          "Health Providers", "All partner agencies", "Community Safety Partnership", "Youth Offending Service",
          "Schools Forum", "Exploitation Sub-group", "Performance Group", "Children's Social Care", "Housing",
          "Voluntary Sector Forum", "Public Health", "Early Years Forum", "Policy and Procedures Group"]

PROGRESS = {
    "words": ["Red", "Amber", "Green", "Amber", "Green"],
    "letters": ["R", "A", "G", "G", "A"],
    "status": ["Complete", "On track", "Not yet started", "In progress", "Completed", "Delayed", "Ongoing"],
    "prose": ["Draft circulated for comment; sign-off expected at the {month} Board",
              "First session held in {month} with {n} attendees", "Awaiting data from health partners",
              "Task and finish group set up and meeting monthly", "Completed and reported to the Board in {month}",
              "Slipped owing to staff changes; new date agreed", "{n} of 12 schools signed up so far"],
    "percent": ["{pct}%", "{pct}% complete"],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter"]
NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"]

NARRATIVE_INTROS = ["Partners told us this is where children in our area are most at risk.",
                    "Our audits last year showed practice here is not yet consistent.",
                    "Young people asked the Board to make this a priority.",
                    "This carries over from the previous plan because the work is not finished."]
NARRATIVE_ACTION_HEADINGS = ["What we will do", "What we will do:", "Our actions this year", "How we will get there"]

# Column headings per role, as boards print them: questions, compounds, and (for ref) none at all.
HEADINGS = {
    "ref": ["Ref", "No.", "#", "Item", "Objective", "", "Ref.", "Action no", "ID"],
    "action": ["Action", "What will we do?", "Key tasks", "Activity / intervention", "Actions to deliver",
               "Planned activity", "What we will do", "Task", "Workstream actions"],
    "outcome": ["Desired outcome", "What difference will it make?", "Intended impact", "Objective",
                "Outcome sought", "What we want to achieve", "Aim"],
    "lead": ["Lead", "Who will deliver this?", "Responsible officer(s) and partners", "Who is accountable?",
             "Owner", "Accountable lead", "Lead person / agency", "Who"],
    "timeframe": ["By when", "Target date / milestone", "Timescale", "Deadline", "Due", "When",
                  "Completion by", "Target date"],
    "lead_timeframe": ["Lead & Completion Date", "Who and by when", "Owner / deadline", "Lead and timescale"],
    "progress": ["Progress", "Current RAG", "RAG", "Status update", "Progress / RAG", "Update (Q2)",
                 "Where are we now?", "Position at last review"],
    "measure": ["Outputs and evidence of impact", "How will we know?", "Success measure", "Evidence of success",
                "Impact measure", "What will success look like?"],
    "milestones": ["Milestones", "Key milestones", "Interim steps"],
}

# Two-level headers: a merged heading over two neighbouring columns of these roles.
GROUP_HEADINGS = {
    ("lead", "timeframe"): ["Accountability", "Delivery"],
    ("timeframe", "progress"): ["Monitoring", "Delivery"],
    ("measure", "progress"): ["Monitoring", "Impact and progress"],
    ("outcome", "action"): ["Delivery", "Plan"],
}

# Second sentences that make an action cell long enough to wrap over many lines.
DETAILS = ["This will include {other} and a review of how partners record their decisions",
           "The work links to {other} and will be reported through the sub-group chairs",
           "A task and finish group will lead this, drawing on what families and practitioners have told us",
           "Progress will be checked at each Board meeting and any barriers escalated to the Executive",
           "Partners will nominate a named contact and share the findings with front-line teams"]
