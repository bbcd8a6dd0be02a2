// WrappedHeaderReader's rules of the rows under a header: how many cells
// a row holds, whether rows are numbered, where a row starts, where a
// section heading's title ends, and which name a date over its words starts.
#include <map>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/recovery/wrapped_header_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// How many lines under a header tell how many cells its rows hold, and
// the fewest rows that must agree on it.
constexpr size_t kRowWidthLookahead = 80;
constexpr int kMinAgreeingRows = 2;
// How many lines after a section heading inside a table a reference must
// come for the table to go on under it.
constexpr size_t kSectionLookahead = 4;
// Most lines the title of a section heading whose own line holds none
// ("Objective C -") wraps onto: a theme merged down a narrow first column
// may take a word or two a line ("Private", "fostering and", "hidden",
// "children"). A heading with its title wraps onto kSectionLookahead lines
// at most, as short lines after it are more often cells.
constexpr size_t kMaxTitleLines = 8;

}  // namespace

size_t WrappedHeaderReader::CellsPerRow(const std::vector<PlanLine>& lines, size_t at, bool numbered,
                                        bool blanks_before_refs) const {
  std::map<size_t, int> widths;  // Cells per row -> rows.
  size_t cells = 0;
  bool in_row = false;
  for (size_t k = at + 1; k < lines.size() && k <= at + kRowWidthLookahead; ++k) {
    const PlanLine& line = lines[k];
    if (line.page != lines[at].page || TextTableEnd::IsPast(line)) break;
    // In numbered rows a bare number, which may look like a page's, starts a row.
    bool numbers_row = numbered && StartsRow(lines, k, true) && CellFit::IsBareNumber(line.text);
    if (TextTableEnd::IsFurniture(line, rules_.patterns) && !numbers_row) continue;
    // A section's heading set apart by a blank line ends the row above it,
    // whose cells are those up to that blank line (a theme's cell right above
    // its row's reference counts as a cell).
    if (line.line->blank_lines_before > 0 && TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      if (in_row) ++widths[cells + line.line->blank_lines_before - 1];
      in_row = false;
      continue;
    }
    // A quarter looks like a reference ("Q3 2017/18"), but a date is a cell;
    // a reference may follow the bullet of its cell's first item ("- ab2 Map ...").
    if ((numbers_row || StartsRow(lines, k, false)) && !rules_.timeframes.IsTimeframe(line.text)) {
      if (in_row) ++widths[cells + (blanks_before_refs ? line.line->blank_lines_before : 0)];
      in_row = true;
      cells = 1;
      continue;
    }
    cells += 1 + line.line->blank_lines_before;
  }
  if (widths.empty()) return 0;
  auto most = std::max_element(widths.begin(), widths.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  int rows = 0;
  for (const auto& width : widths) rows += width.second;
  return most->second >= kMinAgreeingRows && most->second * 3 >= rows * 2 ? most->first : 0;
}

bool WrappedHeaderReader::NumbersRows(const std::vector<PlanLine>& lines, size_t at) const {
  // A theme merged down a first column is written once, on the line above its first row's number.
  if (!RefFollows(lines, at, {}, true) &&
      !(IsThemeTitle(lines, at + 1) && RefFollows(lines, TitleEnd(lines, at + 1, true), {}, true))) {
    return false;
  }
  int last = 0;
  bool counts_on = false;
  for (size_t k = at + 1; k < lines.size() && k <= at + kRowWidthLookahead; ++k) {
    if (TextTableEnd::IsPast(lines[k])) break;
    if (!StartsRow(lines, k, true)) continue;
    // A row that starts with a reference of another kind is no numbered one.
    int number = RowNumber(lines[k].text);
    if (number < 0) return false;
    if (number != last + 1 && number != 1) return false;
    counts_on = counts_on || number > 1;
    last = number;
  }
  return counts_on;
}

const TextLine* WrappedHeaderReader::LineBelow(const PlanLine& line) {
  const std::vector<TextLine>& page_lines = line.page->lines;
  const TextLine* below = line.line + 1;
  return page_lines.empty() || below > &page_lines.back() ? nullptr : below;
}

bool WrappedHeaderReader::NamesWithLineBelow(const PlanLine& line) const {
  const TextLine* below = LineBelow(line);
  if (below == nullptr || below->gap_before) return false;
  std::string next = CellText::Clean(below->Text());
  return CellText::StartsLower(next) && rules_.headers.Match(line.text + " " + next);
}

bool WrappedHeaderReader::StartsCutRef(const PlanLine& line) const {
  const TextLine* below = LineBelow(line);
  return below != nullptr && !classifier_.JoinCutRef(line.text, below->Text()).empty();
}

bool WrappedHeaderReader::IsThemeTitle(const std::vector<PlanLine>& lines, size_t at) const {
  if (at == 0 || at >= lines.size() || lines[at].page != lines[at - 1].page) return false;
  const std::string& text = lines[at].text;
  return CellText::WordCount(text) <= static_cast<int>(kMaxThemeWords) && !CellText::EndsSentence(text) &&
         !StartsRow(lines, at, true) && !rules_.timeframes.IsTimeframe(text);
}

bool WrappedHeaderReader::ThemeThenRow(const std::vector<PlanLine>& lines, size_t at) const {
  if (!IsThemeTitle(lines, at + 1)) return false;
  size_t row = TitleEnd(lines, at + 1) + 1;
  return row < lines.size() && StartsRow(lines, row, false);
}

bool WrappedHeaderReader::StartsRow(const std::vector<PlanLine>& lines, size_t at, bool numbered) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lines[at].text);
  // A column's name that starts as a reference does ("Q3 position") starts no row.
  if (rules_.headers.Match(lines[at].text)) return false;
  // Nor does a date that starts as one ("Q4 2022/23").
  if (rules_.timeframes.IsTimeframe(lines[at].text)) return false;
  if (classifier_.RefWordsAtStart(words) > 0) return true;
  // So does a reference that a narrow column cut after its capitals ("WF" over "1").
  if (StartsCutRef(lines[at])) return true;
  // The bullet of an action cell's first item may stand before the row's
  // reference ("- PF 1. Review ..."), a capital after it, unlike a page number's ("- 3 -").
  const std::string& text = lines[at].text;
  if (size_t bullet = rules_.patterns.BulletLength(text); bullet > 0) {
    std::vector<std::string> after = SpacedHeaderSplitter::WordsOf(text.substr(bullet));
    size_t ref_words = classifier_.RefWordsAtStart(after);
    if (ref_words > 0 && ref_words < after.size() && std::isupper(static_cast<unsigned char>(after[ref_words][0]))) {
      return true;
    }
  }
  // A page number closes its page, as pdftotext writes a page's footer
  // last; a row may start a page, or end one, its cells on the next.
  bool page_end = at + 1 == lines.size() || lines[at + 1].page != lines[at].page;
  int number = RowNumber(text);
  return numbered && number >= 0 && !(page_end && number == lines[at].page->number);
}

