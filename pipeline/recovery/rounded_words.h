// RoundedWords: the columns of the words of a line of laid-out text. A
// converter that lays a page out in characters (pdftotext -layout) rounds
// each word to a character's place, and when a cell's line ends a space
// short of the next column it sets the next cell's first word a character
// left of where that column's cells start ("Ongoing 55%" under "By" and
// "Status"). Such a word, the last of the converter's run of text, goes to
// the column it was rounded out of when cells of other lines of the page
// start a character right of it, unless another word of the line stands
// in that column already: then it is the last word of the cell before,
// run up to the column's edge ("Case file audit finds" beside a lead). A
// word inside a run ("NG 1 Publish"), a word where no cells start a
// character on (a cell's text running past a heading set left of its
// column's cells), and the words of other pages stay where they stand.
#ifndef PLANROWS_PIPELINE_RECOVERY_ROUNDED_WORDS_H_
#define PLANROWS_PIPELINE_RECOVERY_ROUNDED_WORDS_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "extractors/page_text.h"
#include "pipeline/recovery/plan_line.h"

namespace planrows {

class RoundedWords {
 public:
  // The column of each word of `segments`, segments of `line` left to
  // right, in order, when `column_at` tells the column under a point.
  static std::vector<size_t> Columns(const PlanLine& line, const std::vector<const Segment*>& segments,
                                     const std::function<size_t(double)>& column_at);

 private:
  // The width of one character of `word`: its box's width shared among its characters.
  static double CharacterWidth(const Word& word);
  // True when segments of enough lines of `page` start within half a
  // character, `width`, of `x`.
  static bool CellsStartAt(const PageText& page, double x, double width);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_ROUNDED_WORDS_H_
