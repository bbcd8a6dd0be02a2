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
// Ink lying wholly this near a rule, in inches, is part of it.
constexpr double kRuleReachInches = 0.04;
// A vertical piece joined to rules at both its ends is a rule from this
// height, in inches: the rule of a header row of one line of small type, too
// short to tell from a letter's stem by height, that no stem reaches, kept
// off the borders by the cell's padding. Joined means within this many pixels.
constexpr double kMinBoundedRuleInches = 0.05;
constexpr int kJoinPixels = 1;
// Darker grey than this is ink when looking for ruling lines.
constexpr int kInkThreshold = 160;

// True when the mask `rules` has ink within `reach` pixels of row `y`
// between columns `x0` and `x1`.
bool InkNear(Pix* rules, int x0, int x1, int y, int reach) {
  const int width = static_cast<int>(pixGetWidth(rules)), height = static_cast<int>(pixGetHeight(rules));
  for (int row = std::max(0, y - reach); row <= std::min(height - 1, y + reach); ++row) {
    for (int column = std::max(0, x0 - reach); column <= std::min(width - 1, x1 + reach); ++column) {
      l_uint32 value = 0;
      if (pixGetPixel(rules, column, row, &value) == 0 && value != 0) return true;
    }
  }
  return false;
}

// The boxes of `pieces` (thin vertical runs of ink) that stand with at least
// kMinCellRulePieces - 1 others on about the same x, or that end on a rule
// of `horizontal`: the rules of a table of a row or two, too short to
// stand out by themselves, meet its borders, as no letter's stem does.
BOXA* AlignedPieces(Pix* pieces, Pix* horizontal, double dpi) {
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
  const int reach = static_cast<int>(kRuleReachInches * dpi);
  for (size_t i = 0; i < thin.size(); ++i) {
    size_t first = i, last = i;
    while (first > 0 && thin[i].x - thin[first - 1].x <= align) --first;
    while (last + 1 < thin.size() && thin[last + 1].x - thin[i].x <= align) ++last;
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(found, thin[i].index, &x, &y, &w, &h);
    bool meets_rule =
        InkNear(horizontal, x, x + w - 1, y, reach) || InkNear(horizontal, x, x + w - 1, y + h - 1, reach);
    if (last - first + 1 >= kMinCellRulePieces || meets_rule) {
      boxaAddBox(rules, boxaGetBox(found, thin[i].index, L_CLONE), L_INSERT);
    }
  }
  boxaDestroy(&found);
  return rules;
}

// The boxes of the thin vertical runs of ink in `pieces` whose top and
// bottom both join a rule of `horizontal`: a rule from border to border.
BOXA* BoundedPieces(Pix* pieces, Pix* horizontal, double dpi) {
  BOXA* found = pixConnComp(pieces, nullptr, 8);
  BOXA* rules = boxaCreate(0);
  for (int i = 0; found != nullptr && i < boxaGetCount(found); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(found, i, &x, &y, &w, &h);
    if (w <= kMaxCellRuleWidthInches * dpi && InkNear(horizontal, x, x + w - 1, y, kJoinPixels) &&
        InkNear(horizontal, x, x + w - 1, y + h - 1, kJoinPixels)) {
      boxaAddBox(rules, boxaGetBox(found, i, L_CLONE), L_INSERT);
    }
  }
  boxaDestroy(&found);
  return rules;
}

// The short vertical rules of `ink` (1 bit a pixel) as a mask of its size,
// beside the long rules `horizontal`.
PixPtr CellRules(Pix* ink, Pix* horizontal, double dpi) {
  PixPtr pieces(pixOpenBrick(nullptr, ink, 1, static_cast<int>(kMinCellRuleInches * dpi)));
  PixPtr short_pieces(pixOpenBrick(nullptr, ink, 1, static_cast<int>(kMinBoundedRuleInches * dpi)));
  if (!pieces || !short_pieces) return nullptr;
  BOXA* rules = AlignedPieces(pieces.get(), horizontal, dpi);
  BOXA* bounded = BoundedPieces(short_pieces.get(), horizontal, dpi);
  boxaJoin(rules, bounded, 0, -1);
  boxaDestroy(&bounded);
  PixPtr mask(pixCreateTemplate(ink));
  // Leptonica warns on stderr of an empty list of boxes.
  if (mask && boxaGetCount(rules) > 0) pixMaskBoxa(mask.get(), mask.get(), rules, L_SET_PIXELS);
  boxaDestroy(&rules);
  return mask;
}

