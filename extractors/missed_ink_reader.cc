#include "extractors/missed_ink_reader.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <cmath>

#include "extractors/pix_ptr.h"
#include "extractors/tesseract_words.h"

namespace planrows {
namespace {

// Darker grey than this is ink. Lower than the ruling finder's threshold,
// so that the light shading of table cells stays white.
constexpr int kInkThreshold = 128;
// Words of the main pass read at least this confidently are kept as read.
constexpr float kTrusted = 70;
// Words read from a patch with a lower confidence are guesses.
constexpr float kMinConfidence = 60;
// The usual word height, in inches, when the page gives none (10 point text).
constexpr double kDefaultTextInches = 0.14;
// Sizes relative to the usual word height: letters closer than kJoinGap
// make one patch, and lines further apart than kLineGap stay apart.
constexpr double kJoinGap = 0.5;
constexpr double kLineGap = 0.15;
// Patches lower than kMinHeight are specks, dots, dashes or line remains;
// higher than kMaxHeight, pictures or rules; narrower than kMinWidth, bars.
constexpr double kMinHeight = 0.5;
constexpr double kMaxHeight = 2.5;
constexpr double kMinWidth = 0.2;
// A patch whose ink fills more of it than this is a blob, not letters; a
// lone capital such as "B" or "R" fills up to about 0.6 of its box.
constexpr double kMaxFill = 0.7;
// White margins around a patch when reading it, relative to the word
// height: LSTM reads a lone letter differently with each ("C", "Cc"), so a
// reading less sure than kSure is tried again with the wider margin.
constexpr double kMargins[] = {0.12, 0.3};
constexpr float kSure = 85;

bool Trusted(const PositionedWord& word) { return word.confidence >= kTrusted; }

// True when `a` and `b` share some area.
bool Overlap(const Box& a, const Box& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Clears from `ink` the trusted `words`: every stroke that reaches into one
// of their boxes, as a box may leave out an edge of its first or last letter.
void ClearTrusted(Pix* ink, const std::vector<PositionedWord>& words) {
  PixPtr boxes(pixCreate(pixGetWidth(ink), pixGetHeight(ink), 1));
  if (!boxes) return;
  for (const PositionedWord& w : words) {
    if (!Trusted(w)) continue;
    BOX* b = boxCreate(static_cast<int>(w.box.x0), static_cast<int>(w.box.y0), static_cast<int>(w.box.width()),
                       static_cast<int>(w.box.height()));
    pixSetInRect(boxes.get(), b);
    boxDestroy(&b);
  }
  PixPtr seed(pixAnd(nullptr, ink, boxes.get()));
  PixPtr covered(seed ? pixSeedfillBinary(nullptr, seed.get(), ink, 8) : nullptr);
  if (covered) pixSubtract(ink, ink, covered.get());
}

// True when the patch `b` of `ink` has the size and the ink of letters.
bool LooksLikeText(Pix* ink, BOX* b, double text_height) {
  l_int32 x, y, w, h;
  boxGetGeometry(b, &x, &y, &w, &h);
  if (h < kMinHeight * text_height || h > kMaxHeight * text_height || w < kMinWidth * text_height) return false;
  l_int32 count = 0;
  pixCountPixelsInRect(ink, b, &count, nullptr);
  return count <= kMaxFill * w * h;
}

// A white image the size of `page` (8-bit grey, or 1-bit ink) holding
// only `patches` of it.
PixPtr OnlyPatches(Pix* page, const std::vector<Box>& patches) {
  PixPtr clean(pixCreate(pixGetWidth(page), pixGetHeight(page), pixGetDepth(page)));
  if (!clean) return nullptr;
  // A new image is all zeros: white at 1 bit, black in grey.
  if (pixGetDepth(page) == 8) pixSetAll(clean.get());
  for (const Box& p : patches) {
    const int x = static_cast<int>(p.x0), y = static_cast<int>(p.y0);
    pixRasterop(clean.get(), x, y, static_cast<int>(p.width()), static_cast<int>(p.height()), PIX_SRC, page, x, y);
  }
  return clean;
}

// The mean confidence of `words`; -1 when there are none.
double MeanConfidence(const std::vector<PositionedWord>& words) {
  if (words.empty()) return -1;
  double sum = 0;
  for (const PositionedWord& w : words) sum += w.confidence;
  return sum / words.size();
}

// The mean confidence of the words read from the patches that `word` overlaps.
double RereadConfidence(const Box& word, const std::vector<Box>& patches,
                        const std::vector<std::vector<PositionedWord>>& reads) {
  double sum = 0;
  int count = 0;
  for (size_t i = 0; i < patches.size(); ++i) {
    if (!Overlap(word, patches[i])) continue;
    for (const PositionedWord& w : reads[i]) sum += w.confidence, ++count;
  }
  return count == 0 ? -1 : sum / count;
}

// Which words of the main pass stay and which patches' readings are taken.
struct Verdict {
  std::vector<bool> kept;  // A flag for each word.
  std::vector<bool> used;  // A flag for each patch.
};

// Decides which doubtful words stay: those whose patches read nothing or
// read less confidently than they were, and, as a patch's words replace
// every doubtful word it overlaps or none, those that share a patch with
// a word that stays. A patch's reading is taken when no doubtful word
// that stays overlaps it.
Verdict Decide(const std::vector<PositionedWord>& words, const std::vector<Box>& patches,
               const std::vector<std::vector<PositionedWord>>& reads) {
  Verdict v{std::vector<bool>(words.size()), std::vector<bool>(patches.size())};
  for (size_t i = 0; i < words.size(); ++i) {
    v.kept[i] = Trusted(words[i]) || RereadConfidence(words[i].box, patches, reads) <= words[i].confidence;
  }
  for (size_t p = 0; p < patches.size(); ++p) v.used[p] = !reads[p].empty();
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < words.size(); ++i) {
      if (Trusted(words[i])) continue;
      for (size_t p = 0; p < patches.size(); ++p) {
        if (!Overlap(words[i].box, patches[p]) || v.kept[i] == !v.used[p]) continue;
        v.kept[i] = true, v.used[p] = false, changed = true;
      }
    }
  }
  return v;
}

}  // namespace

