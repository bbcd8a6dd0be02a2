#include "pipeline/recovery/running_text_filter.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <re2/re2.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Share of the page height, at top and at bottom, where running text sits.
constexpr double kMarginBand = 0.12;
// Lines at the top and at the bottom of a text page (one a form feed
// starts) where running text sits: converters write a running header as a
// page's first line and a footer as its last.
constexpr size_t kTextMarginLines = 1;

// Most lines of a header row above a line of it that repeats on each page.
constexpr size_t kHeaderLinesAbove = 3;

// True when `line` sits in its page's top band (`top`) or bottom band.
bool InBand(const PlanLine& line, bool top) {
  if (line.page->cells_by_index) {
    size_t index = static_cast<size_t>(line.line - line.page->lines.data());
    return top ? index < kTextMarginLines : index + kTextMarginLines >= line.page->lines.size();
  }
  double height = line.page->height;
  if (height <= 0) return false;
  return top ? line.line->box.y1 <= kMarginBand * height : line.line->box.y0 >= (1 - kMarginBand) * height;
}

// A line's text with each number made '#', so that "Page 2 of 5" and
// "Page 3 of 5" share a key, and the numbers taken out.
struct Folded {
  std::string key;
  std::vector<std::string> numbers;
};

Folded Fold(const std::string& text) {
  static const RE2 kNumber(R"((\d+))");
  Folded folded;
  re2::StringPiece rest(text), number;
  const char* start = rest.data();
  while (RE2::FindAndConsume(&rest, kNumber, &number)) {
    folded.key.append(start, number.data() - start);
    folded.key += '#';
    folded.numbers.emplace_back(number);
    start = rest.data();
  }
  folded.key.append(start, rest.data() + rest.size() - start);
  return folded;
}

// The lines of a page's margin that share a key, and their numbers by page.
struct MarginText {
  std::set<int> pages;
  std::vector<std::pair<int, std::vector<std::string>>> numbers;
};

// True when every number of `text`'s lines is the same on each page, or is
// the page's number plus one same offset: running text says the same on
// every page but its page number, while a record's "Ref 12" that falls at
// the foot of two pages holds numbers of its own.
bool NumbersAgree(const MarginText& text) {
  constexpr size_t kMaxDigits = 9;
  const std::vector<std::string>& first = text.numbers.front().second;
  for (size_t n = 0; n < first.size(); ++n) {
    bool same = true, paged = first[n].size() <= kMaxDigits;
    long offset = paged ? std::stol(first[n]) - text.numbers.front().first : 0;
    for (const auto& [page, numbers] : text.numbers) {
      same = same && numbers[n] == first[n];
      paged = paged && numbers[n].size() <= kMaxDigits && std::stol(numbers[n]) - page == offset;
    }
    if (!same && !paged) return false;
  }
  return true;
}

// The last line of a header row of the page of line `i` that holds line
// `i` and starts at most kHeaderLinesAbove lines above it, if any. A
// header repeated on each page may wrap anew on each, so that only its
// last line repeats word for word.
std::optional<size_t> HeaderOver(const std::vector<PlanLine>& lines, size_t i, const RunningTextFilter::Keep& keep) {
  for (size_t start = i > kHeaderLinesAbove ? i - kHeaderLinesAbove : 0; start <= i; ++start) {
    if (lines[start].page != lines[i].page) continue;
    size_t length = keep(start);
    if (length > 0 && start + length > i) return start + length - 1;
  }
  return std::nullopt;
}

// Running text stands at a page's edge: from its top down, or from its
// bottom up, every line before it is running text, a header's or blank;
// on a printed page a footer does not go on with the text above it. A
// record's label that falls in the band on many pages ("Target end date By
// end of Q3") has the page's own text above it, and stays.
void KeepOffEdges(const std::vector<PlanLine>& lines, const std::vector<bool>& header, std::vector<bool>* drop) {
  auto edge = [&](size_t k, bool top) {
    return ((*drop)[k] && InBand(lines[k], top)) || header[k] || lines[k].FirstFilled() < 0;
  };
  for (size_t first = 0, end = 0; first < lines.size(); first = end) {
    end = first;
    while (end < lines.size() && lines[end].page == lines[first].page) ++end;
    size_t top = first, bottom = end;
    while (top < end && edge(top, true)) ++top;
    while (bottom > top && edge(bottom - 1, false)) --bottom;
    // A line in lower case set close under the page's text goes on with it
    // ("happen" under "What we want to", a label that wraps at the foot of
    // several pages); a footer starts anew.
    while (bottom > top && bottom < end && !lines[bottom].page->cells_by_index && !lines[bottom].line->gap_before &&
           CellText::StartsLower(lines[bottom].text)) {
      ++bottom;
    }
    for (size_t k = top; k < bottom; ++k) (*drop)[k] = false;
  }
}

}  // namespace

void RunningTextFilter::Apply(std::vector<PlanLine>* lines, const Keep& keep) {
  // Keyed by band, then text: a running header repeats at the top of pages
  // and a footer at their foot, while a cell's last line at the foot of one
  // page and another cell's first line atop the next ("conference") only
  // happen to read alike.
  std::map<std::pair<bool, std::string>, MarginText> margin_texts;
  std::set<int> pages;
  for (const PlanLine& line : *lines) {
    pages.insert(line.page->number);
    for (bool top : {true, false}) {
      if (!InBand(line, top)) continue;
      Folded folded = Fold(line.text);
      MarginText& text = margin_texts[{top, folded.key}];
      text.pages.insert(line.page->number);
      text.numbers.emplace_back(line.page->number, std::move(folded.numbers));
    }
  }
  size_t needed = std::max<size_t>(2, (pages.size() + 1) / 2);
  std::set<std::pair<bool, std::string>> running_keys;
  for (const auto& [key, text] : margin_texts) {
    if (text.pages.size() >= needed && NumbersAgree(text)) running_keys.insert(key);
  }
  auto running = [&](const PlanLine& line) {
    std::string key = Fold(line.text).key;
    return (InBand(line, true) && running_keys.count({true, key})) ||
           (InBand(line, false) && running_keys.count({false, key}));
  };
  std::vector<bool> drop(lines->size()), header(lines->size());
  for (size_t i = 0; i < lines->size(); ++i) {
    if (!running((*lines)[i])) continue;
    if (std::optional<size_t> header_end = HeaderOver(*lines, i, keep)) {
      std::fill(header.begin() + i, header.begin() + *header_end + 1, true);
      i = *header_end;
    } else {
      drop[i] = true;
    }
  }
  KeepOffEdges(*lines, header, &drop);
  size_t i = 0;
  lines->erase(std::remove_if(lines->begin(), lines->end(), [&](const PlanLine&) { return drop[i++]; }),
               lines->end());
  // A page whose running header went starts at its next line: a row the
  // page break cut goes on there.
  for (size_t k = 0; k < lines->size(); ++k) {
    (*lines)[k].page_start = k == 0 || (*lines)[k].page != (*lines)[k - 1].page;
  }
}

}  // namespace planrows
