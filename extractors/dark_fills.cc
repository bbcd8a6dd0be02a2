#include "extractors/dark_fills.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdlib>

namespace planrows {
namespace {

// Shades darker than this grey (0 black .. 255 white) are a fill's: paper
// and the light tints of a table's bands (about 200 to 225) are lighter.
constexpr l_int32 kFillGrey = 190;
// A fill is solid over this many points each way: wider than any letter's
// stroke, a title's bold too, and any ruling, which are not fills.
constexpr double kSolidPoints = 5;
// Least share of a fill's box that is solid: a fill is a box of ink with
// letters in it, not letters with ink between them.
constexpr double kMinSolidShare = 0.5;
// Letters inside a fill leave holes narrower than this many points, which
// the fill's area covers.
constexpr double kLetterPoints = 12;
// Fills smaller than this many points each way are no table cell's.
constexpr double kMinFillWidthPoints = 20;
constexpr double kMinFillHeightPoints = 8;
// The shade of a fill at a pixel is the median of a square this many
// points wide around it: wide enough that a letter's strokes are fewer than
// the fill's pixels in it.
constexpr double kShadeWindowPoints = 5;
// A pixel this much lighter or darker than its fill's shade is a letter's.
constexpr int kInkContrast = 40;

// Points at `dpi` as pixels, at least one.
int Pixels(double points, double dpi) { return std::max(1, static_cast<int>(points * dpi / 72 + 0.5)); }

// Paints the pixels of `gray` inside `box` that `fills` marks white, or
// black where they stand out of the fill's shade.
void Whiten(Pix* gray, Pix* fills, BOX* box, int window) {
  l_int32 bx, by, bw, bh;
  boxGetGeometry(box, &bx, &by, &bw, &bh);
  PixPtr part(pixClipRectangle(gray, box, nullptr));
  if (!part) return;
  PixPtr shade(pixRankFilterGray(part.get(), window, window, 0.5));
  if (!shade) return;
  l_uint32* gray_data = pixGetData(gray);
  l_uint32* fill_data = pixGetData(fills);
  l_uint32* shade_data = pixGetData(shade.get());
  const l_int32 gray_wpl = pixGetWpl(gray), fill_wpl = pixGetWpl(fills), shade_wpl = pixGetWpl(shade.get());
  for (l_int32 y = 0; y < bh; ++y) {
    l_uint32* gray_line = gray_data + static_cast<size_t>(by + y) * gray_wpl;
    l_uint32* fill_line = fill_data + static_cast<size_t>(by + y) * fill_wpl;
    l_uint32* shade_line = shade_data + static_cast<size_t>(y) * shade_wpl;
    for (l_int32 x = 0; x < bw; ++x) {
      const int fill_shade = GET_DATA_BYTE(shade_line, x);
      if (!GET_DATA_BIT(fill_line, bx + x) || fill_shade >= kFillGrey) continue;
      const int value = GET_DATA_BYTE(gray_line, bx + x);
      SET_DATA_BYTE(gray_line, bx + x, std::abs(value - fill_shade) > kInkContrast ? 0 : 255);
    }
  }
}

// The share of `box` that the 1-bit `solid` marks.
double SolidShare(Pix* solid, BOX* box) {
  PixPtr part(pixClipRectangle(solid, box, nullptr));
  l_int32 count = 0;
  if (!part || pixCountPixels(part.get(), &count, nullptr) != 0) return 0;
  return static_cast<double>(count) / (pixGetWidth(part.get()) * pixGetHeight(part.get()));
}

}  // namespace

void WhitenDarkFills(Pix* gray, double dpi) {
  PixPtr dark(pixThresholdToBinary(gray, kFillGrey));
  if (!dark) return;
  const int solid = Pixels(kSolidPoints, dpi), letter = Pixels(kLetterPoints, dpi);
  PixPtr solid_parts(pixOpenBrick(nullptr, dark.get(), solid, solid));
  if (!solid_parts) return;
  PixPtr fills(pixCloseBrick(nullptr, solid_parts.get(), letter, letter));
  if (!fills) return;
  BOXA* boxes = pixConnCompBB(fills.get(), 8);
  const int window = Pixels(kShadeWindowPoints, dpi) | 1;  // An odd width has a centre.
  for (int i = 0; boxes != nullptr && i < boxaGetCount(boxes); ++i) {
    BOX* box = boxaGetBox(boxes, i, L_CLONE);
    l_int32 x, y, w, h;
    boxGetGeometry(box, &x, &y, &w, &h);
    if (w >= Pixels(kMinFillWidthPoints, dpi) && h >= Pixels(kMinFillHeightPoints, dpi) &&
        SolidShare(solid_parts.get(), box) >= kMinSolidShare) {
      Whiten(gray, fills.get(), box, window);
    }
    boxDestroy(&box);
  }
  boxaDestroy(&boxes);
}

}  // namespace planrows
