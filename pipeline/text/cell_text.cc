#include "pipeline/text/cell_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>
#include <utility>

#include "pipeline/text/edit_distance.h"

namespace planrows {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kEntities = {{
    {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
    {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "}, {"&#160;", " "},
}};

// Glyphs that Word and its converters use as list bullets, including the
// private-use Symbol-font characters (U+F0B7 and friends).
bool IsBulletGlyph(UChar32 c) {
  switch (c) {
    case 0x2022: case 0x25AA: case 0x25CF: case 0x25E6: case 0x25A0: case 0x25A1:
    case 0x25CB: case 0x27A2: case 0x25BA: case 0x2023: case 0x2043: case 0x2219:
    case 0xF0B7: case 0xF0A7: case 0xF076: case 0xF0D8: case 0xF0FC: case 0xF0A8:
      return true;
    default:
      return c >= 0xE000 && c <= 0xF8FF;  // Other private-use glyphs carry no text.
  }
}

std::string DecodeEntities(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    bool replaced = false;
    if (in[i] == '&') {
      for (const auto& [entity, text] : kEntities) {
        if (in.substr(i, entity.size()) == entity) {
          out += text;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += in[i++];
  }
  return out;
}

// Replaces HTML tags: the end of a list item becomes a "; " separator, any
// other tag a space.
std::string DropTags(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '<') {
      out += in[i];
      continue;
    }
    size_t close = in.find('>', i);
    std::string_view tag = close == std::string_view::npos ? "" : in.substr(i + 1, close - i - 1);
    bool is_tag = !tag.empty() && tag.size() < 12 &&
                  (std::isalpha(static_cast<unsigned char>(tag[0])) || tag[0] == '/');
    if (!is_tag) {
      out += in[i];
      continue;
    }
    out += (tag == "/li" || tag == "br" || tag == "br/" || tag == "br /") ? " ;; " : " ";
    i = close;
  }
  return out;
}

// Collapses whitespace and turns the ";;" item markers left by DropTags into
// "; " between non-empty items.
std::string CollapseSpaceAndItems(const std::string& in) {
  std::string out;
  bool pending_space = false, pending_item = false;
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == ';' && i + 1 < in.size() && in[i + 1] == ';') {
      pending_item = true;
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      pending_space = true;
    } else {
      if (!out.empty()) {
        if (pending_item) {
          out += "; ";
        } else if (pending_space) {
          out += ' ';
        }
      }
      pending_item = pending_space = false;
      out += c;
    }
  }
  return out;
}

icu::UnicodeString Nfkc(std::string_view text) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(error);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  if (U_FAILURE(error)) return in;
  icu::UnicodeString out = nfkc->normalize(in, error);
  return U_FAILURE(error) ? in : out;
}

UChar32 AsciiPunctuation(UChar32 c) {
  switch (u_charType(c)) {
    case U_DASH_PUNCTUATION: return '-';
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
      return (c == 0x201C || c == 0x201D || c == 0x201E) ? '"' : '\'';
    default: return c;
  }
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

// ASCII text, most of every plan, is its own NFKC form and holds no bullet
// glyphs or typographic punctuation: it skips ICU, which row recovery would
// otherwise spend most of its time in.
std::string CellText::Clean(std::string_view raw) {
  std::string untagged = DropTags(DecodeEntities(raw));
  if (IsAscii(untagged)) {
    for (char& c : untagged) {
      if (std::iscntrl(static_cast<unsigned char>(c))) c = ' ';
    }
    return CollapseSpaceAndItems(untagged);
  }
  icu::UnicodeString text = Nfkc(untagged);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (IsBulletGlyph(c)) {
      kept.append(UChar32(' '));
    } else if (u_isUWhiteSpace(c) || u_iscntrl(c)) {
      kept.append(UChar32(' '));
    } else {
      kept.append(c);
    }
  }
  std::string utf8;
  kept.toUTF8String(utf8);
  return CollapseSpaceAndItems(utf8);
}

