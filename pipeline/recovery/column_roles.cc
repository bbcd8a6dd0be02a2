#include "pipeline/recovery/column_roles.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/column_profiles.h"
#include "pipeline/recovery/misordered_action.h"
#include "pipeline/recovery/unheaded_ref_column.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Share of a column's filled cells that must be references for the column
// to be the reference column whatever its heading says.
constexpr double kRefShare = 0.6;
// Share of a column's filled cells of one kind that gives the column the
// role of that kind when its heading names none.
constexpr double kKindShare = 0.5;
// Share of a column's filled cells below which a kind is only a stray.
constexpr double kMinorShare = 0.25;
// Share of a column's filled cells that are status words ("Green", "On
// track") for it to be the progress column when its heading names none.
constexpr double kStatusShare = 0.25;
// Share of a lead column's cells that end with a date for the column to be
// a combined lead-and-date column.
constexpr double kLeadDateShare = 0.5;
// How much more of a column's cells must fit a role than another's for the
// cells, not the headings, to settle which column has it.
constexpr double kClearlyBetterFit = 0.5;
// Least share of the fullest column's cells that a column of the action,
// which every row has, holds.
constexpr double kLeastActionFill = 0.5;

class Resolver {
 public:
  Resolver(const RecoveryRules& rules, TableLayout* layout) : rules_(rules), layout_(*layout) {}

  void Run(const TableBody& body) {
    UnheadedRefColumn::Find(body, rules_, &layout_);
    profiles_ = ColumnProfiles(rules_).Of(body, layout_);
    FindRefColumn();
    DropProseTimeframe();
    SettleDuplicates();
    MisorderedAction::Swap(profiles_, &layout_);
    FindOutcomeColumn();
    PairOutcomeAndAction();
    SplitCombinedHeading();
    NameByContent();
    FindCombinedLeadColumn();
    for (size_t i = 0; i < profiles_.size(); ++i) layout_.AddEvidence(i, "cells: " + profiles_[i].Describe());
  }

 private:
  int IndexOf(Column column) const { return layout_.IndexOf(column); }

  // A column whose cells are mostly references is the reference column;
  // one cell makes it where the column has no heading (a table of one row).
  void FindRefColumn() {
    for (size_t i = 0; i < profiles_.size(); ++i) {
      const ColumnProfile& p = profiles_[i];
      const int least = layout_.columns()[i].heading.empty() ? 1 : 2;
      if (p.filled < least || p.Share(CellKind::kRef) < kRefShare) continue;
      const std::optional<ColumnName>& name = layout_.columns()[i].name;
      if (name && name->column == Column::kRef) return;
      int named = IndexOf(Column::kRef);
      if (named >= 0) layout_.SetRole(named, std::nullopt, TableLayout::RoleSource::kNone, "");
      layout_.SetRole(i, ColumnName{Column::kRef, ""}, TableLayout::RoleSource::kContent,
                      fmt::format("content: {} of {} cells are refs", p.kinds[int(CellKind::kRef)], p.filled));
      return;
    }
  }

  // Heading words may mislead ("Target" over "75% of cases reviewed"): a
  // column they took for the dates whose cells are prose, not dates, is
  // named again by its content; so is one without a date, nor mostly
  // statuses ("Not due yet"), while a column no heading names holds mostly dates.
  void DropProseTimeframe() {
    for (size_t i = 0; i < profiles_.size(); ++i) {
      if (!ToldByHeadingWords(i, Column::kTimeframe)) continue;
      const ColumnProfile& p = profiles_[i];
      if (p.filled > 0 && IsProse(i) && p.Share(CellKind::kDate) < kMinorShare) {
        layout_.SetRole(i, std::nullopt, TableLayout::RoleSource::kNone, "heading words name dates; cells hold prose");
      } else if (int dates = UnnamedDateColumn(); dates >= 0 && p.kinds[int(CellKind::kDate)] == 0 &&
                                                  p.Share(CellKind::kStatus) < kKindShare) {
        layout_.SetRole(i, std::nullopt, TableLayout::RoleSource::kNone,
                        fmt::format("heading words name dates; column {} holds them", dates + 1));
      }
    }
  }

