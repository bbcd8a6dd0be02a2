#include "pipeline/recovery/rounded_words.h"

#include <algorithm>
#include <cmath>

namespace planrows {
namespace {

// Fewest lines whose cells start at a point for it to be where a column's
// cells start: more than a heading wrapped over two lines.
constexpr long kMinCellStarts = 3;

}  // namespace

std::vector<size_t> RoundedWords::Columns(const PlanLine& line, const std::vector<const Segment*>& segments,
                                          const std::function<size_t(double)>& column_at) {
  // Each word's column where it stands, and the segment it is of.
  std::vector<size_t> columns, segment_of;
  std::vector<const Word*> words;
  for (size_t s = 0; s < segments.size(); ++s) {
    for (const Word& word : segments[s]->words) {
      columns.push_back(column_at(word.box.x0));
      segment_of.push_back(s);
      words.push_back(&word);
    }
  }
  // Only a text input's positioned page was laid out in characters.
  if (line.line->source_line == 0) return columns;
  std::vector<size_t> printed = columns;
  for (size_t i = 0; i < words.size(); ++i) {
    bool ends_run = i + 1 == words.size() || segment_of[i + 1] != segment_of[i];
    double width = CharacterWidth(*words[i]), x = words[i]->box.x0 + width;
    size_t rounded_from = column_at(x);
    if (!ends_run || rounded_from == printed[i] || !CellsStartAt(*line.page, x, width)) continue;
    if (std::find(printed.begin(), printed.end(), rounded_from) == printed.end()) columns[i] = rounded_from;
  }
  return columns;
}

bool RoundedWords::CellsStartAt(const PageText& page, double x, double width) {
  auto starting = std::count_if(page.lines.begin(), page.lines.end(), [&](const TextLine& line) {
    return std::any_of(line.segments.begin(), line.segments.end(),
                       [&](const Segment& segment) { return std::abs(segment.box.x0 - x) <= width / 2; });
  });
  return starting >= kMinCellStarts;
}

double RoundedWords::CharacterWidth(const Word& word) {
  // UTF-8: every byte but a continuation byte starts a character.
  auto characters =
      std::count_if(word.text.begin(), word.text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; });
  return characters == 0 ? 0 : (word.box.x1 - word.box.x0) / static_cast<double>(characters);
}

}  // namespace planrows
