#include "extractors/tesseract_words.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cctype>
#include <cstring>
#include <memory>

namespace planrows {

bool HasText(const std::string& text) {
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '&' || (c & 0x80)) return true;
  }
  return false;
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
    word.text = text.get();
    word.box = Box{double(left), double(top), double(right), double(bottom)};
    word.font_size = bottom - top;
    word.confidence = it->Confidence(tesseract::RIL_WORD);
    words.push_back(std::move(word));
  } while (it->Next(tesseract::RIL_WORD));
  return words;
}

}  // namespace planrows