  // True when column `i` has the role `column` from the words of its heading.
  bool ToldByHeadingWords(size_t i, Column column) const {
    const LayoutColumn& told = layout_.columns()[i];
    return told.name && told.name->column == column && told.source == TableLayout::RoleSource::kHeadingWords;
  }

  // The first column without a role whose cells are mostly dates; -1 when none.
  int UnnamedDateColumn() const {
    for (size_t j = 0; j < profiles_.size(); ++j) {
      if (!layout_.columns()[j].name && profiles_[j].Share(CellKind::kDate) >= kKindShare) return static_cast<int>(j);
    }
    return -1;
  }

  // Where two columns claim one role, the one whose heading says it more
  // plainly, then whose cells fit it better, keeps it; the other is named
  // again by its content.
  void SettleDuplicates() {
    const auto& columns = layout_.columns();
    for (size_t i = 0; i < columns.size(); ++i) {
      for (size_t j = i + 1; j < columns.size(); ++j) {
        const std::optional<ColumnName>& one = columns[i].name;
        const std::optional<ColumnName>& other = columns[j].name;
        if (!one || !other || one->column != other->column || one->column == Column::kExtra) {
          continue;
        }
        size_t loser = Better(j, i) ? i : j;
        layout_.SetRole(loser, std::nullopt, TableLayout::RoleSource::kNone,
                        fmt::format("shares its heading's role with column {}", (loser == i ? j : i) + 1));
      }
    }
  }

  // True when column `a` holds its role on better evidence than column `b`:
  // cells that fit it far better ("Amber" against prose comments), else a
  // plainer heading, else cells that fit it better, else cells in more
  // rows: a theme written on its first row only ("Strategic aim") fills
  // fewer than the outcome of each row ("Outcome required").
  bool Better(size_t a, size_t b) const {
    const LayoutColumn& column_a = layout_.columns()[a];
    const LayoutColumn& column_b = layout_.columns()[b];
    CellKind kind = KindHeldBy(column_a.name->column);
    double fit_a = Fit(a, kind), fit_b = Fit(b, kind);
    if (std::abs(fit_a - fit_b) >= kClearlyBetterFit) return fit_a > fit_b;
    if (column_a.source != column_b.source) return column_a.source > column_b.source;
    if (fit_a != fit_b) return fit_a > fit_b;
    return profiles_[a].filled > profiles_[b].filled;
  }

  // The share of column `i`'s cells that fit a role whose cells are of
  // `kind`. Prose that a narrow column wrapped reads as short pieces of no
  // kind: those fit prose too, where dates, names and statuses do not
  // ("Draft by May 2017" against "Embed" over "safeguarding standards").
  double Fit(size_t i, CellKind kind) const {
    const ColumnProfile& p = profiles_[i];
    return kind == CellKind::kProse ? p.Share(CellKind::kProse) + p.Share(CellKind::kOther) : p.Share(kind);
  }

  // Plans state the outcome before the action and measures after it: a
  // column of prose left of the action that heading words took for a
  // measure ("Intended impact"), in a table without an outcome, is the outcome.
  void FindOutcomeColumn() {
    int action = IndexOf(Column::kAction);
    if (action < 0 || IndexOf(Column::kOutcome) >= 0) return;
    for (int i = 0; i < action; ++i) {
      if (!ToldByHeadingWords(i, Column::kExtra) ||
          profiles_[i].Share(CellKind::kProse) + profiles_[i].Share(CellKind::kOther) < kKindShare) {
        continue;
      }
      layout_.SetRole(i, ColumnName{Column::kOutcome, ""}, TableLayout::RoleSource::kContent,
                      "prose left of the action: outcome");
      return;
    }
  }

  // Columns without a role get one from what their cells hold; a headed
  // column nothing explains is an extra column under its folded heading.
  void NameByContent() {
    for (size_t i = 0; i < profiles_.size(); ++i) {
      if (layout_.columns()[i].name || profiles_[i].filled == 0) continue;
      if (std::optional<Column> role = RoleByContent(i)) {
        layout_.SetRole(i, ColumnName{*role, ""}, TableLayout::RoleSource::kContent,
                        fmt::format("content: {} cells", CellKindName(KindHeldBy(*role))));
        continue;
      }
      std::string key = ExtraKey(layout_.columns()[i].heading);
      if (key.empty()) continue;  // No heading: the cells continue the column to the left.
      layout_.SetRole(i, ColumnName{Column::kExtra, key}, TableLayout::RoleSource::kContent,
                      "no evidence names a role: extra '" + key + "'");
    }
  }

