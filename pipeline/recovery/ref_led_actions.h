// RefLedActions: reads the actions of a table that a converter wrote column
// by column across tables stacked on a page (pdftotext's default mode on a
// plan printed a table per section), where the cells of the other columns
// come in an order that no longer says which row they belong to, but each
// action cell still prints whole, led by its row's reference:
//
//   Work to be undertaken
//   Outcome required
//   DA 1 – Deliver refuge places for families
//   and report findings to the Board
//   DA 2 – Embed a perpetrator programme
//   ...
//   Josephine                  <- leads, dates and statuses of several
//   Abernethy                     tables, in no row order
//   Sep-20
//
// A section heading ("1. Young carers") is no action. An action runs from
// its reference over the lines below it up to a blank line, a column
// heading, a section heading, a line that is a date, a status or a
// reference alone, or the next action's reference; a bullet line without a
// reference is one more item of the action above. The references of a
// plan's actions share one form ("DA 1", "1.1a", "QA 3"): a line led by a
// reference of another form ("2 Ferry users") is no action. A reference
// printed alone on its line ("1.1a") leads the action on the lines under
// it, as pdftotext writes a reference column beside the action's cell; the
// lead's cell beside it may interleave its names with them ("Clear the
// culverts under the" / "Drainage Board" / "drove road"): those are the
// row's lead. A reference a paragraph of its own, after no reference,
// leads the paragraph under it where that opens as an action does, or
// the one under its outcome's paragraph, as pdftotext writes a ruled
// table a cell a paragraph; a reference that leads a paragraph that
// opens as no action (an outcome's cell beside the reference column)
// leads the paragraph under it that does. A run of
// references alone, one under another, takes the actions written after
// it, past their column's heading, in turn (RefRunLines). A paragraph
// wrapped inside a reference ("... Red NG" over "1 Families get help ...")
// leads the line with the reference whole, and a reference a narrow
// column cut after its capitals ("DA" over "1") is read whole. A reference
// alone that led its outcome's paragraph, before a run, leads the first of
// the actions after the run where the prose parts into one more cell.
// A reference and its text on a line wider than a table's column, or after
// a bullet, lead an action only after a column's heading: a foreword's
// numbered paragraphs ("1.2 The Board has agreed ...") and lists ("- 1.
// Early help") come before any. A grid table's row ("| 1 | Young carers |")
// says its own cells and leads no action.
// The rows keep their references and actions only (and such leads), their
// leads and dates left out rather than guessed, but where as many owner cells as actions
// follow a block of them, or an action alone its row's cells (BlockOwners),
// or where a row read from the tables starts with an action's words: that
// row stands, as its other cells may be right. So do the rows read from
// the tables whose references, of the actions' form, no action bears: a
// table printed whole on its page reads right. Where the tables' rows
// stand instead, a row whose reference and first words an action bears
// takes the lead, date and status it lacks from the action whose owner
// cells bear out its own (GiveOwners).
#ifndef PLANROWS_PIPELINE_RECOVERY_REF_LED_ACTIONS_H_
#define PLANROWS_PIPELINE_RECOVERY_REF_LED_ACTIONS_H_

#include <string>
#include <vector>