std::string CellText::ForPatterns(std::string_view text) {
  std::string clean = Clean(text);
  if (IsAscii(clean)) return clean;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(clean);
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    out.append(AsciiPunctuation(c));
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::string CellText::FoldForMatch(std::string_view text) {
  std::string plain = ForPatterns(text);
  if (IsAscii(plain)) {
    for (char& c : plain) {
      unsigned char byte = static_cast<unsigned char>(c);
      c = std::isalnum(byte) ? static_cast<char>(std::tolower(byte)) : ' ';
    }
    return CollapseSpaceAndItems(plain);
  }
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(plain);
  in.foldCase();
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    out.append(u_isalnum(c) ? c : UChar32(' '));
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return CollapseSpaceAndItems(utf8);
}

bool CellText::ReadsAgain(std::string_view before, std::string_view now) {
  constexpr size_t kCharsPerMisread = 8;
  size_t allowed = std::max<size_t>(1, std::max(before.size(), now.size()) / kCharsPerMisread);
  size_t longer = std::max(before.size(), now.size()), shorter = std::min(before.size(), now.size());
  return longer - shorter <= allowed && EditDistance(before, now) <= allowed;
}

int CellText::WordCount(std::string_view text) {
  int words = 0;
  for (size_t i = 0; i < text.size(); ++i) words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
  return words;
}

std::vector<std::string> CellText::Words(std::string_view text) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::string CellText::JoinWords(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string text;
  for (size_t k = begin; k < end; ++k) text.append(k == begin ? "" : " ").append(words[k]);
  return text;
}

bool CellText::IsNoise(std::string_view text) {
  if (IsAscii(text)) {
    return std::none_of(text.begin(), text.end(),
                        [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '&'; });
  }
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c) || c == '&') return false;
  }
  return true;
}

bool CellText::EndsSentence(std::string_view text) {
  if (text.empty()) return false;
  char last = text.back();
  if (last != '.' && last != '!' && last != '?') return false;
  // An initial: the word before the dot is one capital letter.
  size_t space = text.rfind(' ');
  std::string_view word = text.substr(space == std::string_view::npos ? 0 : space + 1);
  return !(word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0])));
}

bool CellText::StartsLower(std::string_view text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text[0]));
}

bool CellText::StartsMidPhrase(std::string_view text) {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  char c = text[first];
  return c == '/' || c == '&' || c == ',' || c == ';' || c == ')';
}

bool CellText::EndsMidPhrase(std::string_view text) {
  if (text.empty()) return false;
  char last = text.back();
  if (last == '/' || last == '&' || last == '-' || last == ',' || last == ';' || last == '(') return true;
  size_t space = text.rfind(' ');
  std::string_view printed = text.substr(space == std::string_view::npos ? 0 : space + 1);
  // A name's possessive ("Children's") goes on with what it owns; one in
  // lower case may own nothing after it ("as well as the adult's").
  for (std::string_view mark : {"'s", "\u2019s"}) {
    bool possessive = printed.size() > mark.size() && printed.substr(printed.size() - mark.size()) == mark;
    if (possessive && std::isupper(static_cast<unsigned char>(printed[0]))) return true;
  }
  std::string word = FoldForMatch(printed);
  for (const char* joiner : {"of", "and", "the", "to", "for", "a", "an", "in", "on", "with", "by", "or", "from", "at",
                             "into", "through", "within", "between", "as", "that", "their", "each", "every", "its",
                             "our", "this", "these", "those", "across", "per", "via", "under", "towards", "about",
                             "approx", "approximately", "nearly", "almost", "circa"}) {
    if (word == joiner) return true;
  }
  return false;
}

void CellText::AppendWrapped(std::string_view text, std::string* cell) {
  size_t n = cell->size();
  bool split_word = n >= 2 && (*cell)[n - 1] == '-' && std::isalpha(static_cast<unsigned char>((*cell)[n - 2]));
  // A letter alone, but the word "a", ends the word it follows where words
  // in lower case go on after it: a column too narrow for that word broke it
  // there ("response" over "s", "Executiv" over "e and"). Before a capital
  // or another letter alone it is a bullet as OCR reads one ("e Promote ...").
  auto lower_at = [](std::string_view in, size_t at) {
    return at < in.size() && std::islower(static_cast<unsigned char>(in[at]));
  };
  bool broken_word = n >= 1 && lower_at(*cell, n - 1) && lower_at(text, 0) && text[0] != 'a' &&
                     (text.size() == 1 || (text[1] == ' ' && lower_at(text, 2) && lower_at(text, 3)));
  if (!cell->empty() && !split_word && !broken_word) *cell += ' ';
  *cell += text;
}

size_t CellText::PrintedWidth(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

bool CellText::GoesOnInsideWord(std::string_view above, std::string_view next, size_t width) {
  if (width == 0 || PrintedWidth(above) != width || !StartsLower(next)) return false;
  if (!std::isalpha(static_cast<unsigned char>(above.back()))) return false;
  size_t space = above.rfind(' ');
  std::string word(above.substr(space == std::string_view::npos ? 0 : space + 1));
  word += next.substr(0, next.find(' '));
  return word.find('/') != std::string::npos && PrintedWidth(word) > width;
}

}  // namespace planrows
