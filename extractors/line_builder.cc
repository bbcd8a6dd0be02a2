#include "extractors/line_builder.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace planrows {
namespace {

// A gap between words wider than this many font sizes separates segments
// (table cells); a word space is about a quarter of the font size.
constexpr double kSegmentGap = 1.0;
// A line further below the one above than this many times the usual line
// pitch (for lines of its height) follows a paragraph or table-row break.
constexpr double kBreakPitch = 1.3;
// Pitches within this share of each other are one line spacing; the line
// spacing of a page is the smallest that this share of its line pairs, and
// at least kMinPitchPairs of them, keep. Pitches under kMinPitch heights
// are of lines that overlap.
constexpr double kSamePitch = 0.12;
constexpr double kPitchShare = 0.2;
constexpr size_t kMinPitchPairs = 2;
constexpr double kMinPitch = 0.8;
// Lines within this share of each other's height count as one height class.
constexpr double kSameHeight = 0.15;
// A bold line whose font is this much larger than the body text is a
// heading; a line in plain weight needs the larger ratio.
constexpr double kHeadingRatio = 1.15;
constexpr double kPlainHeadingRatio = 1.4;

double CenterY(const Box& b) { return (b.y0 + b.y1) / 2; }

// Most lines a ruling passes on to find text under it (MarkRuledRows).
constexpr size_t kMaxLinesPastRuling = 4;

// True when some text of `line` lies under `ruling`.
bool UnderRuling(const TextLine& line, const Ruling& ruling) {
  return std::any_of(line.segments.begin(), line.segments.end(),
                     [&](const Segment& s) { return s.box.x1 > ruling.x0 && s.box.x0 < ruling.x1; });
}

// Marks the line each ruling parts from the one above: the line under it,
// or, where no ruling lies over that line's text, the first line under it
// with text beneath it. A merged cell's last line, left of the rulings that
// part the rows of the columns to its right, may come first: it starts no row.
void MarkRuledRows(const std::vector<Ruling>& rulings, std::vector<TextLine>* lines) {
  const std::vector<TextLine>& all = *lines;
  auto ruled_over = [&](size_t i) {
    return std::any_of(rulings.begin(), rulings.end(), [&](const Ruling& r) {
      return r.y > CenterY(all[i - 1].box) && r.y < CenterY(all[i].box) && UnderRuling(all[i], r);
    });
  };
  for (const Ruling& r : rulings) {
    size_t below = 1;
    while (below < all.size() && CenterY(all[below].box) <= r.y) ++below;
    if (below >= all.size() || CenterY(all[below - 1].box) >= r.y) continue;
    size_t under = below;
    while (!UnderRuling(all[under], r) && !ruled_over(under) && under + 1 < all.size() &&
           under < below + kMaxLinesPastRuling) {
      ++under;
    }
    TextLine& line = (*lines)[UnderRuling(all[under], r) ? under : below];
    line.ruling_x0 = line.ruled_row_start ? std::min(line.ruling_x0, r.x0) : r.x0;
    line.ruling_x1 = line.ruled_row_start ? std::max(line.ruling_x1, r.x1) : r.x1;
    line.ruled_row_start = true;
  }
}

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
  auto is_heading = [&](size_t i) {
    double ratio = (*lines)[i].bold ? kHeadingRatio : kPlainHeadingRatio;
    return body > 0 && sizes[i] > ratio * body;
  };
  std::vector<double> heading_sizes;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (is_heading(i)) heading_sizes.push_back(std::round(sizes[i]));
  }
  std::sort(heading_sizes.rbegin(), heading_sizes.rend());
  heading_sizes.erase(std::unique(heading_sizes.begin(), heading_sizes.end()), heading_sizes.end());
  for (size_t i = 0; i < lines->size(); ++i) {
    auto it = std::find(heading_sizes.begin(), heading_sizes.end(), std::round(sizes[i]));
    if (is_heading(i) && it != heading_sizes.end()) {
      (*lines)[i].heading_level = static_cast<int>(it - heading_sizes.begin()) + 1;
    }
  }
}

// The usual distance from one line's centre to the next for lines of about
// `height`, on this page: the line spacing inside a paragraph or a cell.
// That is the smallest pitch a good share of line pairs keep, not the
// median: on a table page whose rows are mostly one line, most pairs are
// parted by a row break. 0 when too few such lines follow each other to
// keep one: OCR gives a line without tall letters a height of its own, and
// the few pairs of such lines are mostly parted by row breaks.
double UsualPitch(const std::vector<TextLine>& lines, double height) {
  std::vector<double> pitches;
  for (size_t i = 1; i < lines.size(); ++i) {
    double h = lines[i].box.height();
    if (std::abs(h - height) <= kSameHeight * height && std::abs(lines[i - 1].box.height() - h) <= kSameHeight * h) {
      pitches.push_back(CenterY(lines[i].box) - CenterY(lines[i - 1].box));
    }
  }
  std::sort(pitches.begin(), pitches.end());
  size_t needed = std::max<size_t>(kMinPitchPairs, static_cast<size_t>(kPitchShare * pitches.size()));
  for (size_t i = 0, end = 0; i < pitches.size(); ++i) {
    if (pitches[i] < kMinPitch * height) continue;  // Lines that overlap: no spacing.
    while (end < pitches.size() && pitches[end] <= pitches[i] * (1 + kSamePitch)) ++end;
    if (end - i >= needed) return pitches[(i + end - 1) / 2];
  }
  return 0;
}

// Sets gap_before where a line sits further below the line above than the
// page's usual pitch for lines of its height: text layers and OCR give
// boxes of different heights, but both keep a regular pitch.
void MarkBreaks(std::vector<TextLine>* lines) {
  // Each height's pitch is found once: a page of text has thousands of
  // lines of one height, and finding it takes all the page's lines.
  std::map<double, double> pitch_by_height;
  auto usual_pitch = [&](double height) {
    auto [at, added] = pitch_by_height.emplace(height, 0);
    if (added) at->second = UsualPitch(*lines, height);
    return at->second;
  };
  for (size_t i = 1; i < lines->size(); ++i) {
    TextLine& line = (*lines)[i];
    double pitch = CenterY(line.box) - CenterY((*lines)[i - 1].box);
    // A line of unusual height ("issues." has no tall letters) is measured
    // by the lines above it.
    double usual = usual_pitch(line.box.height());
    if (usual == 0) usual = usual_pitch((*lines)[i - 1].box.height());
    line.gap_before = usual > 0 ? pitch > kBreakPitch * usual : pitch > 2 * line.box.height();
  }
}

}  // namespace

std::vector<TextLine> LineBuilder::Build(std::vector<PositionedWord> words, const std::vector<Ruling>& rulings) {
  words.erase(std::remove_if(words.begin(), words.end(), [](const PositionedWord& w) { return w.text.empty(); }),
              words.end());
  double body = BodySize(words);
  std::vector<std::vector<PositionedWord>> groups = GroupLines(std::move(words));
  std::vector<TextLine> lines;
  for (const auto& group : groups) lines.push_back(MakeLine(group));
  // OCR boxes hug the glyphs, so their heights say little of the font size:
  // headings are known only from a text layer.
  bool from_ocr = !groups.empty() && groups.front().front().confidence >= 0;
  if (!from_ocr) SetHeadingLevels(groups, body, &lines);
  MarkBreaks(&lines);
  MarkRuledRows(rulings, &lines);
  return lines;
}

}  // namespace planrows
