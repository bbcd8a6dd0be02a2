// PageBuilder: positioned pages for recovery tests, built line by line as
// a PDF's text layer would give them.
#ifndef PLANROWS_TESTS_RECOVERY_PAGE_BUILDER_H_
#define PLANROWS_TESTS_RECOVERY_PAGE_BUILDER_H_

#include <string>
#include <utility>
#include <vector>

#include "extractors/page_text.h"

namespace planrows {

// Builds positioned pages line by line: each cell is (x, text), words 5pt
// wide per character plus a space (10pt more for each further space),
// lines 12pt apart.
class PageBuilder {
 public:
  PageBuilder& Page() {
    document_.pages.emplace_back();
    document_.pages.back().number = static_cast<int>(document_.pages.size());
    document_.pages.back().width = 595;
    document_.pages.back().height = 842;
    y_ = 100;
    return *this;
  }
  PageBuilder& Line(std::vector<std::pair<double, std::string>> cells, bool gap = false, double y = -1) {
    TextLine line;
    double top = y >= 0 ? y : (y_ += gap ? 24 : 12);
    for (const auto& [x, text] : cells) {
      Segment segment{text, Box{x, top, x, top + 10}, {}};
      double at = x;
      size_t start = 0;
      while (start <= text.size()) {
        size_t end = text.find(' ', start);
        std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (word.empty()) {
          at += 10;  // Each further space widens the gap, as OCR leaves one where it dropped a glyph.
        } else {
          segment.words.push_back(Word{word, Box{at, top, at + 5.0 * word.size(), top + 10}});
          at += 5.0 * word.size() + 3;
        }
        if (end == std::string::npos) break;
        start = end + 1;
      }
      segment.box.x1 = at;
      line.segments.push_back(segment);
    }
    line.box = Box{cells.front().first, top, line.segments.back().box.x1, top + 10};
    line.gap_before = gap;
    document_.pages.back().lines.push_back(line);
    return *this;
  }
  // Marks the page's table ruled and the last line the first of a row, a
  // ruling above it from `x0` to `x1` (right of the table's first
  // columns, it divides a merged cell, not the table's rows).
  PageBuilder& RuledAbove(double x0 = 0, double x1 = 1000) {
    document_.pages.back().ruled = true;
    document_.pages.back().lines.back().ruled_row_start = true;
    document_.pages.back().lines.back().ruling_x0 = x0;
    document_.pages.back().lines.back().ruling_x1 = x1;
    return *this;
  }
  // Marks the last line a heading, as a larger or bolder font makes it.
  PageBuilder& AsHeading() {
    document_.pages.back().lines.back().heading_level = 3;
    return *this;
  }
  // Marks the last line bold, as a header row is often printed.
  PageBuilder& Bold() {
    document_.pages.back().lines.back().bold = true;
    return *this;
  }
  const DocumentText& document() const { return document_; }
  // The pages as OCR would give them: positioned, each line read with a
  // confidence that asks for no review.
  DocumentText scanned() const {
    DocumentText scan = document_;
    for (PageText& page : scan.pages) {
      page.from_ocr = true;
      for (TextLine& line : page.lines) line.confidence = kScanConfidence;
    }
    return scan;
  }

 private:
  static constexpr double kScanConfidence = 90;
  DocumentText document_;
  double y_ = 100;
};

}  // namespace planrows

#endif  // PLANROWS_TESTS_RECOVERY_PAGE_BUILDER_H_
