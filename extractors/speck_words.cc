#include "extractors/speck_words.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>

#include "extractors/pix_ptr.h"

namespace planrows {
namespace {

// Darker grey than this is ink: a light threshold, so that the faint
// strokes of a thin dash or a small glyph count as the ink they are.
constexpr int kInkThreshold = 192;
// Words read less confidently than this (0..100) are doubtful; Tesseract
// reads specks at 10 to 45, real words seldom under 50.
constexpr float kDoubtful = 50;
// The stroke of a glyph, even a dot of a bullet or a comma's, is at least
// this share of the usual word height tall or wide; a speck is a pixel or
// a few.
constexpr double kMinStrokeShare = 0.2;

// True when the box `b` of the 1-bit `ink` holds a blot at least `size`
// pixels tall or wide.
bool HoldsStroke(Pix* ink, const Box& b, double size) {
  BOX* clip = boxCreate(static_cast<int>(b.x0), static_cast<int>(b.y0), std::max(1, static_cast<int>(b.width())),
                        std::max(1, static_cast<int>(b.height())));
  PixPtr part(pixClipRectangle(ink, clip, nullptr));
  boxDestroy(&clip);
  if (!part) return true;
  BOXA* blots = pixConnCompBB(part.get(), 8);
  bool stroke = false;
  for (int i = 0; blots != nullptr && i < boxaGetCount(blots) && !stroke; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(blots, i, &x, &y, &w, &h);
    stroke = w >= size || h >= size;
  }
  boxaDestroy(&blots);
  return stroke;
}

}  // namespace

void DropSpeckWords(Pix* page, double text_height, std::vector<PositionedWord>* words) {
  if (text_height <= 0) return;
  PixPtr ink(pixThresholdToBinary(page, kInkThreshold));
  if (!ink) return;
  const double stroke = kMinStrokeShare * text_height;
  words->erase(std::remove_if(words->begin(), words->end(),
                              [&](const PositionedWord& w) {
                                return w.confidence < kDoubtful && !HoldsStroke(ink.get(), w.box, stroke);
                              }),
               words->end());
}

}  // namespace planrows
