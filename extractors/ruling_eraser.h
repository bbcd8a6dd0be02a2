// EraseRulings: takes the ruling lines of a table out of a scanned page
// before OCR, so that Tesseract reads the cells' text undisturbed and does
// not read a rule as "I" or "|".
#ifndef PLANROWS_EXTRACTORS_RULING_ERASER_H_
#define PLANROWS_EXTRACTORS_RULING_ERASER_H_

#include <vector>

#include "extractors/pix_ptr.h"
#include "extractors/positioned_word.h"

namespace planrows {

// Finds the ruling lines of `gray` (an 8-bit page image at `dpi`), paints
// them white and returns the horizontal ones, in pixels. Rules are long
// horizontal or vertical lines, or short vertical pieces standing one under
// another on one x: the rules of a table drawn cell by cell (Word), each
// no taller than its row; or short horizontal pieces from one vertical rule
// to the next: a row's border across a column alone.
std::vector<Ruling> EraseRulings(Pix* gray, double dpi);

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_RULING_ERASER_H_
