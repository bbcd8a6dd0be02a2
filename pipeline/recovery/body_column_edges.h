// BodyColumnEdges: what the lines under a positioned header say about
// where its columns part, where the header's words do not show it: edges
// at which cells start on several lines, gutters that no word spans, and
// column edges that the cells' words run across.
#ifndef PLANROWS_PIPELINE_RECOVERY_BODY_COLUMN_EDGES_H_
#define PLANROWS_PIPELINE_RECOVERY_BODY_COLUMN_EDGES_H_

#include <vector>

#include "pipeline/recovery/header_cell.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/header_rules.h"

namespace planrows {

class BodyColumnEdges {
 public:
  // Where cells of `body` start on two lines or more, as cells of no
  // width: edges of columns that the header's words may not show apart.
  // Bullets and the text right after them are indented items, not columns.
  static std::vector<HeaderCell> RecurringStarts(const std::vector<const PlanLine*>& body);
  // Columns of no heading: where cells of `body` start on two lines or
  // more in the gap between two of `columns` (left to right), clear of
  // the headings on either side ("ce1", "ce2" between "Key area" and
  // "Key actions", a reference column left unheaded).
  static std::vector<HeaderCell> UnheadedColumns(const std::vector<const PlanLine*>& body,
                                                 const std::vector<HeaderCell>& columns);
  // Joins to the column on its left each column whose left edge words of
  // `body` run across on two lines or more: a heading that OCR or a
  // converter cut in two ("Activity" and "intervention" of "Activity /
  // intervention") heads one column, as no cell's word crosses a column's
  // edge. One line will do where the heading goes on in lower case
  // ("Person" and "agency" of "Person / agency") and is no wrapped
  // heading's second line: no heading of `above`, the band's lines above,
  // stands over it.
  // A heading whose left edge words of `body` run across but whose cells
  // start right of that edge on a gutter is kept (MoveToOwnCells), and so
  // is one that `rules` know by its full name as another column than the
  // heading on its left ("Led by whom", "Expected by"), unless that one is
  // of references: no converter cuts one heading into two names, though it
  // may crowd their cells together.
  static void JoinCrossedColumns(const std::vector<const PlanLine*>& body, const std::vector<HeaderCell>& above,
                                 const HeaderRules& rules, std::vector<HeaderCell>* columns);
  // Moves the left edge of each column of `columns` whose left edge words
  // of `body` run across, on two lines or more, to where its own cells
  // start right of it, under or past its words, on a gutter no word
  // crosses: a converter laying text out in character columns may shift a
  // header line against the lines under it, and a word processor's header
  // row may print a heading over the words of the column on its left
  // ("Responsible" over the actions' ends, its cells starting after it).
  // For use once the band's lines have joined their columns, which the
  // heading's words stand over.
  static void MoveToOwnCells(const std::vector<const PlanLine*>& body, std::vector<HeaderCell>* columns);
  // Splits each multi-word heading of `columns` at a space that is a
  // gutter between columns of `body`: a converter that lays text out in
  // character columns may leave one space only between two narrow headings
  // ("Code Goal"), and set them a character or two off their cells.
  static void SplitAtGutters(const std::vector<const PlanLine*>& body, std::vector<HeaderCell>* columns);
  // Splits each heading of `columns` before a word, though in lower case,
  // that starts within a character of a cell of `other`, another line of
  // the band, starting with a capital, where the space before it is a
  // gutter between columns of `body`: a converter centring each heading's
  // lines sets them a character apart ("(RAG) will use" under "Status
  // Evidence we", "will" a character left of "Evidence").
  static void SplitUnderHeadings(const std::vector<const PlanLine*>& body, const std::vector<HeaderCell>& other,
                                 std::vector<HeaderCell>* columns);

 private:
  // Fewest lines of the body on which cells start either side of a gutter.
  static constexpr int kMinGutterLines = 2;

  // True when the first word of every cell of `body` that starts at `start`
  // ends before `next`, where the next column starts.
  static bool FirstWordsEndBefore(const std::vector<const PlanLine*>& body, double start, double next);
  // How many lines of `body` have a word that runs across `edge`, a
  // column's left edge, other than a cell of that column: one starting
  // just left of the edge or past `left_end`, where the heading on the left ends.
  static int CrossingLines(const std::vector<const PlanLine*>& body, double edge, double left_end);
  // Where the cells of column `c` of `columns` start right of its left
  // edge, when words of `body` run across that edge (OwnCellsStart); 0 if
  // they run across it on fewer than two lines or start nowhere so.
  static double OwnCellsStartOf(const std::vector<const PlanLine*>& body, const std::vector<HeaderCell>& columns,
                                size_t c);
  // Where cells of `body` start right of the start of `heading`, under
  // its words or past them, before `next`, the next column's edge, on a
  // gutter no word crosses; 0 if they start nowhere so.
  static double OwnCellsStart(const std::vector<const PlanLine*>& body, double left_end, const HeaderCell& heading,
                              double next);
  // True when cells of `body` start at `x` on two lines or more.
  static bool CellsStartAt(const std::vector<const PlanLine*>& body, double x);
  // True when the space of a heading from `left` to `right` (points) is a
  // gutter between two columns of `body`: no word of a line of cells spans
  // it, and on `least` lines or more a cell starts under the heading's
  // words before it, from `begin`, and on as many one starts after it,
  // before `end`. A cell may start a character left of its heading's word
  // where a converter laid text out in character columns.
  static bool IsGutter(const std::vector<const PlanLine*>& body, double begin, double left, double right, double end,
                       int least = kMinGutterLines);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_BODY_COLUMN_EDGES_H_
