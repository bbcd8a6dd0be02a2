// CellText: turns the raw text of a table cell or line into the value a row
// stores, following the text conventions of corpus/GOLD_FORMAT.md.
#ifndef PLANROWS_PIPELINE_TEXT_CELL_TEXT_H_
#define PLANROWS_PIPELINE_TEXT_CELL_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace planrows {

class CellText {
 public:
  // Returns `raw` NFKC-normalized, with HTML entities decoded, HTML list
  // items joined by "; ", other tags and bullet glyphs dropped, and
  // whitespace runs collapsed and trimmed. Spelling, case and punctuation
  // stay as printed.
  static std::string Clean(std::string_view raw);

  // Returns `text` folded for matching against rules: Clean()ed, lower-case,
  // curly quotes and dashes made ASCII, every other non-alphanumeric
  // character a space, spaces collapsed. "Lead/ subgroup" gives "lead subgroup".
  static std::string FoldForMatch(std::string_view text);

  // Returns Clean()ed `text` with typographic dashes and quotes made ASCII,
  // the form that rule patterns (patterns.toml, dates.toml) are written for.
  static std::string ForPatterns(std::string_view text);

  // True when `now` is `before` read again by OCR: at most one character
  // in eight (one at least) misread, dropped or added ("by" as "hy",
  // "change" as "change’").
  static bool ReadsAgain(std::string_view before, std::string_view now);

  // Number of space-separated words in `text`.
  static int WordCount(std::string_view text);

  // The whitespace-separated words of `text`, in order.
  static std::vector<std::string> Words(std::string_view text);
  // `words[begin, end)` joined by single spaces.
  static std::string JoinWords(const std::vector<std::string>& words, size_t begin, size_t end);

  // True when `text` ends a sentence: on ".", "!" or "?", but not on an
  // initial ("J. Rees." does, "Head of Service J." does not).
  static bool EndsSentence(std::string_view text);

  // True when `text` holds no letter, digit or ampersand (only bullets,
  // punctuation, space): "&" is a word, as in "Performance & Improvement".
  static bool IsNoise(std::string_view text);

  // True when `text` starts with a letter in lower case: it goes on from
  // the text before it ("officer" under "Lead").
  static bool StartsLower(std::string_view text);

  // True when `text` starts on a character that joins it to the text
  // before it ("/ J Rees", "& Police", ", Harbour Office"), as no name or
  // sentence starts: the mirror of EndsMidPhrase's characters.
  static bool StartsMidPhrase(std::string_view text);

  // True when `text`, trimmed, ends mid-phrase: on a joining word ("of",
  // "and", "the"), a possessive ("Children's") or character ("/", "&",
  // ",", ";").
  static bool EndsMidPhrase(std::string_view text);

  // Appends `text`, the next wrapped line or word of a cell, to `cell`:
  // after a space, or right after a word the wrap split at its hyphen
  // ("Sub-" and "group") or broke before its last letter ("response" and "s").
  static void AppendWrapped(std::string_view text, std::string* cell);

  // The characters `text` takes as printed: its UTF-8 code points, so that
  // a bullet glyph takes one, as it does on the page.
  static size_t PrintedWidth(std::string_view text);

  // True when `next`, a line wrapped to `width` characters, goes on inside
  // the last word of `above`: `above` fills the width, `next` starts in
  // lower case, and the word they make, joined by a slash and wider than a
  // line ("Services/S" over "uperintendent"), could only be broken inside.
  // Words apart at spaces wrap at them.
  static bool GoesOnInsideWord(std::string_view above, std::string_view next, size_t width);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_TEXT_CELL_TEXT_H_
