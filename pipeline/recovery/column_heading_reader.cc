#include "pipeline/recovery/column_heading_reader.h"

#include <cctype>

#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines a wrapped column heading takes, and most words on each (a
// heading the rules know may fill a line: "How we will know it" over "worked").
constexpr size_t kMaxHeadingLines = 4;
constexpr int kMaxHeadingLineWords = 5;
// Most words of a heading known only by its words ("Lead person / agency"),
// and of one that asks ("What difference will it make?").
constexpr int kMaxWordsHeadingWords = 4;
constexpr int kMaxQuestionHeadingWords = 8;
// Most words of an aside in brackets on a heading's last line ("(RAG)", "(end of Q2)").
constexpr int kMaxAsideWords = 3;

// True when `text` reads as a cell's lines, not a heading, whatever words
// it holds: it parts names with a semicolon ("Bethany Okafor; Performance"
// over "Group"), or ends on a dash before what follows it ("All partner"
// over "agencies –", a lead before its date).
bool ReadsAsCell(const std::string& text) {
  const std::string plain = CellText::ForPatterns(text);  // Typographic dashes made "-".
  return plain.find(';') != std::string::npos || (!plain.empty() && plain.back() == '-');
}

// True when columns named `a` and `b` hold the same cells: one column, or
// a lead-and-date column and a column of leads or of dates.
bool SharesCells(const ColumnName& a, const ColumnName& b) {
  if (a.column == b.column) return a.extra_key == b.extra_key;
  auto within = [](Column part, Column whole) { return whole == Column::kLeadTimeframe && HoldsLeadOrDate(part); };
  return within(a.column, b.column) || within(b.column, a.column);
}

// The line past the last that a heading starting at `lines[at]` may take:
// kMaxHeadingLines of words, a line of a separator alone ("Person" over
// "/" over "agency") not counted, or more of a word each, as a narrow
// column wraps a question ("What" over "will" over "success" over "look"
// over "like?"), up to kMaxQuestionHeadingWords.
size_t HeadingLinesEnd(const std::vector<PlanLine>& lines, size_t at) {
  size_t end = at;
  bool word_a_line = true;
  for (size_t worded = 0; end < lines.size(); ++end) {
    bool room = worded < kMaxHeadingLines || (word_a_line && worded < kMaxQuestionHeadingWords);
    if (!room) break;
    if (CellText::IsNoise(lines[end].text)) continue;
    ++worded;
    word_a_line = word_a_line && CellText::WordCount(lines[end].text) == 1;
  }
  return end;
}

}  // namespace

bool ColumnHeadingReader::IsHeadingLine(const PlanLine& line, const PlanLine& first) const {
  // A separator alone on its line ("Person" over "/" over "agency") fills
  // no cell, yet goes on with the heading.
  if (&line != &first && line.FilledCells() == 0 && CellText::StartsMidPhrase(line.text)) {
    return line.page == first.page && line.page->cells_by_index && line.line->heading_level == 0;
  }
  return !TextTableEnd::IsPast(line) && line.page == first.page && !line.text.empty() &&
         CellText::WordCount(line.text) <= kMaxHeadingLineWords &&
         rules_.patterns.BulletLength(line.cells[line.FirstFilled()]) == 0;
}

bool ColumnHeadingReader::GoesOnHeading(const PlanLine& line, const PlanLine& first) const {
  if (!IsHeadingLine(line, first)) return false;
  if (CellText::StartsMidPhrase(line.text)) return true;
  // A short aside in brackets qualifies the heading ("Update" over "(Q2)", "Status" over "(RAG)").
  const std::string& text = line.text;
  if (text.front() == '(' && text.back() == ')' && CellText::WordCount(text) <= kMaxAsideWords) return true;
  // A status in lower case is a cell's ("approx. 45%" under "Current status (RAG)").
  CellKind kind = classifier_.Classify(line.text);
  return std::islower(static_cast<unsigned char>(line.text[0])) && kind != CellKind::kRef && kind != CellKind::kStatus;
}

