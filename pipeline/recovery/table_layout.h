// TableLayout: the columns of an action table, read from its header row,
// and the placing of a row's cells into those columns.
#ifndef PLANROWS_PIPELINE_RECOVERY_TABLE_LAYOUT_H_
#define PLANROWS_PIPELINE_RECOVERY_TABLE_LAYOUT_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/table_trace.h"
#include "pipeline/recovery/layout_column.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

class TableLayout {
 public:
  // How far left of its header's left edge a cell's text may start, in
  // points: table cells and their headers share the cell padding, and OCR
  // boxes wander by a pixel or two.
  static constexpr double kColumnSlack = 4;

  using RoleSource = LayoutColumn::RoleSource;

  // The layout whose header is `line`, or nothing when `line` is no header
  // row: at least two of its cells must name known columns, and they must be
  // most of its cells.
  static std::optional<TableLayout> FromHeader(const PlanLine& line, const HeaderRules& rules);
  // True when `line`, `names` of whose cells name a column by a known
  // name, may head a table (FromHeader): one naming none may still be a
  // header of two headings told by their words.
  static bool MayHead(const PlanLine& line, int names);
  // The layout of a header row printed on two lines of a positioned page,
  // `first` and `second`, whose names wrap ("Who and" over "when"), or
  // nothing. For use where `first` alone is no header.
  static std::optional<TableLayout> FromWrappedHeader(const PlanLine& first, const PlanLine& second,
                                                      const HeaderRules& rules);

  // The layout the header lines `band` would give if the lines under them
  // bear it out: three or more headings, at least one of them named by a
  // known name or by its words, or two told so, one by a known name. Nothing
  // for other lines.
  static std::optional<TableLayout> FromUnprovenHeader(const std::vector<const PlanLine*>& band,
                                                       const HeaderRules& rules);

  // The text of each column for `line`, one entry per column. Cells that
  // hold only a bullet glyph are dropped (converters split them off their
  // item) unless the header has an empty cell above them. A grid row
  // shorter than the header is aligned to the right when `is_fragment` (a
  // page-break fragment lacks its leading cells), else to the left;
  // positioned cells go to the column under which they start.
  std::vector<std::string> Place(const PlanLine& line, bool is_fragment) const;

  // Reads the header anew from all the positioned lines it fills, `band`,
  // top to bottom ("Lead &" above "Completion Date"; "Accountability" above
  // "Lead" and "Date"), with the edges of the cells of `body`, the lines
  // under it, and names the columns.
  void ReadBand(const std::vector<const PlanLine*>& band, const std::vector<const PlanLine*>& body,
                const HeaderRules& rules);

  // Moves a column's start left to where the cells of positioned `body`
  // start when its heading stands right of them (centred over its cells,
  // or placed loosely by a text converter): to the leftmost point at which
  // cells of two or more lines start, nearer this heading than the one
  // before it; for the first column, cells beside another on their line
  // (a reference in a column without a heading).
  void StartAtCells(const std::vector<const PlanLine*>& body);

  // True when `repeat` is this header row repeated on another page: the
  // same column headings in the same order, though a heading of several
  // lines may still lack the lines after its first or its first, OCR may
  // misread a few letters, and of a wide header one heading altogether.
  bool IsRepeatedBy(const TableLayout& repeat) const;
  // Places cells from now on where `repeat`, a repeat of this header,
  // places them, keeping this header's column names.
  void TakePositions(const TableLayout& repeat);
  // Places cells from now on where the rows of `page`, a later page of the
  // table that repeats no header, show its columns to start; a page of
  // cells by index keeps them.
  void TakePagePositions(const PageText& page);

  // Index of the first column named `column`; -1 if the table has none.
  int IndexOf(Column column) const;
  // The columns, left to right.
  const std::vector<LayoutColumn>& columns() const { return columns_; }

  // Adds a column without a heading at index `at`, its cells starting at
  // `start`, for the reason `why`: on a positioned page, a column of
  // references whose header cell is empty. The cells of the column after
  // it start at `next_start`.
  void AddUnheadedColumn(size_t at, double start, double next_start, const std::string& why);