  // True when no other column without a role holds a larger share of
  // cells of `kind` than column `i`: of two unnamed columns of names, the
  // one of more names is the lead.
  bool HoldsMost(size_t i, CellKind kind) const {
    return HoldsLargestShare(i, [kind](const ColumnProfile& p) { return p.Share(kind); });
  }

  // True when no other column without a role holds a larger share of
  // cells that are a date alone: of a column of deadlines and one of
  // milestones ("Draft by May 2016"), the deadlines are the timeframe.
  bool HoldsMostWholeDates(size_t i) const {
    return HoldsLargestShare(i, [](const ColumnProfile& p) { return p.WholeDateShare(); });
  }

  // True when no other column without a role has a larger `share` than column `i`.
  template <typename ShareOf>
  bool HoldsLargestShare(size_t i, ShareOf share) const {
    for (size_t j = 0; j < profiles_.size(); ++j) {
      if (j != i && !layout_.columns()[j].name && share(profiles_[j]) > share(profiles_[i])) return false;
    }
    return true;
  }

  // True when column `i` has cells in far fewer rows than the fullest
  // column: a cell merged down over rows (a theme, an outcome), never the
  // action, which every row has.
  bool IsSparse(size_t i) const {
    int fullest = 0;
    for (const ColumnProfile& p : profiles_) fullest = std::max(fullest, p.filled);
    return profiles_[i].filled < kLeastActionFill * fullest;
  }

  // True when column `i` holds prose left of the references while prose
  // without a role stands right of them: the row's own prose follows its
  // reference, a theme's comes before it, however many lines it wraps over.
  bool IsThemeBesideActions(size_t i) const {
    int ref = IndexOf(Column::kRef);
    return static_cast<int>(i) < ref && ProseRightOf(static_cast<size_t>(ref)) >= 0;
  }

  bool IsProse(size_t i) const {
    return profiles_[i].Share(CellKind::kProse) + profiles_[i].Share(CellKind::kOther) >= kKindShare;
  }

  // The first column without a role right of column `i`, and left of any
  // lead, date or status, that holds prose; -1 when none. Outcome and
  // action stand together before who does it and when; measures come after.
  int ProseRightOf(size_t i) const {
    for (size_t j = i + 1; j < profiles_.size(); ++j) {
      const std::optional<ColumnName>& name = layout_.columns()[j].name;
      const ColumnProfile& p = profiles_[j];
      if (name ? name->column != Column::kExtra && KindHeldBy(name->column) != CellKind::kProse
               : p.Share(CellKind::kLead) >= kKindShare || p.Share(CellKind::kDate) >= kKindShare) {
        return -1;
      }
      if (!name && p.filled > 0 && IsProse(j)) return static_cast<int>(j);
    }
    return -1;
  }

  // In a table that names neither its outcome nor its action, two columns
  // of prose side by side are both: the outcome is the one of fewer
  // distinct cells (an outcome spans several actions), else the first.
  void PairOutcomeAndAction() {
    if (IndexOf(Column::kAction) >= 0 || IndexOf(Column::kOutcome) >= 0) return;
    // Prose left of the references is a theme's, the row's own is right of them.
    for (size_t i = static_cast<size_t>(IndexOf(Column::kRef) + 1); i < profiles_.size(); ++i) {
      if (layout_.columns()[i].name || profiles_[i].filled == 0 || !IsProse(i)) continue;
      int j = ProseRightOf(i);
      if (j < 0) return;
      bool first_is_outcome = profiles_[i].texts.size() <= profiles_[j].texts.size();
      size_t outcome = first_is_outcome ? i : j, action = first_is_outcome ? j : i;
      layout_.SetRole(outcome, ColumnName{Column::kOutcome, ""}, TableLayout::RoleSource::kContent,
                      "content: prose, fewer distinct cells than its neighbour: outcome");
      layout_.SetRole(action, ColumnName{Column::kAction, ""}, TableLayout::RoleSource::kContent,
                      "content: prose beside the outcome: action");
      return;
    }
  }

