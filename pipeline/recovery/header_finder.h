// HeaderFinder: finds the header rows of action tables among a document's
// lines: a line whose cells name known columns, or two lines of one header
// wrapped ("Who and" over "when"), and on positioned pages every line of
// the same header row above and below it (headings wrapped over three
// lines, a merged cell over the names of a two-level header). A row of
// short headings that name few known columns is a header when the lines
// under it bear it out: their cells read as an action table's columns.
#ifndef PLANROWS_PIPELINE_RECOVERY_HEADER_FINDER_H_
#define PLANROWS_PIPELINE_RECOVERY_HEADER_FINDER_H_

#include <optional>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/printed_bands.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class HeaderFinder {
 public:
  // A finder over `lines`; both must outlive it, and `lines` must not
  // change while it is used (what it finds is remembered).
  HeaderFinder(const RecoveryRules& rules, const std::vector<PlanLine>& lines)
      : rules_(rules),
        classifier_(rules),
        lines_(lines),
        names_(lines.size(), -1),
        no_header_(lines.size()),
        bands_(lines) {}

  // The layout of the header row that starts at line `i`, if one does;
  // sets `*end` to the header's last line. The line whose column names
  // make the row a header may lie up to three lines below `i`.
  std::optional<TableLayout> At(size_t i, size_t* end) const;

 private:
  // True when positioned line `lower` goes on the header row of line
  // `upper`: on one page, with no gap or ruling across the table between
  // them (but the ruling under the group cells of a two-level header,
  // beside a heading merged down: NamesMergedHeading), of the same weight,
  // neither holding a reference, and `lower` holding no cell of more words
  // than a heading's line, nor a value (HoldsValue), nor lying in a row of
  // centred cells (CentredRows).
  bool InOneHeaderRow(const PlanLine& upper, const PlanLine& lower) const;
  // True when line `above`, over the next line, is a line of the header
  // row whose names are on line `header`: as InOneHeaderRow, or a merged
  // cell over the right part of a two-level header, which a gap or ruling
  // may part from the names but none from the row above; never a section's
  // heading, nor a line holding a value (the last line of the row above the
  // header of the next table), nor the plan's title.
  bool JoinsHeaderBelow(size_t above, const PlanLine& header) const;
  // True when `line` names the board or the years of the plan: a title
  // ("Three-Year Business Plan 2019 - 2022") set right over a header.
  bool TitlesPlan(const PlanLine& line) const;
  // True when a ruling parts positioned `header` from `line` above it under
  // the group cells of a two-level header only: the cells of `header` lie
  // within the ruling, and a cell of `line` beside it names a known column,
  // a heading merged down over both lines ("Owner and deadline").
  bool NamesMergedHeading(const PlanLine& line, const PlanLine& header) const;
  // True when `line` titles a section ("Priority 2: ...", "3. Early help"):
  // a heading of the plan, never a line of a table's header.
  bool TitlesSection(const PlanLine& line) const;
  // True when a cell of positioned `line` runs across the start of one of
  // the headings of `header`: a title over the table, not a heading's
  // line, which keeps within its column.
  bool CrossesHeadings(const PlanLine& line, const PlanLine& header) const;
  // The lines under the header on lines [`begin`, `end`] that tell its
  // columns: up to the next heading, header or page.
  std::vector<const PlanLine*> BodyUnder(size_t begin, size_t end) const;
  // The header whose lines, from line `i`, repeat word for word those of a
  // header found before on a positioned page (a table's header printed
  // again on the next page); sets `*end` to its last line. Printed again
  // in the same place, it keeps the columns its first print had.
  std::optional<TableLayout> RepeatedBandAt(size_t i, size_t* end) const;
  // At, without looking up what was found before.
  std::optional<TableLayout> Find(size_t i, size_t* end) const;
  // The header row of two or fewer lines that line `k` starts, by the
  // names of its cells; sets `*end` to its last line.
  std::optional<TableLayout> NamedHeaderAt(size_t k, size_t* end) const;
  // The layout of the header row of headings that starts at line `i` and
  // names too few known columns to be a header by its names alone, before
  // its body is read; sets `*end` to its last line.
  std::optional<TableLayout> UnprovenHeaderAt(size_t i, size_t* end) const;
  // True when line `i`, on a page that sets some lines in bold, runs on
  // from a line of body text above it, with no gap, ruling or change of
  // type between them: a row's line, which a header of unknown names
  // never is.
  bool GoesOnRowAbove(size_t i) const;
  // True when every heading of `layout` reads as one: a few words, no
  // reference, date or status, no lower-case start, no dotted reference
  // before its words.
  bool ReadsAsHeadings(const TableLayout& layout) const;
  // True when line `end` has a cell that ends mid-phrase ("By end of") and
  // the line under it, with no gap between, goes on with two or more cells
  // in lower case: the lines above are a table row whose cells wrap, not a
  // header, whose wrapped lines would be its own.
  bool WrapsOnBelow(size_t end) const;
  // True when the cells of `body`, placed under `layout`, read as the
  // columns of an action table: an action and at least two other roles,
  // one of them a reference, lead, date or status.
  bool BodyBearsOut(const TableLayout& layout, const std::vector<const PlanLine*>& body) const;
  // True when `line` has no text or starts with a reference, in any case,
  // or a plain number as references in a column are, or as OCR misread
  // one; never with a date ("Q3"); or holds a dotted reference ("1.1") in
  // a later cell.
  bool HoldsRef(const PlanLine& line) const;
  // True when a cell of `line` is a value, a date or a status, which no
  // heading is; a heading wrapped in lower case may end in a status word
  // ("When will it be" over "done?").
  bool HoldsValue(const PlanLine& line) const;
  // True when a heading of `upper` that ends mid-phrase goes on in `lower`,
  // in lower case where it stands ("Responsibility and" over "timescale"):
  // a cell merged down two header lines, across a ruling under a group's
  // heading beside it ("Our plan" over "Outcome" and "Action").
  static bool WrapsHeadingOn(const PlanLine& upper, const PlanLine& lower);
  // True when a ruling above `line` runs across a table whose left edge is `left`.
  bool RulesAcross(const PlanLine& line, double left) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
  const std::vector<PlanLine>& lines_;
  // Per line, how many of its cells are known column names; -1 until
  // counted. Most lines name none, and so start no header.
  mutable std::vector<int> names_;
  // Per line, true once At found that no header starts there.
  mutable std::vector<bool> no_header_;
  // The headers that the rows under them bore out, so far.
  mutable std::vector<TableLayout> borne_out_;
  // Every header found so far on a positioned page.
  mutable PrintedBands bands_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_HEADER_FINDER_H_
