#include "pipeline/recovery/open_sentence.h"

#include <algorithm>
#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of a sentence opened at a line's end whose line ends no cell:
// longer, it may be a short sentence whole ("Report back to the Board").
constexpr int kMostOpenWords = 2;

}  // namespace

bool EndsOnOpenSentence(std::string_view line) {
  size_t stop = line.rfind(". ");
  if (stop == std::string_view::npos || stop == 0) return false;
  std::string_view opened = line.substr(stop + 2);
  if (opened.empty() || !std::isupper(static_cast<unsigned char>(opened.front()))) return false;
  if (CellText::WordCount(opened) > kMostOpenWords || CellText::EndsSentence(opened)) return false;
  // The word the stop ends is in lower case, as no initial or title is ("F.", "Dr.").
  size_t space = line.rfind(' ', stop - 1);
  size_t begin = space == std::string_view::npos ? 0 : space + 1;
  std::string_view ended = line.substr(begin, stop - begin);
  return ended.size() >= 2 && std::all_of(ended.begin(), ended.end(), [](char c) {
           return std::islower(static_cast<unsigned char>(c)) != 0;
         });
}

}  // namespace planrows
