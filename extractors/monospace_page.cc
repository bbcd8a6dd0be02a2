#include "extractors/monospace_page.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extractors/line_builder.h"

namespace planrows {
namespace {

// 10-point Courier: every character 6 points wide, lines 12 points apart.
constexpr double kFontSize = 10;
constexpr double kCharWidth = 6;
constexpr double kLeading = 12;
// The fewest spaces between two cells of a laid-out line.
constexpr std::string_view kColumnGap = "  ";
// A document is laid out when at least this many of its lines, and this
// share of them, hold a gap between columns.
constexpr size_t kMinGappedLines = 3;
constexpr double kMinGappedShare = 0.25;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// True when `text` has a run of spaces between two words that parts two
// columns.
bool HasColumnGap(const std::string& text) {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return false;
  for (size_t at = text.find(kColumnGap, first); at != std::string::npos; at = text.find(kColumnGap, at + 1)) {
    size_t next = text.find_first_not_of(' ', at);
    if (next == std::string::npos) return false;
    // Not after a sentence's end, nor beside a separator that marks cells
    // itself ("a /  / b" is an empty cell).
    char before = text[at - 1], after = text[next];
    bool sentence_end = before == '.' || before == '?' || before == '!' || before == ':';
    bool separator = before == '/' || before == '|' || after == '/' || after == '|';
    if (before != ' ' && !sentence_end && !separator) return true;
  }
  return false;
}

// Adds the words of `text`, boxed on printed line `row`; returns the
// characters it prints.
size_t AddWords(const std::string& text, int row, std::vector<PositionedWord>* words) {
  const double y0 = row * kLeading + (kLeading - kFontSize) / 2;
  size_t column = 0;  // In characters, not bytes.
  PositionedWord* word = nullptr;
  for (char c : text) {
    if (IsContinuationByte(c)) {
      if (word != nullptr) word->text += c;
      continue;
    }
    if (c == ' ') {
      word = nullptr;
    } else {
      if (word == nullptr) {
        words->push_back(PositionedWord{"", Box{column * kCharWidth, y0, column * kCharWidth, y0 + kFontSize},
                                        kFontSize, false, -1});
        word = &words->back();
      }
      word->text += c;
      word->box.x1 = (column + 1) * kCharWidth;
    }
    ++column;
  }
  return column;
}

// The column where `text` starts; npos for a blank line.
size_t Indent(const std::string& text) { return text.find_first_not_of(' '); }

bool IsBlank(const std::string& text) { return Indent(text) == std::string::npos; }

// Where `text` has its second word after one space only; npos if not.
size_t SecondWordAfterOneSpace(const std::string& text) {
  size_t first = Indent(text);
  if (first == std::string::npos) return std::string::npos;
  size_t space = text.find(' ', first);
  if (space == std::string::npos || space + 1 >= text.size() || text[space + 1] == ' ') return std::string::npos;
  return space + 1;
}

// True when the line below `row` is indented to where the line's second
// word starts, one space after its first ("3.1 Audit the rota" over
// "    duty rota"), as a reference over the wrapped lines of its action is.
bool OverHangingIndent(const std::vector<SourceLine>& lines, size_t row) {
  if (row + 1 >= lines.size()) return false;
  size_t second = SecondWordAfterOneSpace(lines[row].text);
  return second != std::string::npos && second > 0 && Indent(lines[row + 1].text) == second;
}

// The first word of `text`, from its indent to the next space.
std::string_view FirstWord(const std::string& text) {
  size_t first = Indent(text);
  if (first == std::string::npos) return {};
  std::string_view rest = std::string_view(text).substr(first);
  return rest.substr(0, rest.find(' '));
}

// True when `word` may be a row's reference ("2", "1.4", "B3"): short,
// with a digit, and no year.
bool LooksLikeRef(std::string_view word) {
  constexpr size_t kMaxRefChars = 5, kYearDigits = 4;
  if (word.empty() || word.size() > kMaxRefChars || !std::isalnum(static_cast<unsigned char>(word[0]))) return false;
  size_t digits = 0, run = 0;
  for (unsigned char c : word) {
    if (!std::isalnum(c) && c != '.') return false;
    run = std::isdigit(c) ? run + 1 : 0;
    if (run == kYearDigits) return false;
    digits += std::isdigit(c) != 0;
  }
  return digits > 0;
}

// The indents at which the page prints a reference alone before a run of
// spaces ("1      Embed the campaign"): where its column of references is.
std::set<size_t> LoneRefIndents(const std::vector<SourceLine>& lines) {
  std::set<size_t> indents;
  for (const SourceLine& line : lines) {
    std::string_view word = FirstWord(line.text);
    size_t end = Indent(line.text) + word.size();
    if (LooksLikeRef(word) && line.text.compare(end, kColumnGap.size(), kColumnGap) == 0 &&
        line.text.find_first_not_of(' ', end) != std::string::npos) {
      indents.insert(Indent(line.text));
    }
  }
  return indents;
}

// True when a line of cells starts with a reference one space before its
// action, where the page's other references stand apart in their column:
// the converter closed the gap beside a long action ("2 Review the
// incident flowchart within existing resources   Professionals ...").
bool RunsRefIntoAction(const std::string& text, const std::set<size_t>& ref_indents) {
  return ref_indents.count(Indent(text)) > 0 && LooksLikeRef(FirstWord(text)) &&
         SecondWordAfterOneSpace(text) != std::string::npos && HasColumnGap(text);
}

// Parts a line's first word from the rest: its box loses its last
// character, or all but a sliver of its only one, so that LineBuilder sees
// a gap between cells.
void PartFirstWord(PositionedWord* word) {
  constexpr double kMinWordWidth = 1;
  word->box.x1 = std::max(word->box.x0 + kMinWordWidth, word->box.x1 - kCharWidth);
}

}  // namespace

bool MonospacePage::IsLaidOut(const std::vector<std::vector<SourceLine>>& pages) {
  size_t filled = 0, gapped = 0;
  for (const std::vector<SourceLine>& lines : pages) {
    for (const SourceLine& line : lines) {
      if (IsBlank(line.text)) continue;
      ++filled;
      gapped += HasColumnGap(line.text);
    }
  }
  return gapped >= kMinGappedLines && gapped >= kMinGappedShare * filled;
}

PageText MonospacePage::Position(const std::vector<SourceLine>& lines, int number) {
  PageText page;
  page.number = number;
  std::vector<PositionedWord> words;
  std::set<size_t> ref_indents = LoneRefIndents(lines);
  size_t widest = 0;
  for (size_t row = 0; row < lines.size(); ++row) {
    size_t first_word = words.size();
    widest = std::max(widest, AddWords(lines[row].text, static_cast<int>(row), &words));
    if (first_word + 1 >= words.size()) continue;
    // A lone letter over a hanging indent may be prose's first word ("A review of").
    bool hanging = OverHangingIndent(lines, row) && words[first_word].text.size() > 1;
    if (hanging || RunsRefIntoAction(lines[row].text, ref_indents)) PartFirstWord(&words[first_word]);
  }
  page.width = widest * kCharWidth;
  page.char_width = kCharWidth;
  page.height = lines.size() * kLeading;
  page.lines = LineBuilder::Build(std::move(words));
  // A blank line is what parts paragraphs and rows here; the pitch of the
  // lines, which LineBuilder reads, says less where most lines are apart.
  for (TextLine& line : page.lines) {
    size_t row = static_cast<size_t>(line.box.y0 / kLeading);
    if (row >= lines.size()) continue;
    line.source_line = lines[row].number;
    size_t blank = 0;
    while (row > blank && IsBlank(lines[row - blank - 1].text)) ++blank;
    line.blank_lines_before = static_cast<int>(blank);
    line.gap_before = blank > 0;
  }
  return page;
}

}  // namespace planrows
