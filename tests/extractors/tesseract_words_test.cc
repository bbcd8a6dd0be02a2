// Words as Tesseract reads them: a code and its number run together over a space.
#include "extractors/tesseract_words.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

// A word of height 16 whose glyphs, one character each, stand at `lefts`, 9 wide.
std::vector<PositionedWord> Parted(const std::string& text, const std::vector<double>& lefts) {
  PositionedWord word;
  word.text = text;
  word.box = Box{lefts.front(), 100, lefts.back() + 9, 116};
  std::vector<OcrGlyph> glyphs;
  for (size_t g = 0; g < text.size(); ++g) glyphs.push_back(OcrGlyph{text.substr(g, 1), lefts[g], lefts[g] + 9});
  std::vector<PositionedWord> words;
  AppendParted(word, glyphs, &words);
  return words;
}

TEST_CASE("a code and its number a space apart are two words") {
  std::vector<PositionedWord> words = Parted("TW12", {10, 21, 38, 49});
  REQUIRE(words.size() == 2);
  CHECK(words[0].text == "TW");
  CHECK(words[0].box.x1 == 30);
  CHECK(words[1].text == "12");
  CHECK(words[1].box.x0 == 38);
}

TEST_CASE("a code whose number is close by stays one word") {
  CHECK(Parted("TW12", {10, 21, 32, 43}).size() == 1);
}

TEST_CASE("a wide gap inside a word of letters or before a letter parts nothing") {
  CHECK(Parted("early", {10, 21, 32, 43, 60}).size() == 1);
  CHECK(Parted("Q2b", {10, 28, 39}).size() == 1);
  CHECK(Parted("ABCDE2", {10, 21, 32, 43, 54, 72}).size() == 1);
}

TEST_CASE("an exclamation mark that stands for a letter is that letter") {
  CHECK(UndoBangMisreads("!qbal") == "Iqbal");
  CHECK(UndoBangMisreads("!") == "I");
  CHECK(UndoBangMisreads("Poo!e") == "Poole");
  CHECK(UndoBangMisreads("safe!") == "safe!");  // Punctuation.
  CHECK(UndoBangMisreads("!!") == "!!");
}

}  // namespace
}  // namespace planrows
