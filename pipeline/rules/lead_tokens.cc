#include "pipeline/rules/lead_tokens.h"

#include <algorithm>
#include <cctype>

namespace planrows {
namespace {

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Appends the token of kind `kind` spanning `begin`..`end` of `part`.
void Push(std::string_view part, LeadTokenKind kind, size_t begin, size_t end, std::vector<LeadToken>* out) {
  out->push_back({kind, begin, end, std::string(part.substr(begin, end - begin))});
}

// The end of the whitespace-free run of `part` that starts at `at`.
size_t RunEnd(std::string_view part, size_t at) {
  while (at < part.size() && !IsSpace(part[at])) ++at;
  return at;
}

// The end of the aside in brackets that opens at `at`: after its closing
// bracket's run, or the end of the part when it never closes.
size_t AsideEnd(std::string_view part, size_t at) {
  size_t close = part.find(')', at);
  return close == std::string_view::npos ? part.size() : RunEnd(part, close);
}

// `part` cut into words, separators and asides; a comma ending a word is a
// separator of its own.
std::vector<LeadToken> RawTokens(std::string_view part, const LeadVocabulary& vocabulary) {
  std::vector<LeadToken> tokens;
  for (size_t at = 0; at < part.size();) {
    if (IsSpace(part[at])) {
      ++at;
      continue;
    }
    if (part[at] == '(') {
      size_t end = AsideEnd(part, at);
      Push(part, LeadTokenKind::kAside, at, end, &tokens);
      at = end;
      continue;
    }
    size_t end = RunEnd(part, at);
    bool comma = end - at > 1 && part[end - 1] == ',' && vocabulary.IsSoftSeparator(",");
    size_t word_end = comma ? end - 1 : end;
    bool soft = vocabulary.IsSoftSeparator(part.substr(at, word_end - at));
    Push(part, soft ? LeadTokenKind::kSeparator : LeadTokenKind::kWord, at, word_end, &tokens);
    if (comma) Push(part, LeadTokenKind::kSeparator, word_end, end, &tokens);
    at = end;
  }
  return tokens;
}

bool IsWord(const std::vector<LeadToken>& tokens, size_t i) {
  return i < tokens.size() && tokens[i].kind == LeadTokenKind::kWord;
}

// True when token `i` may stand before a person's name.
bool BoundaryBefore(const std::vector<LeadToken>& tokens, size_t i, const LeadVocabulary& vocabulary) {
  if (i == 0 || !IsWord(tokens, i - 1)) return true;
  const std::string& word = tokens[i - 1].text;
  return IsPunctuation(tokens[i - 1]) || vocabulary.IsRoleEnding(word) || vocabulary.IsGroupEnding(word) ||
         vocabulary.IsAcronym(word);
}

// True when token `i` may follow a person's name in the middle of a part.
bool BoundaryAfter(const std::vector<LeadToken>& tokens, size_t i, const LeadVocabulary& vocabulary) {
  if (i < tokens.size() && tokens[i].kind == LeadTokenKind::kSeparator) return true;
  if (!IsWord(tokens, i)) return false;
  const std::string& word = tokens[i].text;
  return IsPunctuation(tokens[i]) || vocabulary.IsAcronym(word) || vocabulary.IsOpener(word);
}

// The index of the surname of a name starting at `i`: a title, perhaps a
// first name, and a surname ("Dr Smith", "Mr John Smith"), or an initial or
// first name and a surname ("M Evans"); 0 if none.
size_t SurnameAt(const std::vector<LeadToken>& tokens, size_t i, const LeadVocabulary& vocabulary) {
  auto name_word = [&](size_t j) { return IsWord(tokens, j) && vocabulary.IsNameWord(tokens[j].text); };
  if (!IsWord(tokens, i) || !name_word(i + 1)) return 0;
  if (vocabulary.IsTitle(tokens[i].text)) return name_word(i + 2) ? i + 2 : i + 1;
  return vocabulary.IsInitial(tokens[i].text) || name_word(i) ? i + 1 : 0;
}

// The number of tokens from `i` that spell a person's name standing where
// names stand; 0 if none. A surname broken at its hyphen goes on to the next word.
size_t PersonLength(const std::vector<LeadToken>& tokens, size_t i, const LeadVocabulary& vocabulary) {
  size_t j = SurnameAt(tokens, i, vocabulary);
  if (j == 0) return 0;
  while (tokens[j].text.back() == '-' && IsWord(tokens, j + 1) && vocabulary.IsNameWord(tokens[j + 1].text)) ++j;
  size_t after = j + 1;
  bool at_end = after == tokens.size() || tokens[after].kind == LeadTokenKind::kAside;
  if (at_end) return after - i;
  return BoundaryBefore(tokens, i, vocabulary) && BoundaryAfter(tokens, after, vocabulary) ? after - i : 0;
}

}  // namespace

bool StartsUpper(const LeadToken& token) {
  if (token.kind != LeadTokenKind::kWord && token.kind != LeadTokenKind::kPerson) return false;
  unsigned char c = static_cast<unsigned char>(token.text[0]);
  return std::isupper(c) || std::isdigit(c);
}

bool IsPunctuation(const LeadToken& token) {
  return token.kind == LeadTokenKind::kWord && std::none_of(token.text.begin(), token.text.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c));
         });
}

std::vector<LeadToken> TokenizeLead(std::string_view part, const LeadVocabulary& vocabulary) {
  std::vector<LeadToken> tokens = RawTokens(part, vocabulary);
  std::vector<LeadToken> out;
  for (size_t i = 0; i < tokens.size();) {
    size_t n = PersonLength(tokens, i, vocabulary);
    if (n == 0) {
      out.push_back(tokens[i++]);
      continue;
    }
    Push(part, LeadTokenKind::kPerson, tokens[i].begin, tokens[i + n - 1].end, &out);
    i += n;
  }
  return out;
}

}  // namespace planrows
