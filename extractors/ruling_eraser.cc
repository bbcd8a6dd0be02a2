#include "extractors/ruling_eraser.h"

#include <algorithm>

namespace planrows {
namespace {

// Ruling lines are at least this long, in inches; text strokes are shorter.
constexpr double kMinRuleInches = 0.4;
// A table's vertical rule drawn cell by cell is cut at every row: a piece is
// at least this tall, in inches (the row of one line of 8-point text), taller
// than the stem of a letter of body text.
constexpr double kMinCellRuleInches = 0.15;
// The pieces of one rule are no wider than this, in inches, and stand within
// this of each other's x; it takes this many to make a rule, as the stems of
// a title's tall letters seldom stand one under another.
constexpr double kMaxCellRuleWidthInches = 0.03;
constexpr double kCellRuleAlignInches = 0.02;
constexpr int kMinCellRulePieces = 3;
// Darker grey than this is ink when looking for ruling lines.
constexpr int kInkThreshold = 160;

// The boxes of `pieces` (thin vertical runs of ink) that stand with at least
// kMinCellRulePieces - 1 others on about the same x.
BOXA* AlignedPieces(Pix* pieces, double dpi) {
  BOXA* found = pixConnComp(pieces, nullptr, 8);
  BOXA* rules = boxaCreate(0);
  if (found == nullptr) return rules;
  struct Piece {
    double x;
    int index;
  };
  std::vector<Piece> thin;
  for (int i = 0; i < boxaGetCount(found); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(found, i, &x, &y, &w, &h);
    if (w <= kMaxCellRuleWidthInches * dpi) thin.push_back(Piece{x + w / 2.0, i});
  }
  std::sort(thin.begin(), thin.end(), [](const Piece& a, const Piece& b) { return a.x < b.x; });
  const double align = kCellRuleAlignInches * dpi;
  for (size_t i = 0; i < thin.size(); ++i) {
    size_t first = i, last = i;
    while (first > 0 && thin[i].x - thin[first - 1].x <= align) --first;
    while (last + 1 < thin.size() && thin[last + 1].x - thin[i].x <= align) ++last;
    if (last - first + 1 >= kMinCellRulePieces) boxaAddBox(rules, boxaGetBox(found, thin[i].index, L_CLONE), L_INSERT);
  }
  boxaDestroy(&found);
  return rules;
}

// The short vertical rules of `ink` (1 bit a pixel) as a mask of its size.
PixPtr CellRules(Pix* ink, double dpi) {
  PixPtr pieces(pixOpenBrick(nullptr, ink, 1, static_cast<int>(kMinCellRuleInches * dpi)));
  if (!pieces) return nullptr;
  BOXA* rules = AlignedPieces(pieces.get(), dpi);
  PixPtr mask(pixCreateTemplate(ink));
  // Leptonica warns on stderr of an empty list of boxes.
  if (mask && boxaGetCount(rules) > 0) pixMaskBoxa(mask.get(), mask.get(), rules, L_SET_PIXELS);
  boxaDestroy(&rules);
  return mask;
}

}  // namespace

std::vector<Ruling> EraseRulings(Pix* gray, double dpi) {
  std::vector<Ruling> rulings;
  PixPtr ink(pixThresholdToBinary(gray, kInkThreshold));
  if (!ink) return rulings;
  const int length = static_cast<int>(kMinRuleInches * dpi);
  PixPtr horizontal(pixOpenBrick(nullptr, ink.get(), length, 1));
  PixPtr vertical(pixOpenBrick(nullptr, ink.get(), 1, length));
  PixPtr cell_rules = CellRules(ink.get(), dpi);
  if (!horizontal || !vertical || !cell_rules) return rulings;
  BOXA* boxes = pixConnComp(horizontal.get(), nullptr, 8);
  for (int i = 0; boxes != nullptr && i < boxaGetCount(boxes); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    rulings.push_back(Ruling{y + h / 2.0, double(x), double(x + w)});
  }
  boxaDestroy(&boxes);
  PixPtr lines(pixOr(nullptr, horizontal.get(), vertical.get()));
  if (lines) pixOr(lines.get(), lines.get(), cell_rules.get());
  PixPtr mask(lines ? pixDilateBrick(nullptr, lines.get(), 5, 5) : nullptr);
  if (mask) pixPaintThroughMask(gray, mask.get(), 0, 0, 255);
  return rulings;
}

}  // namespace planrows
