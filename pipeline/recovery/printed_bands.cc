#include "pipeline/recovery/printed_bands.h"

#include <algorithm>
#include <cmath>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// How far apart, in points, a heading may start where its header is
// printed again and still stand in the same place: less than a character
// of laid-out text, as much as OCR may misplace a word's edge.
constexpr double kSamePlaceSlack = 3;

}  // namespace

void PrintedBands::Add(size_t begin, size_t end, const TableLayout& layout) {
  Band band{{}, {}, 0, layout};
  for (size_t k = begin; k <= end; ++k) {
    band.texts.push_back(CellText::FoldForMatch(lines_[k].text));
    band.starts.push_back(StartsOf(k));
    if (band.starts.back().size() > band.starts[band.names_line].size()) band.names_line = k - begin;
  }
  bands_.push_back(std::move(band));
}

bool PrintedBands::PrintedAt(const std::vector<std::string>& texts, size_t i) const {
  if (i + texts.size() > lines_.size()) return false;
  for (size_t k = 0; k < texts.size(); ++k) {
    std::string text = CellText::FoldForMatch(lines_[i + k].text);
    if (text == texts[k]) continue;
    // Below the first line, OCR may read a heading's wrapped words anew.
    if (k == 0 || !CellText::ReadsAgain(texts[k], text)) return false;
  }
  return true;
}

const PrintedBands::Band* PrintedBands::BandAt(size_t i) const {
  if (lines_[i].page->cells_by_index) return nullptr;
  for (const Band& band : bands_) {
    if (PrintedAt(band.texts, i)) return &band;
  }
  return nullptr;
}

size_t PrintedBands::LengthAt(size_t i) const {
  const Band* band = BandAt(i);
  return band == nullptr ? 0 : band->texts.size();
}

const TableLayout* PrintedBands::LayoutPrintedAgainAt(size_t i, Place place) const {
  const Band* band = BandAt(i);
  if (band == nullptr) return nullptr;
  auto in_place = [&](size_t k) {
    std::vector<double> starts = StartsOf(i + k);
    return starts.size() == band->starts[k].size() &&
           std::equal(starts.begin(), starts.end(), band->starts[k].begin(),
                      [](double a, double b) { return std::abs(a - b) <= kSamePlaceSlack; });
  };
  bool every_line = true;
  for (size_t k = 0; k < band->starts.size() && every_line; ++k) every_line = in_place(k);
  return every_line || (place == Place::kNamesLine && in_place(band->names_line)) ? &band->layout : nullptr;
}

bool PrintedBands::RecursAfter(size_t begin, size_t end) const {
  std::vector<std::string> texts;
  for (size_t k = begin; k <= end; ++k) texts.push_back(CellText::FoldForMatch(lines_[k].text));
  // The lines right under the band are its body's: a repeat comes after one at least.
  for (size_t i = end + 2; i + texts.size() <= lines_.size(); ++i) {
    if (PrintedAt(texts, i)) return true;
  }
  return false;
}

bool PrintedBands::HoldsLine(const std::string& folded) const {
  return std::any_of(bands_.begin(), bands_.end(), [&](const Band& band) {
    return std::find(band.texts.begin(), band.texts.end(), folded) != band.texts.end();
  });
}

std::vector<double> PrintedBands::StartsOf(size_t i) const {
  std::vector<double> starts;
  for (const Segment& segment : lines_[i].line->segments) starts.push_back(segment.box.x0);
  return starts;
}

}  // namespace planrows
