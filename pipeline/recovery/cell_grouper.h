// CellGrouper: puts a table's text back into cells when a converter lost
// the cell boundaries. Given the pieces of text in reading order (the lines
// of a table written one cell line per line, or the parts of a row split at
// a separator) and the table's columns, it finds the most plausible way to
// cut them into cells, column by column and row by row: each cell is a run
// of pieces, cells follow the column order within a row, a reference starts
// a row (or, in a table without a column of them, an action cell), each
// cell must read like its column (CellFit), and an empty piece (a blank
// line) is an empty cell.
#ifndef PLANROWS_PIPELINE_RECOVERY_CELL_GROUPER_H_
#define PLANROWS_PIPELINE_RECOVERY_CELL_GROUPER_H_

#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

// One row put back together: the index of its first piece, and its text
// per column ("" where the row has no cell), with the index of each cell's
// first piece (kNoPiece where the row has no cell).
struct GroupedRow {
  static constexpr size_t kNoPiece = static_cast<size_t>(-1);
  size_t first_piece = 0;
  std::vector<std::string> cells;
  std::vector<size_t> cell_pieces;
};

class CellGrouper {
 public:
  struct Options {
    std::string joiner = " ";    // Put between the pieces of one cell.
    bool wrapped_lines = false;  // Pieces are lines wrapped to their column's width.
    bool one_width = false;      // ... all to one width, as wide as the widest piece at least,
    size_t width = 0;            // ... and as this, where other blocks of the column show it wider.
    bool one_row = false;        // All pieces belong to a single row.
    bool running_words = false;  // Pieces are the words of running text, not lines.
    size_t max_cell_pieces = 16;  // Most pieces one cell may take.
    bool numbered_rows = false;   // A bare number ("7") is a reference.
    bool verb_led_actions = false;  // An action cell that opens with an action's verb is likelier one.
  };

  // A grouper for a table of `columns` in order (nullopt for a column whose
  // name no rule knows); `cell_fit` must outlive it.
  CellGrouper(const CellFit& cell_fit, std::vector<std::optional<Column>> columns, Options options);


  // The columns that `headings`, a header's names, name by `rules`: by
  // their names, or failing that by their words; in a table without a
  // lead, a column no heading names just before the dates is the lead.
  static std::vector<std::optional<Column>> ColumnsOf(const std::vector<std::string>& headings,
                                                      const HeaderRules& rules);

  // Leaves unnamed each column of `columns` whose heading of `headings`
  // tells its role only by its words where another heading names that
  // role outright ("Interim steps" beside "Task"): its cells would take
  // the named column's. Extra columns may share their role.
  static void UnnameSharedRoles(const std::vector<std::string>& headings, const HeaderRules& rules,
                                std::vector<std::optional<Column>>* columns);

  // Makes a prose column of each column of `columns` whose heading of
  // `headings` tells dates only by its words where another heading names
  // dates outright ("Target" beside "Target completion", "By" or "Lead /
  // date") or is a lead-and-date column, however told ("Responsibility and
  // timescale"): it holds what is aimed at ("Re-referral rate below 70%"),
  // and read as dates its cells would go to the progress column.
  static void AimBesideNamedDates(const std::vector<std::string>& headings, const HeaderRules& rules,
                                  std::vector<std::optional<Column>>* columns);

  // Names the first column of `columns` no heading names as the action,
  // in a table without one ("Deliverables"): an action table's actions
  // are its heart, and a column of unknown name loses prose cells to any
  // named column of prose.
  static void NameActionColumn(std::vector<std::optional<Column>>* columns);

  // The rows that `pieces` most plausibly form; empty when there are no
  // pieces. A piece marked in `cell_starts` (all pieces, or none) starts a
  // cell: its reader parted it from the text before it as another cell's.
  // One marked in `row_goes_on` (all pieces, or none) starts no row: its
  // reader took it from the line of the piece before, which the cells of
  // one row only share.
  std::vector<GroupedRow> Group(const std::vector<std::string>& pieces, const std::vector<bool>& cell_starts = {},
                                const std::vector<bool>& row_goes_on = {}) const;

  // The most plausible cut of `pieces`, all of the first column's, into
  // exactly `cells` cells; empty when there are fewer pieces than cells.
  std::vector<std::string> SplitInto(const std::vector<std::string>& pieces, size_t cells) const;
  // The most plausible cut of `pieces`, all of the first column's, into
  // as many cells as they read as best (the most, of counts that read
  // alike); empty when there are no pieces.
  std::vector<std::string> Split(const std::vector<std::string>& pieces) const;

