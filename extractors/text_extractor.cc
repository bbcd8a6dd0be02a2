#include "extractors/text_extractor.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "extractors/monospace_page.h"
#include "extractors/text_decoder.h"

namespace planrows {
namespace {

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r\xA0") == std::string_view::npos; }

// Removes a Markdown heading marker ("## "), returning its level, or 0.
int StripHeadingMarker(std::string& text) {
  size_t hashes = 0;
  while (hashes < text.size() && text[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || hashes >= text.size() || text[hashes] != ' ') return 0;
  // A "#" before a cell separator ("# / What we will do") heads a column of
  // references; a heading's text opens with a word.
  if (hashes + 1 < text.size() && (text[hashes + 1] == '/' || text[hashes + 1] == '|')) return 0;
  text.erase(0, hashes + 1);
  return static_cast<int>(hashes);
}

// Drops Markdown emphasis markers and backslash escapes; reports whether the
// whole text was bold.
bool StripInlineMarkdown(std::string& text) {
  size_t first = text.find_first_not_of(' ');
  bool all_bold = first != std::string::npos && text.compare(first, 2, "**") == 0 &&
                  text.size() >= first + 4 && text.compare(text.size() - 2, 2, "**") == 0;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
      out += text[++i];
    } else if (text.compare(i, 2, "**") == 0) {
      ++i;
    } else {
      out += text[i];
    }
  }
  text = std::move(out);
  return all_bold;
}

bool IsPipeTableLine(std::string_view s) {
  size_t a = s.find_first_not_of(' ');
  size_t b = s.find_last_not_of(' ');
  return a != std::string_view::npos && b > a && s[a] == '|' && s[b] == '|';
}

// Cells of a tab-separated or pipe-table line; one cell for plain text.
std::vector<std::string> SplitCells(std::string_view line) {
  char separator = '\t';
  if (IsPipeTableLine(line)) {
    size_t a = line.find('|');
    size_t b = line.rfind('|');
    line = line.substr(a + 1, b - a - 1);
    separator = '|';
  }
  std::vector<std::string> cells;
  size_t start = 0;
  while (true) {
    size_t end = line.find(separator, start);
    cells.emplace_back(line.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return cells;
}

// A table rule drawn with characters: "|---|:--:|" or "--\t-----\t--".
bool IsRuleLine(const std::vector<std::string>& cells) {
  bool any = false;
  for (const std::string& c : cells) {
    for (char ch : c) {
      if (ch == '-' || ch == ':') {
        any = true;
      } else if (ch != ' ') {
        return false;
      }
    }
  }
  return any;
}

TextLine MakeLine(const std::vector<std::string>& cells, int line_number) {
  TextLine line;
  line.source_line = line_number;
  const double y = line_number;
  for (size_t i = 0; i < cells.size(); ++i) {
    Segment segment{cells[i], Box{double(i), y, double(i + 1), y + 1}, {}};
    if (cells.size() > 1) {
      size_t a = segment.text.find_first_not_of(' ');
      size_t b = segment.text.find_last_not_of(' ');
      segment.text = a == std::string::npos ? "" : segment.text.substr(a, b - a + 1);
    }
    line.segments.push_back(std::move(segment));
  }
  line.box = Box{0, y, double(cells.size()), y + 1};
  return line;
}

// Adds `raw`, line `line_number` of the input, to `page`: blank, it counts
// in `*blank_lines` for the next line; a rule line is dropped.
void AddLine(std::string raw, int line_number, int* blank_lines, PageText* page) {
  if (IsBlank(raw)) {
    ++*blank_lines;
    return;
  }
  // A heading starts a block; a "#" that starts a line of a paragraph wrapped
  // there ("# Description of action ...", a column named "#") is its text.
  int heading = *blank_lines > 0 || page->lines.empty() ? StripHeadingMarker(raw) : 0;
  bool bold = StripInlineMarkdown(raw);
  std::vector<std::string> cells = SplitCells(raw);
  if (IsRuleLine(cells)) return;
  TextLine line = MakeLine(cells, line_number);
  line.heading_level = heading;
  line.bold = bold;
  line.blank_lines_before = std::exchange(*blank_lines, 0);
  line.gap_before = line.blank_lines_before > 0;
  page->lines.push_back(std::move(line));
}

}  // namespace

Result<DocumentText> TextExtractor::Extract(const std::string& path, const std::string& bytes) {
  (void)path;
  if (IsBlank(bytes)) return Status::InvalidInput("empty file");
  Result<std::string> utf8 = TextDecoder::ToUtf8(bytes);
  if (!utf8.ok()) return utf8.status();
  const std::string& text = utf8.value();

  // Lines are gathered first: whether the document is laid out in
  // character columns is known only from all of its lines.
  std::vector<std::vector<SourceLine>> pages(1);
  int line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line_number;
    // Recovery's cost grows faster than a line's length: one line of 50 MB
    // took 44 s and 386 MB (issue 10).
    if (end - start > max_line_bytes_) {
      return Status::InvalidInput(fmt::format("line {} is {} bytes long (limit {}, --max-line-length)", line_number,
                                              end - start, max_line_bytes_));
    }
    std::string raw = text.substr(start, end - start);
    start = end + 1;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    // Text before a form feed ends its page; text after it starts the next.
    for (size_t ff; (ff = raw.find('\f')) != std::string::npos;) {
      pages.back().push_back(SourceLine{raw.substr(0, ff), line_number});
      raw.erase(0, ff + 1);
      pages.emplace_back();
    }
    pages.back().push_back(SourceLine{std::move(raw), line_number});
  }
  DocumentText document;
  // Tabs and pipe-table bars mark cells themselves: such a document is
  // read by its marks, not by where its words stand.
  const bool marks_cells = std::any_of(pages.begin(), pages.end(), [](const std::vector<SourceLine>& lines) {
    return std::any_of(lines.begin(), lines.end(), [](const SourceLine& line) {
      return line.text.find('\t') != std::string::npos || IsPipeTableLine(line.text);
    });
  });
  const bool laid_out = !marks_cells && MonospacePage::IsLaidOut(pages);
  for (const std::vector<SourceLine>& lines : pages) {
    const int number = static_cast<int>(document.pages.size()) + 1;
    if (laid_out) {
      document.pages.push_back(MonospacePage::Position(lines, number));
      continue;
    }
    PageText page;
    page.number = number;
    page.cells_by_index = true;
    int blank_lines = 0;
    for (const SourceLine& line : lines) AddLine(line.text, line.number, &blank_lines, &page);
    document.pages.push_back(std::move(page));
  }
  size_t total = 0;
  for (const PageText& page : document.pages) total += page.lines.size();
  if (total == 0) return Status::InvalidInput("no text lines");
  return document;
}

}  // namespace planrows
