// TableReader: reads the rows of one action table, line by line, after its
// header row: a line with a reference starts a row, a fragment cut off by a
// page break or wrapped inside a cell joins the row above, and an
// unnumbered line with its own action or lead becomes a row of its own.
#ifndef PLANROWS_PIPELINE_RECOVERY_TABLE_READER_H_
#define PLANROWS_PIPELINE_RECOVERY_TABLE_READER_H_

#include <cctype>
#include <optional>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/recovery/section_tracker.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class TableReader {
 public:
  // A reader of the table laid out as `layout`; `sections` gives each row
  // its section when the row starts. Both must outlive the reader.
  TableReader(const RecoveryRules& rules, const SectionTracker& sections, TableLayout layout);

  // Reads `line` into the table; false when the line is no part of it, and
  // the table has ended.
  bool Read(const PlanLine& line);

  // The columns' layout, as read from the header row.
  const TableLayout& layout() const { return layout_; }
  // Goes on with the columns placed as in `repeat`: the header repeated on
  // a new page, starting at `header`, where the row in progress may go on,
  // or lower on the page where that row started, which ends it.
  void Relayout(const TableLayout& repeat, const PlanLine& header);

  // Ends the row in progress: a section's heading came under it.
  void EndRow();
  // True while a row is in progress: a line may yet go on in it.
  bool HasOpenRow() const { return has_current_; }

  // Reads the table as flattened: one cell per line in reading order, a
  // reference starting each row (text converters write tables so).
  void ReadFlattened() { flat_ = true; }

  // Number of components of the last row's reference (3 for "1.1.2"); 0 if none yet.
  int LastRefDepth() const { return last_ref_depth_; }

  // True when each line the row in progress has read (one, or more where a
  // narrow column broke them) held only the letters of a reference ("YC")
  // whose number may follow on a line of its own, as a page number would stand.
  bool AwaitsRefNumber() const {
    return has_current_ && lines_ == prefix_lines_ && !ref_prefix_.empty() &&
           std::isalpha(static_cast<unsigned char>(ref_prefix_[0]));
  }

  // Completes the row in progress and hands over the rows read so far.
  std::vector<RowFields> TakeRows();

 private:
  // `ref` as stored: without a trailing dot, and a prefix that OCR read in
  // lower case ("vc1") in capitals.
  static std::string NormalizeRef(std::string ref);
  // True when `line` is a line of the table: a row's cells or a cell's
  // wrapped text, not a heading or a paragraph after it.
  bool BelongsToTable(const PlanLine& line) const;
  // Places the columns anew where the cells of the positioned page of
  // `line` start, when it is a later page with no header repeated on it.
  void FollowPage(const PlanLine& line);
  // True when `cell`, cleaned, of the reference column starts a row: any
  // reference form, a plain number among them, but no date.
  bool IsRowRef(const std::string& cell) const;
  // The reference `cell` of the reference column on `line` holds, repaired:
  // on a scanned page, a lone lookalike of "1" ("I", "l", "|") in a table
  // whose last reference is a bare number is the number 1.
  std::string ColumnRef(const PlanLine& line, const std::string& cell) const;
  // True when `line` is the first of its page's rows: a row that a page
  // break cut may go on in it.
  bool AtPageTop(const PlanLine& line) const { return line.page_start || page_top_; }
  // True when a wrapped line of a numbered row starts another action with
  // its own lead: a row that lists several actions, each with its lead.
  bool StartsSubRow(const PlanLine& line, const std::vector<std::string>& cells) const;
  // True when the action and the lead of `line`'s `cells` both start like
  // new items under cells of the row in progress that end complete, the
  // lead's having ended above: leads are set at the top of their rows.
  bool LeadRestarts(const PlanLine& line, const std::vector<std::string>& cells) const;
  // True when a ruling above `line` starts right of the reference column:
  // it divides a cell the reference spans, not the table's rows.
  bool DividesCell(const PlanLine& line) const;
  bool ReadRow(const PlanLine& line);
  // Adds a line of a flattened table to the row being gathered.
  bool ReadFlatCell(const PlanLine& line);
  // Reads the gathered cells of a flattened row as one grid row.
  void FlushFlatRow();
  // Index of a cell just right of the reference column that holds a
  // reference, on a grid row whose reference column holds other text; -1 if none.
  int ShiftedRefCell(const PlanLine& line) const;
  // True when the row in progress reads as complete where a page break
  // comes before `cells`: `cells` bring a lead if it had one, no text cell
  // of theirs goes on with the one above, and they bring a date or status
  // of their own, or the action above ends a sentence, or AllCellsRestart.
  bool RowAboveEnded(const std::vector<std::string>& cells) const;
  // True when every filled cell of `cells` (three at least under filled
  // cells) starts like a new item under a cell of the row in progress that
  // is empty or ends complete: what a new row looks like at the top of a
  // page, not a cut row going on.
  bool AllCellsRestart(const std::vector<std::string>& cells) const;
  // True when two columns or more of the row in progress, each left empty
  // on the line read last after holding text, start afresh in `cells`, or
  // take new text under a whole date or status:
  // cells set at the top of their rows start a row together, though no
  // gap parts it from the row above (`pdftotext -layout` of a table drawn
  // without rulings).
  bool CellsRestart(const std::vector<std::string>& cells) const;
  // True when `cell` is a whole date or status ("Ongoing", "Amber").
  bool IsWholeValue(const std::string& cell) const;
  // True when, in a table without references, `cells` go on with no text
  // cell above and bring a date or status of their own (BringsAnotherValue,
  // BringsFirstValue): rows of one line each, no gap between.
  bool BringsOwnValue(const std::vector<std::string>& cells) const;
  // True when `cells` start a new action, under one that ends complete, with
  // a whole date or status in a column the row in progress left empty.
  bool BringsFirstValue(const std::vector<std::string>& cells) const;
  // True when a text cell of `cells` goes on with the one above it: it
  // starts in lower case ("aid courses" under "Update mental health
  // first"), or, with `or_mid_phrase`, the cell above ends mid-phrase
  // ("Service Manager,").
  bool GoesOnAbove(const std::vector<std::string>& cells, bool or_mid_phrase) const;
  // True when the row in progress holds a whole date with its year, or a
  // status, and `cells` bring another of their own, not the rest of it
  // ("Q2 2015/16" under "Q3 2014/15", not "2021" under "April 2020 - March"),
  // or its lead and date cell ends with its date and `cells` bring more.
  bool BringsAnotherValue(const std::vector<std::string>& cells) const;
  // True when a line without a reference starts a row rather than continues one.
  bool StartsUnnumberedRow(const PlanLine& line, const std::vector<std::string>& cells) const;
  // True when `action`, an action cell, starts with a reference ("1.2 Agree ...").
  bool StartsWithRef(const std::string& action) const;
  // On grid rows whose cells a converter merged or split, moves a trailing
  // date into an empty timeframe (or lead-and-date) column and, for a
  // fragment, text that is no date out of a timeframe column.
  void AnchorTimeframe(const PlanLine& line, bool fragment, std::vector<std::string>* cells) const;
  // Gives the next column the words that ran into the reference's cell
  // after its reference (PlanPatterns::SplitRunOnRef).
  void PartRunOnRef(std::vector<std::string>* cells) const;
  // True when `prefix`, the reference cell of a line, is the capitals of a
  // reference ("VC") that a narrow column wrapped, its number to follow,
  // where the row in progress has its reference: a row starts here, with
  // or without a gap above it. Letters in lower case are such a prefix
  // where they begin the reference of the row in progress ("ce" under "ce2").
  bool StartsWrappedRef(const std::string& prefix) const;
  // The whole reference of the row in progress when `suffix`, the
  // reference cell of its second line, is the letter of its reference
  // ("1.1" over "a") that a narrow column wrapped; empty otherwise.
  std::string WrappedRefEnd(const std::string& suffix) const;
  // The reference that `prefix` and `number`, lines of the reference
  // column, make (PlanPatterns::JoinWrappedRef), as that column wraps.
  std::string JoinRefLines(std::string_view prefix, std::string_view number) const;
  // True when `capitals`, the reference cell of `line`, go on the capitals
  // the row in progress has read alone on each of its lines, a reference
  // that a narrow column broke letter by letter ("Y" over "V" over "1");
  // a letter OCR read twice ("Pp") is set back to the one it read.
  bool ExtendsRefPrefix(const PlanLine& line, std::string* capitals) const;
  // True when `ref`, on `line`, numbers the row in progress: it completes
  // a reference that a narrow column wrapped, a prefix ("EH") that the
  // row's first line held alone or its reference ending in a dot ("1.")
  // where no ruling or gap parts the lines; or, in a ruled table, it stands
  // below the first lines of a row without one, its cell set in the middle
  // of the row. The row is then numbered by the whole ("EH 1", "1.1").
  // `printed` is the cell as printed, its trailing dot kept ("P1.").
  bool NumbersOpenRow(const PlanLine& line, const std::string& ref, const std::string& printed);
  // True when `line` lies inside a row whose start a ruling or a row of
  // centred cells tells, below the row's first line.
  bool InsideToldRow(const PlanLine& line) const;
  // True when rulings part the table's rows on the page of `line`, its
  // first line there: a ruling starts it or a line below it. A page's
  // rulings may all belong to another table above this one.
  static bool RulingsPartRows(const PlanLine& line);
  void StartRow(const PlanLine& line, std::vector<std::string> cells, bool numbered);
  void ContinueRow(const PlanLine& line, const std::vector<std::string>& cells);
  void CompleteRow();
  const std::string& Cell(const std::vector<std::string>& cells, Column column) const;

  const RecoveryRules& rules_;
  const SectionTracker& sections_;
  TableLayout layout_;
  std::vector<RowFields> rows_;
  std::vector<std::string> cells_;           // Cells of the row in progress.
  std::vector<std::string> previous_cells_;  // Cells of the line read last.
  RowFields current_;               // Its section, provenance and flags.
  bool has_current_ = false;
  int lines_ = 0;  // Lines read into the row in progress.
  int prefix_lines_ = 0;  // Lines it read while its reference was the prefix alone (ref_prefix_).
  int last_ref_depth_ = 0;
  std::string last_outcome_, last_action_;
  std::string ref_prefix_;  // The reference cell of the row's first line, when it may go on ("EH", "1.").
  bool flat_ = false;
  bool header_tops_page_ = false;     // The header was repeated at the top of a page...
  bool page_top_ = false;             // ...and the line being read comes right under it.
  std::optional<PlanLine> flat_row_;  // Cells gathered for the flattened row in progress.
  int laid_out_page_ = -1;            // The page whose header or cells placed the columns last.
  int rulings_page_ = -1;             // The page last read from...
  bool rulings_part_rows_ = false;    // ...and whether rulings part the table's rows there.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_TABLE_READER_H_
