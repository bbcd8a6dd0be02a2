// WhitenDarkFills: turns a scanned page's dark fills white before OCR, with
// their letters black, so that Tesseract reads a table's header row printed
// in white on dark blue, or a RAG cell's letters on a strong red or green,
// as it reads the rest of the page.
#ifndef PLANROWS_EXTRACTORS_DARK_FILLS_H_
#define PLANROWS_EXTRACTORS_DARK_FILLS_H_

#include "extractors/pix_ptr.h"

namespace planrows {

// Finds the solid areas of `gray` (an 8-bit page image at `dpi`) darker
// than paper and light tints, and paints each pixel of them white where it
// has the area's shade and black where it stands out of it, lighter or
// darker: a letter. The rest of the page is left as it was.
void WhitenDarkFills(Pix* gray, double dpi);

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_DARK_FILLS_H_
