// Finding the ink OCR left unread: word-sized patches, not specks, rules or blobs.
#include "extractors/missed_ink_reader.h"

#include <catch2/catch.hpp>
#include <leptonica/allheaders.h>

#include <vector>

#include "extractors/pix_ptr.h"

namespace planrows {
namespace {

constexpr double kTextHeight = 30;

// Inks the rectangle at (x, y), w by h, of the 1-bit `pix`.
void Ink(Pix* pix, int x, int y, int w, int h) {
  BOX* b = boxCreate(x, y, w, h);
  pixSetInRect(pix, b);
  boxDestroy(&b);
}

// Inks a letter-like outline, 20 by 28 pixels, with its top left at (x, y).
void Letter(Pix* pix, int x, int y) {
  Ink(pix, x, y, 20, 4);
  Ink(pix, x, y + 24, 20, 4);
  Ink(pix, x, y, 4, 28);
}

// Inks a heavy capital like a "B", 20 by 28 pixels, filling most of its box.
void HeavyLetter(Pix* pix, int x, int y) {
  Ink(pix, x, y, 18, 4);
  Ink(pix, x, y + 12, 18, 4);
  Ink(pix, x, y + 24, 18, 4);
  Ink(pix, x, y, 4, 28);
  Ink(pix, x + 16, y + 2, 4, 10);
  Ink(pix, x + 16, y + 14, 4, 10);
}

TEST_CASE("missed ink is grouped into word patches; specks, rules and blobs are left out", "[ocr]") {
  PixPtr ink(pixCreate(1200, 800, 1));
  REQUIRE(ink != nullptr);
  Letter(ink.get(), 100, 100);  // "C.C": two letters and a dot make one patch.
  Ink(ink.get(), 125, 124, 4, 4);
  Letter(ink.get(), 134, 100);
  Letter(ink.get(), 600, 100);  // A lone letter far away is a patch of its own.
  Ink(ink.get(), 300, 300, 3, 3);     // A speck.
  Ink(ink.get(), 100, 400, 700, 3);   // A ruling line's remains.
  Ink(ink.get(), 900, 100, 4, 500);   // A vertical rule's remains.
  Ink(ink.get(), 400, 500, 60, 60);   // A filled blob.
  Ink(ink.get(), 1000, 600, 4, 28);   // A bar as high as a letter.

  std::vector<Box> patches = MissedInkReader::FindPatches(ink.get(), kTextHeight);
  REQUIRE(patches.size() == 2);
  CHECK(patches[0].x0 == 100);
  CHECK(patches[0].x1 == 154);
  CHECK(patches[0].y0 == 100);
  CHECK(patches[0].y1 == 128);
  CHECK(patches[1].x0 == 600);
  CHECK(patches[1].x1 == 620);
}

TEST_CASE("a heavy capital alone in a cell is a patch, as a RAG letter is", "[ocr]") {
  PixPtr ink(pixCreate(400, 300, 1));
  REQUIRE(ink != nullptr);
  HeavyLetter(ink.get(), 200, 100);
  std::vector<Box> patches = MissedInkReader::FindPatches(ink.get(), kTextHeight);
  REQUIRE(patches.size() == 1);
  CHECK(patches[0].x0 == 200);
}

TEST_CASE("a page without ink has no patches", "[ocr]") {
  PixPtr ink(pixCreate(400, 300, 1));
  REQUIRE(ink != nullptr);
  CHECK(MissedInkReader::FindPatches(ink.get(), kTextHeight).empty());
}

}  // namespace
}  // namespace planrows
