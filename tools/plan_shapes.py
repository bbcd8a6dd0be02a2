"""Table shapes that only `make_plans.py --shapes` draws, each seen in real
plans but in none of the older corpora:

- theme: the section's title (or whole heading) in a first column of its
  own, one cell merged down over the section's rows, instead of a heading
  line above them;
- ref_in_action: no reference column; each action cell starts with its
  reference ("1.1 Review the ...", "A2. Agree ...");
- records: each action as its own small table of label / value rows (Ref,
  Outcome, Action, Lead, ...), one after another under section headings.

A Shapes is drawn from a generator of its own, so that plans made without
--shapes stay as they were, draw for draw.
"""

# Headings of a first column that names the section, in words other boards use.
THEME_HEADINGS = ["Priority", "Strategic theme", "Area of focus", "Theme", "Key area", "Board priority",
                  "Strategic aim", "Focus area", "Workstream", "Our priority", "Domain", "Strand",
                  "Priority area", "Improvement theme", "Objective area"]
# What stands between a reference and its action: "1.1 Review", "A2. Agree", "3.2 \u2013 Audit".
REF_JOINTS = [" ", " ", ". ", " \u2013 ", ": "]


class Shapes:
    """Which of the new shapes one rendering of `plan` takes, drawn from `rng`."""

    def __init__(self, plan, rng):
        headed = all(section.heading for section in plan.sections)
        referenced = "ref" in plan.roles
        kinds = ["records"] + (["theme", "theme"] if headed else []) + (["ref_in_action"] if referenced else [])
        kinds += ["theme+ref_in_action"] if headed and referenced else []
        kind = rng.choice(kinds)
        self.records = kind == "records"
        self.theme_heading = rng.choice(THEME_HEADINGS) if "theme" in kind else None
        # The theme cell holds the section's title alone, or its whole heading ("Priority 2: ...").
        self.theme_whole_heading = rng.random() < 0.4
        self.ref_joint = rng.choice(REF_JOINTS) if "ref_in_action" in kind else None

    def theme_text(self, section):
        """What the theme cell of `section` prints."""
        return section.heading if self.theme_whole_heading else section.title

    def action_with_ref(self, ref, action):
        """The action's items with `ref` before the first one; a reference
        that ends in a full stop is followed by a space alone."""
        if not ref or not action:
            return list(action)
        joint = " " if ref.endswith(".") else self.ref_joint
        return [ref + joint + action[0]] + list(action[1:])