  // The columns with their headings, roles and evidence, for explanations.
  std::vector<ColumnTrace> Trace() const;

  // Gives column `index` the role `name` (none: nullopt) on the evidence
  // `why`, replacing what its heading said.
  void SetRole(size_t index, std::optional<ColumnName> name, RoleSource source, const std::string& why);
  // Adds `why` to the evidence of column `index`.
  void AddEvidence(size_t index, const std::string& why);

 private:
  // Number of cells of `line` that name a column.
  static int CountNames(const PlanLine& line, const HeaderRules& rules);
  // `layout`, its padding dropped and its columns named, when it makes a
  // header (IsHeader) with its headings taken from `line`.
  static std::optional<TableLayout> Proven(TableLayout layout, const PlanLine& line, const HeaderRules& rules);
  // The columns `line` heads, whether or not they make a header.
  static TableLayout Build(const PlanLine& line, const HeaderRules& rules);
  // True when the columns make a table's header: two or more named by
  // known names, most cells with words named by names or by `rules`'
  // heading words, and one of them an action or a lead
  // (HeaderRules::MakesHeader), its headings taken from `line`. A text
  // input's separators or column gaps print its headings apart; a PDF's
  // row of short cells may be a row's wrapped lines, and a header of
  // headings no rule names has its own proof there (HeaderFinder's
  // unproven headers), so its cells count as guessed.
  bool IsHeader(const HeaderRules& rules, const PlanLine& line) const;
  // True when the header has two headings, the first telling the actions
  // by its words, the second a known name of the lead, the date or both
  // ("Steps we plan to take" "Who / when"), or telling them by its words when
  // both are short as headings are ("Key actions / steps" "Responsibility
  // and timescale"): a label and its value come the other way round, the
  // known name first.
  bool NamesActionAndWhen(const HeaderRules& rules) const;
  // How many of the columns have a heading, and how many of those a known
  // name or heading words name.
  void CountTold(const HeaderRules& rules, int* filled, int* named, int* told, bool* content_column) const;
  // Names the columns from their headings: by known names, then, for a
  // row that is a header, the cells no name matched by their words.
  void NameColumns(const HeaderRules& rules);
  // The columns of the positioned header lines `band`, named by known names only.
  static TableLayout FromBand(const std::vector<const PlanLine*>& band, const HeaderRules& rules,
                              const std::vector<const PlanLine*>& body = {});
  // Drops the empty header cells that pad the row's end.
  void DropPadding();
  // Adds a column headed `text` whose cells start at `start`.
  void AddColumn(const std::string& text, double start, bool blank, const HeaderRules& rules);

  // The grid cells of `line` at `kept` indices, with padding dropped and
  // empty cells added for empty-headed columns that a short row skips.
  std::vector<std::string> FitGridCells(const PlanLine& line, const std::vector<size_t>& kept,
                                        bool is_fragment) const;
  // Places grid `cells` into `placed`, one column each, in order.
  void PlaceGrid(const std::vector<std::string>& cells, bool is_fragment, std::vector<std::string>* placed) const;

  // Indexes of the columns the header gave: with a heading, or an empty
  // header cell of a text table.
  std::vector<size_t> HeadedColumns() const;
  // The column under which a positioned cell starting at `x` falls, where
  // a cell may start up to `slack` left of its column's start.
  size_t ColumnAt(double x, double slack = kColumnSlack) const;
  // What joins a word of positioned `line` to the text before it in
  // `column`: a space, or a lead separator before a word that starts a
  // segment of its own (`new_segment`) in a lead that OCR read.
  std::string JoinOnLine(const PlanLine& line, size_t column, bool new_segment) const;

  std::vector<LayoutColumn> columns_;
  // How far left of its column's start a cell's first word may start and
  // still be the column's: a character on a page of one width.
  double cell_slack_ = kColumnSlack;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_TABLE_LAYOUT_H_