int WrappedHeaderReader::RowNumber(const std::string& text) {
  std::vector<std::string> words = CellText::Words(text);
  if (words.empty() || !CellFit::IsBareNumber(words[0])) return -1;
  // A number with its dot before a title numbers a section ("2. Safer streets").
  bool section = words[0].back() == '.';
  if (words.size() > 1 && (section || !std::isupper(static_cast<unsigned char>(words[1][0])))) return -1;
  return std::atoi(words[0].c_str());
}

bool WrappedHeaderReader::RefBlockFollows(const std::vector<PlanLine>& lines, size_t at) const {
  size_t k = at + 1;
  while (k < lines.size() && k <= at + kSectionLookahead && TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) {
    ++k;
  }
  int refs = 0;
  for (; k < lines.size() && lines[k].page == lines[at].page; ++k, ++refs) {
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lines[k].text);
    if (words.empty() || classifier_.RefWordsAtStart(words) != words.size()) break;
  }
  return refs >= kMinAgreeingRows;
}

bool WrappedHeaderReader::RefFollows(const std::vector<PlanLine>& lines, size_t at,
                                   const std::vector<std::string>& headings, bool numbered) const {
  size_t looked = 0;
  for (size_t k = at + 1; k < lines.size() && looked < kSectionLookahead; ++k) {
    // The header repeated under a section heading, wrapped as it may be,
    // stands between it and its rows.
    if (IsHeadingPart(lines[k].text, headings)) continue;
    ++looked;
    if (StartsRow(lines, k, numbered)) return true;
    if (!TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) return false;
    k = TitleEnd(lines, k, numbered);
  }
  return false;
}

size_t WrappedHeaderReader::TitleEnd(const std::vector<PlanLine>& lines, size_t at, bool numbered) const {
  std::optional<SectionHeading> heading = rules_.patterns.MatchSection(lines[at].text);
  const bool untitled = heading && heading->title.empty();
  const size_t reach = untitled ? kMaxTitleLines : kSectionLookahead;
  for (size_t k = at + 1; k < lines.size() && k <= at + reach; ++k) {
    if (StartsRow(lines, k, numbered)) return k - 1;
    // A title wraps onto short lines, or onto any that go on in lower case;
    // a heading that holds none of its own ("Strategic Theme One") has it on
    // the next line ("- Children who are out" over "of sight").
    const int words = CellText::WordCount(lines[k].text);
    bool wraps = words <= static_cast<int>(kMaxLineWords) || CellText::StartsLower(lines[k].text) ||
                 (k == at + 1 && untitled && words <= static_cast<int>(kMaxThemeWords));
    if (lines[k].page != lines[at].page || !wraps || TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) {
      break;
    }
  }
  return at;
}

}  // namespace planrows