 private:
  struct Step;  // One cell of the best reading, for tracing it back.

  // What joining `next` to `above` in one cell says: positive when it
  // goes on the way a wrapped cell does, negative when it reads as a new
  // cell (`prose`: a capital after a line that did not end on a joining
  // word counts against; `full`: `above` was filled to its block's width,
  // so only what goes on across it counts).
  double JoinScore(const std::string& above, const std::string& next, bool prose, bool full) const;
  // The score of every run of at most max_cell_pieces pieces as one cell
  // of every column (very low where they cannot be one), at
  // [(begin * max_cell_pieces + length - 1) * columns + column]; no cell
  // runs past a piece marked in `cell_starts` (empty: none marked).
  std::vector<double> CellScores(const std::vector<std::string>& pieces, const std::vector<bool>& cell_starts) const;
  // The kind of cell `clean`, a cleaned text, is: `read` when it was read
  // already, except that a bare number is a reference in numbered rows.
  CellKind KindOf(const std::string& clean, std::optional<CellKind> read = std::nullopt) const;
  // Per piece of `pieces`, whether it starts with an action's reference
  // ("1.1 – Audit ...", "• pp2. Map ..."), in a table without a reference
  // column whose pieces start so at least twice; all false otherwise.
  // There each action cell starts with its row's reference, so such a
  // piece starts a cell, and rows start at it even with cells before it.
  std::vector<bool> RefLedPieces(const std::vector<std::string>& pieces) const;
  // Per word of `clean`, running words cleaned, whether it goes on a date
  // the word before it started ("Q3 | 2019/20"): no cell starts there.
  std::vector<bool> MidDateWords(const std::vector<std::string>& clean) const;
  // True when `text`, a cell of running words, is a lone capital that may
  // be a person's initial: the words `clean` from `next` go on with a
  // surname that ends the name ("G Bramwell Q3 2018/19"; not "G Schools
  // Forum", nor "R Dip sample of 12 cases").
  bool OpensInitialledName(const std::string& text, const std::vector<std::string>& clean, size_t next) const;
  // True when `word`, a running word cleaned, dates the item of a list it
  // is in: it holds a year, or is a date of digits without one ("Q2", "Jul-17").
  bool DatesItem(const std::string& word) const;
  // True when `text`, the running words `clean` [begin, end), is a status
  // right after a date (CellFit::IsStatusAfterDate) and before no other
  // status: a status, though it may read as an open date too ("February
  // 2020 | Ongoing", "Ongoing | Ongoing").
  bool StatusAfterDate(const std::string& text, const std::vector<std::string>& clean, size_t begin,
                       size_t end) const;
  // True when a row's lines, wrapped in their cells, run across columns and join into cells (pdftotext -raw).
  bool LinesRunAcross() const { return options_.wrapped_lines && options_.max_cell_pieces > 1 && columns_.size() > 1; }
  // How well a text read as `reading` fits column `column`.
  double Fit(size_t column, const CellFit::Reading& reading) const;
  // Score of the empty cells of columns [from, to).
  double SkipScore(size_t from, size_t to) const;
  // Score of moving from a cell of column `from` (-1 at the start) to a
  // cell of column `to`, starting a row when `to` is not right of `from`.
  double MoveScore(int from, size_t to) const;
  // The best cut of `pieces` into cells of the first column: into
  // `cells` of them, or into as many as read best; empty when impossible.
  std::vector<std::string> Cut(const std::vector<std::string>& pieces, std::optional<size_t> cells) const;
  // The width `pieces`, lines wrapped to one width, were wrapped to: as
  // wide as the widest at least, and as Options::width; 0 where they were
  // not (Options::one_width).
  size_t BlockWidth(const std::vector<std::string>& pieces) const;
  // True when `piece`, no word to cleaning, is one of its cell: a slash
  // alone among running words, which joins two names ("Q Llewellyn / N Kinsella").
  bool IsJoiningSlash(const std::string& piece) const { return options_.running_words && piece == "/"; }
  // The text of pieces [begin, end) as one cell.
  std::string Join(const std::vector<std::string>& pieces, size_t begin, size_t end) const;
  // Appends `piece`, the `k`-th of `pieces` cleaned or as read, to `text`,
  // a cell grown from piece `begin`: without a space where a line broke
  // inside a word, else after the joiner.
  void Append(const std::vector<std::string>& pieces, size_t begin, size_t k, const std::string& piece,
              size_t block_width, std::string* text) const;

  const CellFit& cell_fit_;
  std::vector<std::optional<Column>> columns_;
  Options options_;
  int ref_column_ = -1;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_CELL_GROUPER_H_