MissedInkReader::MissedInkReader(tesseract::TessBaseAPI& api, double dpi) : api_(api), dpi_(dpi) {}

void MissedInkReader::Reread(Pix* page, std::vector<PositionedWord>* words, double text_height) {
  if (text_height <= 0) text_height = kDefaultTextInches * dpi_;
  PixPtr ink(pixThresholdToBinary(page, kInkThreshold));
  if (!ink) return;
  ClearTrusted(ink.get(), *words);
  std::vector<Box> patches = FindPatches(ink.get(), text_height);
  if (patches.empty()) return;
  std::vector<std::vector<PositionedWord>> reads = ReadPatches({page, ink.get()}, patches, text_height);
  Verdict verdict = Decide(*words, patches, reads);
  std::vector<PositionedWord> merged;
  for (size_t i = 0; i < words->size(); ++i) {
    if (verdict.kept[i]) merged.push_back(std::move((*words)[i]));
  }
  for (size_t p = 0; p < patches.size(); ++p) {
    if (verdict.used[p]) merged.insert(merged.end(), reads[p].begin(), reads[p].end());
  }
  *words = std::move(merged);
}

std::vector<Box> MissedInkReader::FindPatches(Pix* ink, double text_height) {
  std::vector<Box> patches;
  const int join = std::max(1, static_cast<int>(std::lround(kJoinGap * text_height)));
  const int line = std::max(1, static_cast<int>(std::lround(kLineGap * text_height)));
  PixPtr grouped(pixCloseSafeBrick(nullptr, ink, join, line));
  BOXA* boxes = grouped ? pixConnCompBB(grouped.get(), 8) : nullptr;
  for (int i = 0; boxes != nullptr && i < boxaGetCount(boxes); ++i) {
    BOX* b = boxaGetBox(boxes, i, L_CLONE);
    if (LooksLikeText(ink, b, text_height)) {
      l_int32 x, y, w, h;
      boxGetGeometry(b, &x, &y, &w, &h);
      patches.push_back(Box{double(x), double(y), double(x + w), double(y + h)});
    }
    boxDestroy(&b);
  }
  boxaDestroy(&boxes);
  return patches;
}

std::vector<std::vector<PositionedWord>> MissedInkReader::ReadPatches(const std::vector<Pix*>& images,
                                                                      const std::vector<Box>& patches,
                                                                      double text_height) {
  std::vector<std::vector<PositionedWord>> reads(patches.size());
  const tesseract::PageSegMode mode = api_.GetPageSegMode();
  api_.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  for (Pix* image : images) {
    PixPtr clean = OnlyPatches(image, patches);
    if (!clean) continue;
    api_.SetImage(clean.get());
    api_.SetSourceResolution(static_cast<int>(dpi_));
    for (size_t p = 0; p < patches.size(); ++p) {
      for (double margin : kMargins) {
        if (MeanConfidence(reads[p]) >= kSure) break;
        std::vector<PositionedWord> read = ReadPatch(clean.get(), patches[p], static_cast<int>(margin * text_height));
        if (MeanConfidence(read) > MeanConfidence(reads[p])) reads[p] = std::move(read);
      }
    }
  }
  api_.Clear();
  api_.SetPageSegMode(mode);
  return reads;
}

std::vector<PositionedWord> MissedInkReader::ReadPatch(Pix* image, const Box& patch, int margin) {
  const int left = std::max(0, static_cast<int>(patch.x0) - margin);
  const int top = std::max(0, static_cast<int>(patch.y0) - margin);
  const int right = std::min(pixGetWidth(image), static_cast<int>(patch.x1) + margin);
  const int bottom = std::min(pixGetHeight(image), static_cast<int>(patch.y1) + margin);
  api_.SetRectangle(left, top, right - left, bottom - top);
  std::vector<PositionedWord> read;
  if (api_.Recognize(nullptr) != 0) return read;
  for (PositionedWord& w : TesseractWords(api_)) {
    if (w.confidence >= kMinConfidence && HasText(w.text)) read.push_back(std::move(w));
  }
  return read;
}

}  // namespace planrows
