#include "extractors/line_builder.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace planrows {
namespace {

// A gap between words wider than this many font sizes separates segments
// (table cells); a word space is about a quarter of the font size.
constexpr double kSegmentGap = 1.0;
// A vertical gap between lines wider than this share of the line height is
// a blank line: a paragraph or table-row break.
constexpr double kBlankLineGap = 0.7;
// A line whose font is this much larger than the body text is a heading.
constexpr double kHeadingRatio = 1.15;

double CenterY(const Box& b) { return (b.y0 + b.y1) / 2; }

double FontSize(const PositionedWord& w) { return w.font_size > 0 ? w.font_size : w.box.height(); }

// The font size most of the page's characters are set in.
double BodySize(const std::vector<PositionedWord>& words) {
  std::map<long, size_t> chars_by_size;
  for (const PositionedWord& w : words) chars_by_size[std::lround(FontSize(w) * 2)] += w.text.size();
  auto most = std::max_element(chars_by_size.begin(), chars_by_size.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == chars_by_size.end() ? 0 : most->first / 2.0;
}

// Groups words whose vertical centres lie within half a line of each
// other; each group sorted left to right.
std::vector<std::vector<PositionedWord>> GroupLines(std::vector<PositionedWord> words) {
  std::sort(words.begin(), words.end(),
            [](const PositionedWord& a, const PositionedWord& b) { return CenterY(a.box) < CenterY(b.box); });
  std::vector<std::vector<PositionedWord>> lines;
  double center = 0, height = 0;
  for (PositionedWord& word : words) {
    if (lines.empty() || CenterY(word.box) - center > 0.5 * std::max(height, word.box.height())) {
      lines.emplace_back();
      height = 0;
    }
    lines.back().push_back(std::move(word));
    const auto& line = lines.back();
    center = 0;
    for (const PositionedWord& w : line) center += CenterY(w.box) / line.size();
    height = std::max(height, line.back().box.height());
  }
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(),
              [](const PositionedWord& a, const PositionedWord& b) { return a.box.x0 < b.box.x0; });
  }
  return lines;
}

TextLine MakeLine(const std::vector<PositionedWord>& words) {
  TextLine line;
  line.box = words.front().box;
  bool bold = true;
  double confidence = 0;
  int with_confidence = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const PositionedWord& w = words[i];
    double gap = i == 0 ? 0 : w.box.x0 - words[i - 1].box.x1;
    if (i == 0 || gap > kSegmentGap * std::max(FontSize(w), FontSize(words[i - 1]))) {
      line.segments.push_back(Segment{"", w.box, {}});
    }
    Segment& segment = line.segments.back();
    if (!segment.text.empty()) segment.text += ' ';
    segment.text += w.text;
    segment.box.Extend(w.box);
    segment.words.push_back(Word{w.text, w.box});
    line.box.Extend(w.box);
    bold = bold && w.bold;
    if (w.confidence >= 0) {
      confidence += w.confidence;
      ++with_confidence;
    }
  }
  line.bold = bold;
  line.confidence = with_confidence > 0 ? confidence / with_confidence : -1;
  return line;
}

// Heading levels by font size: the largest size above the body's is 1.
void SetHeadingLevels(const std::vector<std::vector<PositionedWord>>& groups, double body,
                      std::vector<TextLine>* lines) {
  std::vector<double> sizes;
  for (const auto& group : groups) {
    double size = 0;
    for (const PositionedWord& w : group) size = std::max(size, FontSize(w));
    sizes.push_back(size);
  }
  std::vector<double> heading_sizes;
  for (double s : sizes) {
    if (body > 0 && s > kHeadingRatio * body) heading_sizes.push_back(std::round(s));
  }
  std::sort(heading_sizes.rbegin(), heading_sizes.rend());
  heading_sizes.erase(std::unique(heading_sizes.begin(), heading_sizes.end()), heading_sizes.end());
  for (size_t i = 0; i < lines->size(); ++i) {
    auto it = std::find(heading_sizes.begin(), heading_sizes.end(), std::round(sizes[i]));
    if (body > 0 && sizes[i] > kHeadingRatio * body && it != heading_sizes.end()) {
      (*lines)[i].heading_level = static_cast<int>(it - heading_sizes.begin()) + 1;
    }
  }
}

}  // namespace

std::vector<TextLine> LineBuilder::Build(std::vector<PositionedWord> words) {
  words.erase(std::remove_if(words.begin(), words.end(), [](const PositionedWord& w) { return w.text.empty(); }),
              words.end());
  double body = BodySize(words);
  std::vector<std::vector<PositionedWord>> groups = GroupLines(std::move(words));
  std::vector<TextLine> lines;
  for (const auto& group : groups) lines.push_back(MakeLine(group));
  SetHeadingLevels(groups, body, &lines);
  for (size_t i = 1; i < lines.size(); ++i) {
    double gap = lines[i].box.y0 - lines[i - 1].box.y1;
    lines[i].gap_before = gap > kBlankLineGap * std::max(1.0, lines[i - 1].box.height());
  }
  return lines;
}

}  // namespace planrows