// The short horizontal borders of `ink` (1 bit a pixel, widened a pixel up
// and down) as a mask of its size: pieces too short for a long rule whose
// two ends meet the vertical rules `vertical`. A row's border drawn across a
// narrow column alone (under a cell merged over the rows beside it) is one;
// OCR reads it as dashes that start the row's line in that column. No dash
// or underline of a cell's text reaches its rules, kept off by the padding.
PixPtr ShortBorders(Pix* ink, Pix* vertical, double dpi) {
  PixPtr pieces(pixOpenBrick(nullptr, ink, static_cast<int>(kMinCellRuleInches * dpi), 1));
  PixPtr mask(pixCreateTemplate(ink));
  if (!pieces || !mask) return nullptr;
  BOXA* found = pixConnComp(pieces.get(), nullptr, 8);
  const int reach = static_cast<int>(kRuleReachInches * dpi);
  for (int i = 0; found != nullptr && i < boxaGetCount(found); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(found, i, &x, &y, &w, &h);
    const int middle = y + h / 2;
    if (h > kMaxCellRuleWidthInches * dpi || !InkNear(vertical, x, x, middle, reach) ||
        !InkNear(vertical, x + w - 1, x + w - 1, middle, reach)) {
      continue;
    }
    BOX* box = boxaGetBox(found, i, L_CLONE);
    pixSetInRect(mask.get(), box);
    boxDestroy(&box);
  }
  boxaDestroy(&found);
  return mask;
}

// The ink of `ink` that belongs to the rules `lines`: the rules, and every
// blot of ink lying wholly near them, the stubs where borders drawn cell by
// cell meet a pixel or two apart ("I", "7" or "_" to OCR). A glyph reaches
// further from a rule than that, past its cell's padding.
PixPtr RuleInk(Pix* ink, Pix* lines, double dpi) {
  const int reach = 2 * static_cast<int>(kRuleReachInches * dpi) + 1;
  PixPtr near(pixDilateBrick(nullptr, lines, reach, reach));
  if (!near) return nullptr;
  PixPtr loose(pixSubtract(nullptr, ink, lines));
  PixPtr far(loose ? pixSubtract(nullptr, loose.get(), near.get()) : nullptr);
  // Blots with a pixel far from every rule, grown from those pixels.
  PixPtr apart(far ? pixSeedfillBinary(nullptr, far.get(), loose.get(), 8) : nullptr);
  if (!apart) return nullptr;
  PixPtr rule_ink(pixSubtract(nullptr, ink, apart.get()));
  if (rule_ink) pixOr(rule_ink.get(), rule_ink.get(), lines);
  return rule_ink;
}

}  // namespace

std::vector<Ruling> EraseRulings(Pix* gray, double dpi) {
  std::vector<Ruling> rulings;
  PixPtr ink(pixThresholdToBinary(gray, kInkThreshold));
  if (!ink) return rulings;
  const int length = static_cast<int>(kMinRuleInches * dpi);
  // A scanned rule steps a pixel aside here and there: widened by a pixel
  // each way, it runs straight.
  PixPtr wide(pixDilateBrick(nullptr, ink.get(), 3, 1));
  PixPtr tall(pixDilateBrick(nullptr, ink.get(), 1, 3));
  if (!wide || !tall) return rulings;
  PixPtr horizontal(pixOpenBrick(nullptr, tall.get(), length, 1));
  PixPtr vertical(pixOpenBrick(nullptr, wide.get(), 1, length));
  if (!horizontal || !vertical) return rulings;
  PixPtr cell_rules = CellRules(wide.get(), horizontal.get(), dpi);
  if (!cell_rules) return rulings;
  BOXA* boxes = pixConnComp(horizontal.get(), nullptr, 8);
  for (int i = 0; boxes != nullptr && i < boxaGetCount(boxes); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    rulings.push_back(Ruling{y + h / 2.0, double(x), double(x + w)});
  }
  boxaDestroy(&boxes);
  PixPtr uprights(pixOr(nullptr, vertical.get(), cell_rules.get()));
  PixPtr lines(uprights ? pixOr(nullptr, horizontal.get(), uprights.get()) : nullptr);
  if (!lines) return rulings;
  if (PixPtr short_borders = ShortBorders(tall.get(), uprights.get(), dpi)) {
    pixOr(lines.get(), lines.get(), short_borders.get());
  }
  PixPtr rule_ink = RuleInk(ink.get(), lines.get(), dpi);
  PixPtr mask(rule_ink ? pixDilateBrick(nullptr, rule_ink.get(), 5, 5) : nullptr);
  if (mask) pixPaintThroughMask(gray, mask.get(), 0, 0, 255);
  return rulings;
}

}  // namespace planrows
