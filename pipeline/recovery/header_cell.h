// HeaderCell: one column's heading as a positioned header prints it, and
// the small operations that header reading shares: cutting a cell at a
// word, telling whether two cells stand over each other, and whether a word
// joins or goes on with a heading.
#ifndef PLANROWS_PIPELINE_RECOVERY_HEADER_CELL_H_
#define PLANROWS_PIPELINE_RECOVERY_HEADER_CELL_H_

#include <string>
#include <vector>

#include "extractors/page_text.h"

namespace planrows {

struct HeaderCell {
  // How far apart, in points, two cells' left edges may be and still stand
  // in line (one column's headings, left-aligned).
  static constexpr double kAlignSlack = 3;

  std::string text;         // Its lines, top to bottom, joined by spaces.
  std::string group;        // The text of a merged cell above it and its neighbours; may be empty.
  double x0 = 0, x1 = 0;    // Left and right edge of its words, points.
  std::vector<Word> words;  // Its words on the line that gives the columns.
  bool cuts_words = false;  // Its lines cut a word ("Co" over "de"): its column is narrower than a word.

  // True when this cell and `other` share some of their width.
  bool Overlaps(const HeaderCell& other) const { return x0 < other.x1 && other.x0 < x1; }

  // Cuts cell `c` of `cells` in two before its word `w`.
  static void CutBefore(size_t w, size_t c, std::vector<HeaderCell>* cells);
  // True when `word` joins the parts of one heading ("Owner / deadline").
  static bool IsJoiner(const std::string& word);
  // True when `words`, a heading's, may be cut before word `w`: no joining
  // word stands either side ("Milestones and" | "dates" is one heading).
  static bool MayCutBefore(const std::vector<Word>& words, size_t w);
  // True when `word`, in lower case after a heading in capitals, goes on
  // with that heading: OCR leaves a wide gap where it drops a slash
  // ("Lead officer / body"), and headings start with a capital.
  static bool GoesOnWith(const std::string& heading, const std::string& word);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_HEADER_CELL_H_
