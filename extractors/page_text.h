// PageText: what every extractor produces and every later stage reads: the
// pages of one document, each a list of text lines in reading order, each
// line a list of segments (runs of words with no wide gap between them).
//
// A text converter's tab marks a segment boundary, a PDF's wide horizontal
// gap or ruling line does the same, so table recovery treats all inputs alike.
#ifndef PLANROWS_EXTRACTORS_PAGE_TEXT_H_
#define PLANROWS_EXTRACTORS_PAGE_TEXT_H_

#include <string>
#include <vector>

namespace planrows {

// An axis-aligned rectangle in page units (PDF points; text inputs use
// column index for x and line number for y). y grows downwards.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  // Grows this box to cover `other` too.
  void Extend(const Box& other);
};

// One word with its box, as a PDF text layer or OCR gives it.
struct Word {
  std::string text;
  Box box;
};

// A run of words that belongs together on one line: a table cell's line, or
// a whole line of running text.
struct Segment {
  std::string text;  // UTF-8, as read: the words joined by single spaces.
  Box box;
  std::vector<Word> words;  // Its words, for positioned pages; empty for text inputs.
};

// One visual line of text.
struct TextLine {
  std::vector<Segment> segments;
  Box box;
  int heading_level = 0;     // 1 for a title, 2.. for sub-headings; 0 for body text.
  bool bold = false;         // All of the line is bold.
  bool ruled_row_start = false;  // A ruling line separates this line from the one above.
  double ruling_x0 = 0;          // Where that ruling starts: right of a table's first
                                 // columns, it divides a cell, not the table's rows.
  double ruling_x1 = 0;          // Where that ruling ends.
  bool gap_before = false;   // A blank line or wide vertical gap precedes this line.
  int blank_lines_before = 0;  // How many blank lines precede it in a text input.
  double confidence = -1;    // OCR word confidence 0..100; -1 when not OCR.
  int source_line = 0;       // 1-based line in a text input; 0 otherwise.

  // The segments' texts joined by single spaces.
  std::string Text() const;
};

// One page of a document.
struct PageText {
  int number = 1;  // 1-based.
  double width = 0, height = 0;
  bool from_ocr = false;
  bool ruled = false;  // Ruling lines were looked for, so ruled_row_start is known.
  // True when a segment's box x is the index of its cell in a converter's
  // table row (text inputs) rather than a position on the page.
  bool cells_by_index = false;
  // The width of a character where the page is laid out in characters of
  // one width (a text file's spaced lines); 0 where positions are measured.
  double char_width = 0;
  std::vector<TextLine> lines;
};

// All pages of one input document.
struct DocumentText {
  std::vector<PageText> pages;
  std::vector<std::string> warnings;  // What the extractor could not read well, one line each.
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PAGE_TEXT_H_
