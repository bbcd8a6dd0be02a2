#include "extractors/bold_words.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace planrows {
namespace {

// Darker grey than this is ink.
constexpr int kInkThreshold = 160;
// Runs longer than this many times a word's median run cross a stroke
// lengthwise (a bar, a serif's foot) and say nothing of its width.
constexpr int kMaxRunShare = 2;
// A word whose strokes are this many times as wide as the page's usual
// word's is bold: bold type's are 1.5 to 1.8 times as wide, a scan's
// blur and noise widen a regular word's by a tenth at most.
constexpr double kBoldStrokeRatio = 1.3;
// Fewer telling words than this give no usual stroke to compare with.
constexpr size_t kMinTellingWords = 20;

// A word of fewer letters and digits than this is too small to tell its
// weight: a lone "a" or "2" may read as thin as a rule's stub "|" in a bold
// line, or as bold as a bullet's blot.
constexpr size_t kMinTellingChars = 3;

// True when `text` has enough letters or digits to tell its weight.
bool TellsWeight(const std::string& text) {
  auto telling = std::count_if(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
  return static_cast<size_t>(telling) >= kMinTellingChars;
}

// True when `a` and `b` stand on one line: their boxes overlap by half the
// shorter one's height.
bool OnOneLine(const Box& a, const Box& b) {
  double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return overlap > std::min(a.height(), b.height()) / 2;
}

// The mean width, in pixels, of the strokes of `page` in box `b`: the mean
// length of its horizontal runs of ink, those along a stroke left out; 0
// when the box holds no ink.
double StrokeWidth(Pix* page, const Box& b) {
  const int width = static_cast<int>(pixGetWidth(page)), height = static_cast<int>(pixGetHeight(page));
  const int x0 = std::max(0, static_cast<int>(b.x0)), x1 = std::min(width, static_cast<int>(b.x1));
  const int y0 = std::max(0, static_cast<int>(b.y0)), y1 = std::min(height, static_cast<int>(b.y1));
  const l_uint32* data = pixGetData(page);
  const int wpl = pixGetWpl(page);
  std::vector<int> runs;
  for (int y = y0; y < y1; ++y) {
    const l_uint32* line = data + static_cast<size_t>(y) * wpl;
    int run = 0;
    for (int x = x0; x < x1; ++x) {
      if (static_cast<int>(GET_DATA_BYTE(line, x)) < kInkThreshold) {
        ++run;
      } else if (run > 0) {
        runs.push_back(run);
        run = 0;
      }
    }
    if (run > 0) runs.push_back(run);
  }
  if (runs.empty()) return 0;
  std::nth_element(runs.begin(), runs.begin() + runs.size() / 2, runs.end());
  const int longest = kMaxRunShare * runs[runs.size() / 2];
  double sum = 0;
  int counted = 0;
  for (int run : runs) {
    if (run > longest) continue;
    sum += run;
    ++counted;
  }
  return sum / counted;
}

}  // namespace

void MarkBoldWords(Pix* page, std::vector<PositionedWord>* words) {
  std::vector<double> widths(words->size(), 0);
  std::vector<double> telling;
  for (size_t i = 0; i < words->size(); ++i) {
    widths[i] = StrokeWidth(page, (*words)[i].box);
    if (widths[i] > 0 && TellsWeight((*words)[i].text)) telling.push_back(widths[i]);
  }
  if (telling.size() < kMinTellingWords) return;
  std::nth_element(telling.begin(), telling.begin() + telling.size() / 2, telling.end());
  const double bold_width = kBoldStrokeRatio * telling[telling.size() / 2];
  // A line is set in one type, but a word's strokes may read a little wider
  // or thinner than they are, and a word too small to tell ("a", "2", "|")
  // tells nothing: each word takes the weight of most of the letters of its
  // line's words that tell; its own where none does.
  std::vector<bool> bold(words->size());
  for (size_t i = 0; i < words->size(); ++i) {
    size_t letters = 0, bold_letters = 0;
    for (size_t j = 0; j < words->size(); ++j) {
      const PositionedWord& other = (*words)[j];
      if (!TellsWeight(other.text) || !OnOneLine((*words)[i].box, other.box)) continue;
      letters += other.text.size();
      if (widths[j] >= bold_width) bold_letters += other.text.size();
    }
    bold[i] = letters > 0 ? 2 * bold_letters > letters : widths[i] >= bold_width;
  }
  for (size_t i = 0; i < words->size(); ++i) (*words)[i].bold = bold[i];
}

}  // namespace planrows
