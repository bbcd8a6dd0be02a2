#include "extractors/tesseract_words.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace planrows {
namespace {

// A gap inside a word at least this share of the word's height is a space
// that Tesseract ran over: letters spaced so are letters of two words.
constexpr double kSpaceShareOfHeight = 0.35;

// Most letters of a code before its number ("CSE 3").
constexpr size_t kMaxCodeLetters = 4;

// The glyphs of the word at `word`, left to right.
std::vector<OcrGlyph> GlyphsOf(const tesseract::ResultIterator& word) {
  std::vector<OcrGlyph> glyphs;
  tesseract::LTRResultIterator glyph(word);
  do {
    std::unique_ptr<char[]> text(glyph.GetUTF8Text(tesseract::RIL_SYMBOL));
    int left = 0, top = 0, right = 0, bottom = 0;
    if (!text || !glyph.BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom)) return {};
    glyphs.push_back(OcrGlyph{text.get(), double(left), double(right)});
  } while (!glyph.IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL) && glyph.Next(tesseract::RIL_SYMBOL));
  return glyphs;
}

bool IsLetter(const OcrGlyph& glyph) {
  return glyph.text.size() == 1 && std::isalpha(static_cast<unsigned char>(glyph.text[0]));
}

bool IsDigit(const OcrGlyph& glyph) {
  return glyph.text.size() == 1 && std::isdigit(static_cast<unsigned char>(glyph.text[0]));
}

// The glyph at which `word` (of `glyphs`) parts into a code's letters and
// its number, set a space apart ("SS" and "2" of "SS 2" read as "SS2");
// 0 when it does not. Only a code parts so: elsewhere a wide gap is as
// likely a letter's own spacing ("ear ly").
size_t CodeNumberCut(const PositionedWord& word, const std::vector<OcrGlyph>& glyphs) {
  size_t cut = 0;
  while (cut < glyphs.size() && IsLetter(glyphs[cut])) ++cut;
  if (cut == 0 || cut > kMaxCodeLetters || cut == glyphs.size() || !IsDigit(glyphs[cut])) return 0;
  for (size_t g = cut; g < glyphs.size(); ++g) {
    if (!IsDigit(glyphs[g]) && glyphs[g].text != ".") return 0;
  }
  double gap = glyphs[cut].left - glyphs[cut - 1].right;
  return gap >= kSpaceShareOfHeight * word.box.height() ? cut : 0;
}

}  // namespace

void AppendParted(PositionedWord word, const std::vector<OcrGlyph>& glyphs, std::vector<PositionedWord>* words) {
  size_t cut = CodeNumberCut(word, glyphs);
  if (cut == 0) {
    words->push_back(std::move(word));
    return;
  }
  PositionedWord letters = word, number = word;
  letters.text.clear();
  number.text.clear();
  for (size_t g = 0; g < glyphs.size(); ++g) (g < cut ? letters : number).text += glyphs[g].text;
  letters.box.x1 = glyphs[cut - 1].right;
  number.box.x0 = glyphs[cut].left;
  words->push_back(std::move(letters));
  words->push_back(std::move(number));
}

bool HasText(const std::string& text) {
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '&' || (c & 0x80)) return true;
  }
  return false;
}

std::string UndoBangMisreads(std::string text) {
  auto lower = [&text](size_t i) { return i < text.size() && std::islower(static_cast<unsigned char>(text[i])); };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '!') continue;
    if (i == 0 && (text.size() == 1 || lower(1))) {
      text[i] = 'I';
    } else if (i > 0 && lower(i - 1) && lower(i + 1)) {
      text[i] = 'l';
    }
  }
  return text;
}

std::vector<PositionedWord> TesseractWords(tesseract::TessBaseAPI& api) {
  std::vector<PositionedWord> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return words;
  do {
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    int left = 0, top = 0, right = 0, bottom = 0;
    if (!text || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
    if (std::strcmp(text.get(), "|") == 0) text.get()[0] = 'I';
    PositionedWord word;
    word.text = UndoBangMisreads(text.get());
    // A ruling under the line's last letters reads as underscores ("Q1_").
    while (word.text.size() > 1 && word.text.back() == '_') word.text.pop_back();
    word.box = Box{double(left), double(top), double(right), double(bottom)};
    word.font_size = bottom - top;
    word.confidence = it->Confidence(tesseract::RIL_WORD);
    AppendParted(std::move(word), GlyphsOf(*it), &words);
  } while (it->Next(tesseract::RIL_WORD));
  return words;
}

}  // namespace planrows
