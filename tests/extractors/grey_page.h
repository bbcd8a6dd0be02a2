// GreyPage: a white 8-bit page image on which a test paints boxes of grey,
// as a scan's rulings, fills and strokes.
#ifndef PLANROWS_TESTS_EXTRACTORS_GREY_PAGE_H_
#define PLANROWS_TESTS_EXTRACTORS_GREY_PAGE_H_

#include <leptonica/allheaders.h>

#include "extractors/pix_ptr.h"

namespace planrows {

class GreyPage {
 public:
  GreyPage(int width, int height) : pix_(pixCreate(width, height, 8)) { pixSetAll(pix_.get()); }

  // Paints a box `w` by `h` pixels at (`x`, `y`) in `grey` (0 black .. 255 white).
  void Paint(int x, int y, int w, int h, int grey = 0) {
    BOX* box = boxCreate(x, y, w, h);
    pixSetInRectArbitrary(pix_.get(), box, static_cast<l_uint32>(grey));
    boxDestroy(&box);
  }
  // The grey of the pixel at (`x`, `y`).
  int At(int x, int y) const {
    l_uint32 value = 0;
    pixGetPixel(pix_.get(), x, y, &value);
    return static_cast<int>(value);
  }
  Pix* pix() { return pix_.get(); }

 private:
  PixPtr pix_;
};

}  // namespace planrows

#endif  // PLANROWS_TESTS_EXTRACTORS_GREY_PAGE_H_