#include "pipeline/model/action_row.h"
#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/ref_run_lines.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RefLedActions {
 public:
  // A reader by `rules`, which must outlive it.
  explicit RefLedActions(const RecoveryRules& rules) : rules_(rules), classifier_(rules), run_lines_(rules) {}

  // The actions led by a reference among the lines of text pages of
  // `printed` (a PDF's positioned cells say their rows), a row each with its
  // reference, action and section; none unless three or more share the
  // plan's form of reference.
  std::vector<RowFields> Read(const std::vector<PlanLine>& printed) const;

  // True when the `actions` Read gives are the better rows of a plan whose
  // tables gave `rows`: rows that hold under half of the actions, by their
  // references or by their first words, misread tables whose actions the
  // text prints whole, where the actions are actions (AreActions).
  bool Replace(const std::vector<RowFields>& actions, const std::vector<ActionRow>& rows) const;
  // True when the `actions` Read gives are a plan's actions beside the
  // `rows` its tables gave: half as many as the rows at least, or most of
  // them opening with an action's verb. Far fewer, opening with none, they
  // are a list of another kind, such as the plan's priorities numbered in
  // its foreword ("1 Neglect is seen and acted on sooner").
  bool AreActions(const std::vector<RowFields>& actions, const std::vector<ActionRow>& rows) const;
  // `actions`, the rows of the actions Read gives, each given the other
  // cells of the row of `rows`, the misread tables', that starts with its
  // words and bears no other reference: they may have been read right.
  static std::vector<ActionRow> Merge(std::vector<ActionRow> actions, const std::vector<ActionRow>& rows);
  // The flag of a row Read gives whose reference stood alone above its
  // action: where pdftotext writes references one under another, then
  // their actions, which is whose may be wrong.
  static constexpr char kRefApartFlag[] = "ref-apart";
  // The flag of a row Read gives under a reference printed apart next to a
  // reference alone that led no action: the lines under either may be the
  // other's action, or some of them.
  static constexpr char kBesideUnledFlag[] = "beside-unled-ref";

  // `rows`, the rows the tables gave, with the `actions` Read gives whose
  // reference no row holds, nor any row its first words, each put before
  // the row of the next action in the text that a row holds: rows a table
  // lost where pdftotext wrote its cells out of order, though others read.
  // An action under a reference printed apart comes without its lead, date
  // and status: the lines pdftotext wrote among or after its action's may
  // be other rows' cells, or pieces of them; next to a reference alone that
  // led no action (kBesideUnledFlag), it is not added.
  static std::vector<ActionRow> AddLost(const std::vector<ActionRow>& actions, std::vector<ActionRow> rows);
  // `action` without its lead, date and status.
  static ActionRow WithoutOwners(ActionRow action);
  // `rows`, the rows the tables gave, each given the lead, date and status
  // it lacks from the action Read gives with its reference and first words
  // (BlockOwners read them below the action's block), where that action's
  // owner cells bear out the row's: one at least the row's, none another.
  // Where pdftotext wrote a table's owner cells apart from its actions,
  // the table's reader may lose some while the actions' rows read them.
  static std::vector<ActionRow> GiveOwners(const std::vector<ActionRow>& actions, std::vector<ActionRow> rows);
  // `actions`, the rows Merge gives, with the `rows` of the misread tables
  // whose reference, of a form the actions' have, no action bears, nor any
  // action their first words, each put before the next row an action
  // holds (AddLost): a table printed whole on a page reads right where
  // those on others do not, and a row no action bears is lost else.
  static std::vector<ActionRow> AddRowsLeft(std::vector<ActionRow> actions, const std::vector<ActionRow>& rows);

 private:
  // Those of `actions`, their references of `forms`, whose reference has
  // the form most of them have; none when fewer than three.
  static std::vector<RowFields> OfPlanForm(std::vector<RowFields> actions, const std::vector<std::string>& forms);
  // True when line `i` of `lines` is a reference alone over its action's
  // first line, as pdftotext prints a reference column beside the action's
  // cell, or over a blank line and its action's paragraph (IsParagraphRef);
  // `*ref` the reference, `*across_gap` whether a blank line parts them.
  bool IsRefOverAction(const std::vector<PlanLine>& lines, size_t i, std::string* ref, bool* across_gap) const;
  // True when line `i` of `lines` opens a paragraph: a blank line, a new
  // page, a section heading or a line that ends a sentence is above it.
  bool OpensParagraph(const std::vector<PlanLine>& lines, size_t i) const;
  // True when line `i` of `lines`, a reference alone, follows no reference
  // on its page: not one of a run of references written before their
  // actions, whose actions come in turn after the run.
  bool IsParagraphRef(const std::vector<PlanLine>& lines, size_t i) const;
  // True when the paragraph from line `k` of `lines`, under a reference a
  // paragraph of its own, opens as an action does, or is its outcome's
  // cell over a paragraph that does: pdftotext writes a ruled table's row
  // a cell a paragraph, the reference's, the outcome's, then the action's.
  bool OpensActionCell(const std::vector<PlanLine>& lines, size_t k) const;
  // True when `line`, or one of its cells, heads a column only an action
  // table has (action, lead, date, progress; not an outcome's or a
  // measure's, which a table of priorities or indicators has too): the
  // actions of a table come after one, a foreword's numbered paragraphs before.
  bool NamesColumn(const PlanLine& line) const;
  // `ref`, which leads line `i` of `lines`, with the capitals that end the
  // line above where a paragraph wrapped inside the reference ("... Red NG"
  // over "1 Families get help ..." is "NG 1"), so that it is read as printed.
  std::string WithWrappedCapitals(const std::vector<PlanLine>& lines, size_t i, const std::string& ref) const;
  // True when `text`, a line below a reference printed apart, is a line of
  // the lead's cell interleaved with the action's lines: a name, which
  // starts with a capital, unlike an action's line ("to the Board").
  bool IsInterleavedLead(const std::string& text) const;
  // `line`, below the lines `row` read so far, appended to its action as
  // a wrapped line or, after a bullet, an item; to its lead where it is a
  // name interleaved with the action's lines under a reference printed
  // apart (`ref_apart`).
  void Append(const PlanLine& line, bool ref_apart, RowFields* row) const;
  // True when `line`, past a blank line under the text a reference led in
  // `row`, opens an action where that text does not: the reference led its
  // outcome's cell ("1.1a Partners share intelligence ..."), and its
  // action is the paragraph under it, as pdftotext writes a table whose
  // reference column stands beside the outcome's.
  bool IsOutcomeOverAction(const RowFields& row, const PlanLine& line, const PlanLine& above) const;
  // True when line `*i` of `lines` starts a run of references alone, one
  // under another, whose actions pdftotext wrote in turn after it, past any
  // heading of their column (RefRunLines): then each reference with its
  // action, in `section`, is added to `actions` and `*i` set to the last
  // line read. False, adding nothing, where the prose there does not part
  // into as many cells as the run has references, each opening as an
  // action does. `unled`, if not null, is a reference alone above the run
  // that led no action (its outcome's paragraph): where the prose parts
  // into one cell more, it leads the first.
  bool ReadRefRun(const std::vector<PlanLine>& lines, const SectionContext& section, const PlanLine* unled,
                  size_t* i, std::vector<RowFields>* actions) const;
  // `printed` with each reference a narrow column cut after its capitals
  // ("DA" over "1") joined on the first of its lines (CellClassifier::JoinCutRef).
  std::vector<PlanLine> WithCutRefsJoined(const std::vector<PlanLine>& printed) const;
  // True when `line`, below an action's line, cannot go on with it.
  bool EndsAction(const PlanLine& line, const PlanLine& above) const;
  // True when `line`, below an action's line or past a blank line after
  // it, cannot be its text whatever blank parts them: another page, a
  // heading, a date, status or reference, a column heading.
  bool CannotGoOn(const PlanLine& line, const PlanLine& above) const;
  // The form of `ref`: its digits runs as "9", its capitals as "A", its
  // small letters as "a" ("DA 10" gives "A 9", "1.1a" gives "9.9a").
  static std::string FormOf(const std::string& ref);
  // The first words of `action`, folded, that tell it from others.
  static std::string Head(const std::string& action);
  // The cells of `row` folded, each word followed by a space and each cell
  // by "| ", to look for an action's first words (Head) in: a misread row
  // may hold an action after its reference or in another column's place.
  static std::string FoldedCells(const ActionRow& row);

  const RecoveryRules& rules_;
  CellClassifier classifier_;
  RefRunLines run_lines_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_REF_LED_ACTIONS_H_
