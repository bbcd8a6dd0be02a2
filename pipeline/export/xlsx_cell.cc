#include "pipeline/export/xlsx_cell.h"

#include <cstring>

namespace planrows {
namespace {

// True for the bytes that start a UTF-8 character (and for stray bytes,
// which libxlsxwriter counts alike).
bool StartsCharacter(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

size_t CharacterCount(const std::string& text) {
  size_t count = 0;
  for (char byte : text) count += StartsCharacter(byte);
  return count;
}

}  // namespace

size_t XlsxCell::Fit(std::string* text) {
  if (text->size() <= kMaxChars) return 0;  // Fewer bytes than the limit: fewer characters too.
  size_t characters = CharacterCount(*text);
  if (characters <= kMaxChars) return 0;
  const size_t keep = kMaxChars - std::strlen(kCutMarker);  // The marker is ASCII.
  size_t kept = 0, end = 0;
  for (; end < text->size(); ++end) {
    if (StartsCharacter((*text)[end]) && kept++ == keep) break;
  }
  text->resize(end);
  text->append(kCutMarker);
  return characters;
}

}  // namespace planrows
