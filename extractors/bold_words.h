// MarkBoldWords: Tesseract tells no font, so a scanned heading or table
// header would never read as bold, as the same line of a born-digital PDF
// does. A bold word's strokes are wider than the page's usual ones, and the
// width of a stroke is that of the runs of ink across it.
#ifndef PLANROWS_EXTRACTORS_BOLD_WORDS_H_
#define PLANROWS_EXTRACTORS_BOLD_WORDS_H_

#include <vector>

#include "extractors/positioned_word.h"

struct Pix;

namespace planrows {

// Marks bold the `words` (boxes in pixels of the 8-bit grey `page`, in
// any order) whose strokes are much wider than the page's usual word's.
// Each word takes the weight of most of its line: a line is set in one
// type, and a word too small to tell (a lone "a", "2" or "|") tells nothing.
void MarkBoldWords(Pix* page, std::vector<PositionedWord>* words);

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_BOLD_WORDS_H_
