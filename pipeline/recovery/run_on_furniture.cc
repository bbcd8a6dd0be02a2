#include "pipeline/recovery/run_on_furniture.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest words a running header repeated after page numbers has.
constexpr size_t kMinRunningWords = 3;
// Most words that stand for the start of a title in a running header that
// ends as the title does ("DPJSP" for "Drayton Priors Joint ... Partnership").
constexpr size_t kMaxShortenedWords = 2;
// Most words of a plan's title before the period it ends with.
constexpr size_t kMaxTitleWords = 20;

bool IsNumber(const std::string& text, int number) { return text == std::to_string(number); }

}  // namespace

bool RunOnFurniture::StartsWith(const std::vector<Token>& tokens, size_t at, const std::vector<Token>& words) {
  if (at + words.size() > tokens.size()) return false;
  return std::equal(words.begin(), words.end(), tokens.begin() + at,
                    [](const Token& a, const Token& b) { return a.text == b.text; });
}

size_t RunOnFurniture::PageNumberAt(const std::vector<Token>& tokens, size_t at, int page,
                                    const std::vector<Token>* running, const std::vector<Token>& title) const {
  auto word = [&](size_t k) { return k < tokens.size() ? tokens[k].text : std::string(); };
  std::string folded = CellText::FoldForMatch(word(at));
  if (folded == "page" && IsNumber(word(at + 1), page)) {
    std::string total = word(at + 3);
    bool of_total = CellText::FoldForMatch(word(at + 2)) == "of" && !total.empty() &&
                    std::all_of(total.begin(), total.end(), [](unsigned char c) { return std::isdigit(c); });
    return of_total ? 4 : 2;
  }
  if (word(at) == "-" && IsNumber(word(at + 1), page) && word(at + 2) == "-") return 3;
  // A bare number in page order, before a capital, a reference (a row at
  // the top of the next page) or the end; where the rows are numbered too,
  // only before the running header.
  std::string next = word(at + 1);
  bool page_top = next.empty() || std::isupper(static_cast<unsigned char>(next[0])) ||
                  (running == nullptr && classifier_.Classify(next) == CellKind::kRef);
  if (!IsNumber(word(at), page) || !page_top) return 0;
  return running == nullptr || StartsWith(tokens, at + 1, *running) || TitleEndAt(tokens, at + 1, title) > 0 ? 1 : 0;
}

void RunOnFurniture::Drop(const std::vector<Token>& opening, bool numbered_rows, std::vector<Token>* tokens) const {
  std::vector<size_t> after;  // Where the words after each page number start.
  std::vector<Token> kept;
  std::vector<Token> title_start(opening.begin(), opening.begin() + std::min(opening.size(), kMinRunningWords));
  // The running header: the words that every page number is followed by,
  // and that open the paragraph, as the plan's title does; it stops before
  // a section heading, which the title may run into.
  std::vector<Token> words;
  for (const Token& token : opening) {
    if (rules_.patterns.StartsWithSectionLabel(token.text)) break;
    if (!CellText::IsNoise(token.text)) words.push_back(token);
  }
  const std::vector<Token> title = TitleOf(words);
  int page = 1;
  for (size_t k = 0; k < tokens->size();) {
    if (size_t length = PageNumberAt(*tokens, k, page, numbered_rows ? &title_start : nullptr, title)) {
      ++page;
      k += length;
      after.push_back(kept.size());
      continue;
    }
    kept.push_back((*tokens)[k++]);
  }
  size_t running = after.empty() ? 0 : WordsMatched(kept, after[0], words, words.size()).first;
  for (size_t i = after.size(); i-- > 0;) {
    auto [matched, length] = WordsMatched(kept, after[i], words, running);
    // A header that shortens the title's start ends as the title does.
    if (running < kMinRunningWords || matched < running) length = TitleEndAt(kept, after[i], title);
    kept.erase(kept.begin() + after[i], kept.begin() + after[i] + length);
  }
  tokens->swap(kept);
}

std::vector<RunOnFurniture::Token> RunOnFurniture::TitleOf(const std::vector<Token>& words) {
  auto digit = [&](size_t k) { return std::isdigit(static_cast<unsigned char>(words[k].text[0])) != 0; };
  // The period's years and their parts ("2018", "2016/17", "19"); a
  // section's number after it ("1.") is no part of the title.
  auto year_part = [&](size_t k) {
    const std::string& text = words[k].text;
    size_t digits = std::count_if(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
    return digit(k) && digits >= 2 && text.find_first_not_of("0123456789/-") == std::string::npos;
  };
  size_t end = 0;
  while (end < words.size() && end < kMaxTitleWords && !digit(end)) ++end;
  if (end == words.size() || end == kMaxTitleWords) return {};
  while (end < words.size() && year_part(end)) ++end;
  return std::vector<Token>(words.begin(), words.begin() + end);
}

size_t RunOnFurniture::TitleEndAt(const std::vector<Token>& tokens, size_t at, const std::vector<Token>& title) {
  for (size_t skip = 0; skip <= kMaxShortenedWords && at + skip < tokens.size(); ++skip) {
    if (skip > 0 && !std::isupper(static_cast<unsigned char>(tokens[at + skip - 1].text[0]))) break;
    for (size_t from = 0; from + kMinRunningWords <= title.size(); ++from) {
      std::vector<Token> end(title.begin() + from, title.end());
      auto [matched, length] = WordsMatched(tokens, at + skip, end, end.size());
      if (matched == end.size()) return skip + length;
    }
  }
  return 0;
}

std::pair<size_t, size_t> RunOnFurniture::WordsMatched(const std::vector<Token>& tokens, size_t at,
                                                       const std::vector<Token>& words, size_t most) {
  size_t matched = 0, k = at;
  while (matched < most && k < tokens.size()) {
    // A dash the running header has and the title has not ("LSCB – Plan").
    if (CellText::IsNoise(tokens[k].text)) {
      ++k;
      continue;
    }
    const std::string& word = tokens[k].text;
    // A word broken at its hyphen over a line end ("Three-" "Year").
    bool broken = word.size() > 1 && word.back() == '-' && k + 1 < tokens.size() &&
                  word + tokens[k + 1].text == words[matched].text;
    if (!broken && word != words[matched].text) break;
    ++matched;
    k += broken ? 2 : 1;
  }
  return {matched, k - at};
}

}  // namespace planrows
