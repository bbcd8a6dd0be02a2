"""A third set of phrase banks for make_plans.py (--bank fresh): boards,
priorities, headings, people, posts, bodies, measures and progress words
written after recovery had been tuned on the plain and wide banks. Nothing
here was looked at while writing rules, so a set drawn from it is held out
twice over: new names and new wording of the things plans are about.

Each name here replaces plan_bank's name of the same name; what it does not
name (verbs, qualifiers, months) is shared.
"""

BOARDS = [
    ("Ashby Rivers", "Safeguarding Children Partnership", "ARSCP"),
    ("Corvedale", "Local Children's Safeguarding Board", "CLCSB"),
    ("Hexham Ridge", "Children's Safeguarding Partnership Board", "HRCSPB"),
    ("Lyndhurst Green", "LSCB", "LGLSCB"),
    ("Saltmarsh and Eddy", "Partnership for Safeguarding Children", "SEPSC"),
    ("Whitlow Fen", "Safeguarding Children and Young People Board", "WFSCYPB"),
    ("Broadmere", "Safeguarding Children Board", "BSCB"),
    ("Drayton Priors", "Joint Safeguarding Partnership", "DPJSP"),
]

PLAN_TITLES = ["Partnership Business Plan {span}", "Strategic Delivery Plan {span}", "Annual Work Plan {span}",
               "Plan on a Page {span}", "Three-Year Business Plan {span}", "Action Plan {span}"]

PRIORITIES = [
    {"abbr": "SA", "titles": ["Child sexual abuse in the family", "Sexual abuse is recognised and stopped"],
     "outcomes": ["Children who disclose sexual abuse are believed and protected the same day",
                  "Professionals spot the signs of intra-familial sexual abuse earlier",
                  "Fewer children are re-abused after a first investigation"],
     "objects": ["the harmful sexual behaviour framework", "the child house interview rooms",
                 "a sexual abuse practice guide", "joint investigation standards", "therapeutic support offers"]},
    {"abbr": "SS", "titles": ["Safer sleeping for babies", "Preventing sudden infant deaths"],
     "outcomes": ["Parents of newborns are given the same safer sleep advice by every agency",
                  "Fewer babies die where parents were drinking or co-sleeping",
                  "Midwives and health visitors record sleep arrangements at every visit"],
     "objects": ["the safer sleep assessment", "the infant bereavement pathway", "a safer sleep campaign",
                 "health visitor contacts at six weeks", "baby box distribution"]},
    {"abbr": "YV", "titles": ["Serious youth violence", "Young people safe on the street"],
     "outcomes": ["Young people carrying knives are diverted away from the justice system",
                  "Hospital emergency departments share data on assaults with partners",
                  "Schools keep pupils at risk of violence in education"],
     "objects": ["the knife crime education offer", "hospital youth workers", "the violence reduction dataset",
                 "detached youth work", "exclusion panels for pupils at risk", "the reachable moment scheme"]},
    {"abbr": "CC", "titles": ["Children in care and care leavers", "Corporate parenting done well"],
     "outcomes": ["Children in care have a stable placement and a consistent social worker",
                  "Care leavers have a home and a trusted adult at eighteen",
                  "Placements far from home are reviewed every quarter"],
     "objects": ["the sufficiency strategy", "the care leavers' local offer", "placement stability meetings",
                 "the independent visitor service", "health assessments for children in care"]},
    {"abbr": "TR", "titles": ["Transition to adulthood", "Safe moves into adult services"],
     "outcomes": ["Young people at risk keep their support when they turn eighteen",
                  "Adult and children's services plan transitions together from age sixteen",
                  "Risk of exploitation is not lost at the point of transfer"],
     "objects": ["the transitions protocol", "a joint adult and children's panel", "transfer checklists",
                 "the contextual safeguarding hub", "adult social care screening"]},
    {"abbr": "PP", "titles": ["Parents under pressure", "Supporting parents with complex needs"],
     "outcomes": ["Parents with drug or alcohol problems get treatment that considers their children",
                  "Parental mental illness is assessed with the child in mind",
                  "Fathers and male carers are included in assessments"],
     "objects": ["the think family protocol", "the hidden harm strategy", "joint visits with treatment services",
                 "a fathers' engagement toolkit", "parenting capacity assessments"]},
    {"abbr": "QA", "titles": ["Learning from practice", "Knowing how well we are doing"],
     "outcomes": ["Learning from rapid reviews changes practice within six months",
                  "The partnership audits the cases children and families worry about most",
                  "Front-line staff can say what changed after a review"],
     "objects": ["the rapid review process", "the multi-agency audit calendar", "learning briefings",
                 "the practice review tracker", "the annual learning conference"]},
]

