// DropSpeckWords: Tesseract reads a letter ("I", "§") out of specks of dust
// or faint marks in the white between two cells, and the word it makes
// joins the cells into one. Such a word is read doubtfully and its box
// holds no stroke of a glyph.
#ifndef PLANROWS_EXTRACTORS_SPECK_WORDS_H_
#define PLANROWS_EXTRACTORS_SPECK_WORDS_H_

#include <vector>

#include "extractors/positioned_word.h"

struct Pix;

namespace planrows {

// Drops from `words` (boxes in pixels of the 8-bit grey `page`) those read
// doubtfully whose box holds no blot of ink as tall or as wide as a
// glyph's stroke, for words usually `text_height` pixels high.
void DropSpeckWords(Pix* page, double text_height, std::vector<PositionedWord>* words);

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_SPECK_WORDS_H_
