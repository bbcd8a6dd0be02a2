// TesseractWords: the words of Tesseract's last recognition, in pixels.
// Shared by the page's main pass and the re-reading of missed ink, so both
// keep and clean words alike.
#ifndef PLANROWS_EXTRACTORS_TESSERACT_WORDS_H_
#define PLANROWS_EXTRACTORS_TESSERACT_WORDS_H_

#include <string>
#include <vector>

#include "extractors/positioned_word.h"

namespace tesseract {
class TessBaseAPI;
}

namespace planrows {

// Collects the words of `api`'s last Recognize(), with boxes in pixels of
// the whole image (SetRectangle offsets included), font sizes in pixels and
// confidences 0..100. A lone "|" becomes "I": with the ruling lines gone,
// it is a capital I ("I Mundy"). A code and its number that Tesseract ran
// together over the space between them ("SS2" for "SS 2") are two words.
std::vector<PositionedWord> TesseractWords(tesseract::TessBaseAPI& api);

// One glyph of a word as Tesseract read it, with its left and right edges.
struct OcrGlyph {
  std::string text;
  double left = 0, right = 0;
};

// Appends `word`, whose glyphs are `glyphs`, to `words`: as two words where
// it is a code and its number ("SS2" read for "SS 2") set a space apart, a
// gap of a third of the word's height or more; as it is otherwise.
void AppendParted(PositionedWord word, const std::vector<OcrGlyph>& glyphs, std::vector<PositionedWord>* words);

// `text`, a word as Tesseract read it, with an "!" that stands for a letter
// undone: alone or before a lower-case letter it is a capital I ("!qbal"
// for "Iqbal"), between lower-case letters an l ("Poo!e"). One that ends a
// word is punctuation and stays.
std::string UndoBangMisreads(std::string text);

// True when `text` holds a letter, a digit or an ampersand: Tesseract reads
// the remains of lines and specks as "|", "—" or "__".
bool HasText(const std::string& text);

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_TESSERACT_WORDS_H_