  // True when a column already holds what only an action table has beside its actions: references, dates or
  // progress.
  bool HasActionTableColumn() const {
    return IndexOf(Column::kRef) >= 0 || IndexOf(Column::kTimeframe) >= 0 || IndexOf(Column::kLeadTimeframe) >= 0 ||
           IndexOf(Column::kProgress) >= 0;
  }

  std::optional<Column> RoleByContent(size_t i) const {
    const ColumnProfile& p = profiles_[i];
    auto free = [this](Column c) { return IndexOf(c) < 0; };
    if (p.Share(CellKind::kDate) >= kKindShare && free(Column::kTimeframe) && free(Column::kLeadTimeframe) &&
        HoldsMost(i, CellKind::kDate) && HoldsMostWholeDates(i)) {
      return Column::kTimeframe;
    }
    // Status words mark a progress column even among prose updates.
    if (p.Share(CellKind::kStatus) >= kStatusShare && free(Column::kProgress) && HoldsMost(i, CellKind::kStatus)) {
      return Column::kProgress;
    }
    if (p.Share(CellKind::kLead) >= kKindShare && free(Column::kLead) && free(Column::kLeadTimeframe) &&
        HoldsMost(i, CellKind::kLead)) {
      return Column::kLead;
    }
    if (IsProse(i)) {
      int action = IndexOf(Column::kAction);
      // Prose of which no cell opens as an action does ("Teodor Kavanagh", "Children missing from home") is no
      // action column by its cells alone in a table with nothing else of an action table's: a members' or
      // indicators' table. A converter may write an action table's cells apart from their rows.
      bool may_be_action = p.action_openings > 0 || HasActionTableColumn();
      if (action < 0 && may_be_action && !IsSparse(i) && !IsThemeBesideActions(i)) return Column::kAction;
      // Plans state the outcome before the action, measures after it.
      if (static_cast<int>(i) < action && free(Column::kOutcome)) return Column::kOutcome;
    }
    return std::nullopt;
  }

  // A heading that names a lead and a date ("Who and when") may be a group's
  // heading merged over two columns yet read over the first only: where its
  // column holds no date and a column without a role holds mostly dates,
  // or one named for them ("By"), it is the lead.
  void SplitCombinedHeading() {
    int combined = IndexOf(Column::kLeadTimeframe);
    if (combined < 0) return;
    const ColumnProfile& p = profiles_[combined];
    const int unnamed = UnnamedDateColumn(), dates = unnamed >= 0 ? unnamed : IndexOf(Column::kTimeframe);
    if (p.filled == 0 || p.lead_and_date > 0 || p.kinds[int(CellKind::kDate)] > 0 || dates < 0) return;
    layout_.SetRole(combined, ColumnName{Column::kLead, ""}, TableLayout::RoleSource::kContent,
                    fmt::format("heading names a lead and a date; no date in cells, column {} has: lead", dates + 1));
  }

  // A lead column whose cells mostly end with a date, in a table without
  // a timeframe column, is a combined "Lead & Completion Date" column; so
  // is a timeframe column whose cells mostly start with a lead, in a table
  // without a lead column ("Led by / when").
  void FindCombinedLeadColumn() {
    if (IndexOf(Column::kLeadTimeframe) >= 0) return;
    int lead = IndexOf(Column::kLead), timeframe = IndexOf(Column::kTimeframe);
    if ((lead < 0) == (timeframe < 0)) return;
    int combined = lead >= 0 ? lead : timeframe;
    const ColumnProfile& p = profiles_[combined];
    if (p.filled < 2 || double(p.lead_and_date) / p.filled < kLeadDateShare) return;
    layout_.SetRole(combined, ColumnName{Column::kLeadTimeframe, ""}, TableLayout::RoleSource::kContent,
                    fmt::format("content: {} of {} cells are a lead, then a date", p.lead_and_date, p.filled));
  }

  const RecoveryRules& rules_;
  TableLayout& layout_;
  std::vector<ColumnProfile> profiles_;
};

}  // namespace

void ColumnRoles::Resolve(const TableBody& body, const RecoveryRules& rules,
                          TableLayout* layout) {
  Resolver(rules, layout).Run(body);
}

}  // namespace planrows