std::string ColumnHeadingReader::Read(const std::vector<PlanLine>& lines, size_t at, const std::string* expected,
                                     const std::vector<std::string>& seen, size_t* end) const {
  std::string heading = ReadFrom(lines, at, expected, seen, end);
  if (!heading.empty() || expected != nullptr || at + 1 >= lines.size()) return heading;
  // A heading wrapped after a joining word ("Outputs and" over "evidence of impact") is read from its
  // first line: the heading that the next line starts goes on from it in lower case, as no heading starts.
  const PlanLine& first = lines[at];
  if (!IsHeadingLine(first, first) || !std::isupper(static_cast<unsigned char>(first.text[0])) ||
      !CellText::EndsMidPhrase(first.text) || !IsHeadingLine(lines[at + 1], first)) {
    return "";
  }
  size_t tail_end = at + 1;
  std::string tail = ReadFrom(lines, at + 1, nullptr, seen, &tail_end);
  if (tail.empty() || !CellText::StartsLower(tail)) return "";
  *end = tail_end;
  return rules_.headers.JoinHeadingLine(first.text, tail);
}

std::string ColumnHeadingReader::ReadFrom(const std::vector<PlanLine>& lines, size_t at, const std::string* expected,
                                         const std::vector<std::string>& seen, size_t* end) const {
  std::string text, found;
  const size_t last = HeadingLinesEnd(lines, at);
  for (size_t k = at; k < last && IsHeadingLine(lines[k], lines[at]); ++k) {
    text = rules_.headers.JoinHeadingLine(text, lines[k].text);
    // Past a name, a line in capitals starts a cell unless it completes a
    // longer name ("Lead &" / "Completion Date", not "How will we know?" /
    // "Dip sample of cases").
    bool goes_on = found.empty() || GoesOnHeading(lines[k], lines[at]) ||
                   rules_.headers.IsFullName(text);
    bool named = expected != nullptr ? CellText::FoldForMatch(text) == CellText::FoldForMatch(*expected)
                                     : goes_on && rules_.headers.Match(text).has_value();
    if (named) {
      found = text;
      *end = k + 1;
    }
  }
  if (expected != nullptr) return found;
  if (found.empty()) return ReadByWords(lines, at, seen, end);
  // A name's heading may go on in lower case ("Status" over "update") or past a separator.
  while (*end < last && GoesOnHeading(lines[*end], lines[at])) {
    found = rules_.headers.JoinHeadingLine(found, lines[(*end)++].text);
  }
  return found;
}

std::string ColumnHeadingReader::ReadByWords(const std::vector<PlanLine>& lines, size_t at,
                                             const std::vector<std::string>& seen, size_t* end) const {
  // The heading goes on over lines that start in lower case ("Who is" over
  // "accountable?"); a cell's first line after it starts a sentence.
  if (!IsHeadingLine(lines[at], lines[at]) ||
      !std::isupper(static_cast<unsigned char>(lines[at].text[0]))) {
    return "";
  }
  std::string text = lines[at].text;
  size_t k = at + 1;
  for (const size_t last = HeadingLinesEnd(lines, at); k < last && GoesOnHeading(lines[k], lines[at]); ++k) {
    text = rules_.headers.JoinHeadingLine(text, lines[k].text);
  }
  // Words that go on in lower case past where a heading may go are a sentence's: a cell's first line
  // ("Develop multi-agency neglect training" over "with schools and early years settings").
  if (k < lines.size() && lines[k].page == lines[at].page && CellText::StartsLower(lines[k].text)) return "";
  // Longer, it is a heading only as a question or a label ("What
  // difference will it make?"), not as a line of prose ("Progress will be
  // checked at each").
  std::optional<ColumnName> column = rules_.headers.MatchWords(text);
  bool asks = text.back() == '?' || text.back() == ':';
  if (!column || CellText::WordCount(text) > (asks ? kMaxQuestionHeadingWords : kMaxWordsHeadingWords)) return "";
  if (ReadsAsCell(text)) return "";
  // A line of a cell that happens to hold a heading word ("Designated
  // officer") would name a column the page has already had: a lead's line
  // under "Who / when" too, whose column holds the leads.
  for (const std::string& heading : seen) {
    std::optional<ColumnName> named = rules_.headers.MatchWords(heading);
    if (named && SharesCells(*named, *column)) return "";
  }
  // A body's name right under the leads' heading is a lead ("Performance Group" under "Responsible
  // officer(s) and partners"): a heading names what its column holds, not a body that holds it.
  std::optional<ColumnName> above = seen.empty() ? std::nullopt : rules_.headers.MatchWords(seen.back());
  std::vector<std::string> words = CellText::Words(text);
  bool under_leads = above && (above->column == Column::kLead || above->column == Column::kLeadTimeframe);
  if (under_leads && rules_.leads.vocabulary().IsGroupEnding(words.back())) return "";
  *end = k;
  return text;
}

}  // namespace planrows
