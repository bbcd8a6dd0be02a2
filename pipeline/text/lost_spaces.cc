#include "pipeline/text/lost_spaces.h"

#include <algorithm>
#include <cctype>

namespace planrows {
namespace {

// Longest text tried: a timeframe or a status is short, and the placings
// tried grow with the square of the length.
constexpr size_t kMostTriedLength = 48;

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Tries `spaces` more spaces in `text` at places from `from` on, each
// between two letters or digits; true, with `text` so spaced, when one
// placing makes `reads` true.
bool TrySpaces(std::string* text, size_t from, int spaces, const CellTest& reads) {
  if (spaces == 0) return reads(*text);
  for (size_t at = std::max<size_t>(from, 1); at < text->size(); ++at) {
    if (!IsAlnum((*text)[at - 1]) || !IsAlnum((*text)[at])) continue;
    text->insert(at, 1, ' ');
    if (TrySpaces(text, at + 2, spaces - 1, reads)) return true;
    text->erase(at, 1);
  }
  return false;
}

}  // namespace

std::string PutBackLostSpaces(std::string_view text, const CellTest& reads, int most) {
  std::string spaced(text);
  if (text.empty() || text.size() > kMostTriedLength || reads(text)) return spaced;
  for (int spaces = 1; spaces <= most; ++spaces) {
    if (TrySpaces(&spaced, 0, spaces, reads)) return spaced;
  }
  return std::string(text);
}

}  // namespace planrows
