#include "extractors/page_text.h"

#include <algorithm>

namespace planrows {

void Box::Extend(const Box& other) {
  x0 = std::min(x0, other.x0);
  y0 = std::min(y0, other.y0);
  x1 = std::max(x1, other.x1);
  y1 = std::max(y1, other.y1);
}

std::string TextLine::Text() const {
  std::string out;
  for (const Segment& s : segments) {
    if (s.text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += s.text;
  }
  return out;
}

}  // namespace planrows
