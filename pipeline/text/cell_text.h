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

  // True when `now` is `before` read again by OCR: the same length, with
  // at most one character in eight (one at least) misread ("by" as "hy").
  static bool ReadsAgain(std::string_view before, std::string_view now);

  // Number of space-separated words in `text`.
  static int WordCount(std::string_view text);

  // The whitespace-separated words of `text`, in order.
  static std::vector<std::string> Words(std::string_view text);

  // True when `text` ends a sentence: on ".", "!" or "?", but not on an
  // initial ("J. Rees." does, "Head of Service J." does not).
  static bool EndsSentence(std::string_view text);

  // True when `text` holds no letter, digit or ampersand (only bullets,
  // punctuation, space): "&" is a word, as in "Performance & Improvement".
  static bool IsNoise(std::string_view text);

  // True when `text` starts with a letter in lower case: it goes on from
  // the text before it ("officer" under "Lead").
  static bool StartsLower(std::string_view text);

  // True when `text`, trimmed, ends mid-phrase: on a joining word ("of",
  // "and", "the"), a possessive ("Children's") or character ("/", "&",
  // ",", ";").
  static bool EndsMidPhrase(std::string_view text);

  // Appends `text`, the next wrapped line or word of a cell, to `cell`:
  // after a space, or right after a word the wrap split at its hyphen
  // ("Sub-" and "group").
  static void AppendWrapped(std::string_view text, std::string* cell);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_TEXT_CELL_TEXT_H_