FIRST_NAMES = ["Aurelia", "Benedict", "Constance", "Dmitri", "Esme", "Fergus", "Gwendolyn", "Hamish", "Ines",
               "Jolyon", "Kerensa", "Lachlan", "Morwenna", "Nikhil", "Orla", "Peregrine", "Saoirse", "Tobias"]
SURNAMES = ["Ackroyd", "Blenkinsop", "Cartwright-Shaw", "Dewhurst", "Entwistle", "Fothergill", "Greenhalgh",
            "Hollingworth", "Ibbotson", "Jagger", "Kettlewell", "Lumb", "MacAskill", "Nuttall", "Ormerod"]

POSTS = ["Named Midwife", "Head of Virtual School", "Superintendent, Safeguarding", "Strategic Commissioner",
         "Director of Children's Services", "Public Health Consultant", "Children's Rights Officer",
         "Practice Development Lead", "Safeguarding Business Partner", "Deputy Chief Nurse",
         "Violence Reduction Coordinator", "Team Manager, Leaving Care"]

BODIES = ["Practice Review Panel", "{abbr} Support Team", "Maternity Services", "Acute Trust",
          "Violence Reduction Unit", "Corporate Parenting Panel", "Education Partnership",
          "Substance Misuse Service", "Ambulance Service", "Neighbourhood Policing", "Children's Commissioning"]

PROGRESS = {
    "words": ["RED", "AMBER", "GREEN", "Amber/Green", "Green"],
    "letters": ["R", "A", "G", "AG", "G"],
    "status": ["Done", "Underway", "Not due yet", "At risk", "Met", "Slipping", "Rolled over to next year"],
    "prose": ["Pilot evaluated in {month}; roll-out agreed", "Guidance out for consultation until {month}",
              "Awaiting sign-off by the chief officers", "{n} briefings held; attendance good",
              "Post vacant; recruitment under way", "Dataset built, first report in {month}"],
    "percent": ["{pct}%", "approx. {pct}%"],
}

MEASURES = ["Audit of {n} cases shows the new standard applied", "{pct}% of families say the help made a difference",
            "Exception report to chief officers each quarter", "Data shows a fall on last year's baseline",
            "Practitioner survey: {pct}% confident", "Independent scrutiny confirms the change"]

# Headings neither the rule files nor the other banks hold as they stand.
HEADINGS = {
    "ref": ["Action code", "Row", "Num.", "", "Key", "Ref #"],
    "action": ["What we are going to do", "Description of action", "Agreed actions", "Workplan activity",
               "Tasks and activities", "Steps we will take"],
    "outcome": ["What we want to happen", "Objective / outcome", "Aim of the work", "Change we want to see",
                "Desired impact"],
    "lead": ["Action owner", "Responsible person(s)", "Lead officer / body", "Who will lead?", "Led by whom",
             "Responsible partner"],
    "timeframe": ["Date for completion", "Expected by", "Completion target", "Due date", "When will it be done?",
                  "Target month"],
    "lead_timeframe": ["Owner and deadline", "Lead officer / target date", "Who / when"],
    "progress": ["RAG status", "Progress made", "Update at year end", "Current status (RAG)", "Progress note",
                 "Status at review"],
    "measure": ["How we will know it worked", "Measures of impact", "Success criteria", "Evidence of change",
                "Performance indicator"],
    "milestones": ["Key steps", "Milestones and dates", "Staging posts"],
}

GROUP_HEADINGS = {
    ("lead", "timeframe"): ["Responsibility", "Owner and timing"],
    ("timeframe", "progress"): ["Oversight", "Progress check"],
    ("measure", "progress"): ["Impact", "Scrutiny"],
    ("outcome", "action"): ["The work", "What and why"],
}

DETAILS = ["Partners will agree the approach at the {other} workshop and report back to the Executive",
           "The Business Unit will collect the evidence and present it with the quarterly dataset",
           "Practitioners and young people will help design this, and the first version will be tested",
           "This builds on {other} and any gaps will be escalated through the chief officers"]

# Verbs an action opens with, most of them not plan_bank's: real plans
# open actions with many more verbs than any list holds.
VERBS = ["Extend", "Expand", "Open", "Build", "Gather", "Assess", "Redesign", "Set up", "Bring together",
         "Invest in", "Listen to", "Write", "Collect", "Track", "Simplify", "Agree", "Refresh", "Streamline",
         "Align", "Widen"]

NAMES = ["BOARDS", "PLAN_TITLES", "PRIORITIES", "FIRST_NAMES", "SURNAMES", "POSTS", "BODIES", "PROGRESS",
         "MEASURES", "HEADINGS", "GROUP_HEADINGS", "DETAILS", "VERBS"]
