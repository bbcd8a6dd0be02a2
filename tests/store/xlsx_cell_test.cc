#include "pipeline/export/xlsx_cell.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

namespace planrows {
namespace {

size_t Characters(const std::string& text) {
  size_t count = 0;
  for (unsigned char byte : text) count += (byte & 0xC0) != 0x80;
  return count;
}

bool EndsWithMarker(const std::string& text) {
  const std::string marker = XlsxCell::kCutMarker;
  return text.size() >= marker.size() && text.compare(text.size() - marker.size(), marker.size(), marker) == 0;
}

TEST_CASE("a cell that fits is left alone") {
  std::string text(XlsxCell::kMaxChars, 'a');
  CHECK(XlsxCell::Fit(&text) == 0);
  CHECK(text.size() == XlsxCell::kMaxChars);
  // Over the limit in bytes, under it in characters.
  std::string accents;
  for (int i = 0; i < 20000; ++i) accents += "\xC3\xA9";
  std::string same = accents;
  CHECK(XlsxCell::Fit(&same) == 0);
  CHECK(same == accents);
}

TEST_CASE("a cell over the limit is cut to it, marker included, on a character boundary") {
  std::string ascii(40000, 'a');
  CHECK(XlsxCell::Fit(&ascii) == 40000);
  CHECK(Characters(ascii) == XlsxCell::kMaxChars);
  CHECK(EndsWithMarker(ascii));

  std::string accents;
  for (int i = 0; i < 40000; ++i) accents += "\xC3\xA9";
  CHECK(XlsxCell::Fit(&accents) == 40000);
  CHECK(Characters(accents) == XlsxCell::kMaxChars);
  CHECK(EndsWithMarker(accents));
  // What is kept before the marker is whole characters only.
  std::string kept = accents.substr(0, accents.size() - std::strlen(XlsxCell::kCutMarker));
  CHECK(kept.size() % 2 == 0);
  CHECK(kept.substr(kept.size() - 2) == "\xC3\xA9");
}

}  // namespace
}  // namespace planrows
