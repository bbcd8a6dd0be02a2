// LinePerCellReader's header written a name a paragraph (as pdftotext
// writes a header of cells set apart), and the references of the rows
// under it.
#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "pipeline/recovery/wrapped_header_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// A header of a name a paragraph: fewest and most names, most lines and
// words of one name.
constexpr size_t kMinParagraphNames = 3;
constexpr size_t kMaxParagraphNames = 12;
constexpr size_t kMaxParagraphNameLines = 4;
constexpr int kMaxParagraphNameWords = 8;

// Fewest paragraphs of a reference alone on a header's page that show its
// rows start with references, however many cells pdftotext wrote first.
constexpr size_t kMinRefParagraphs = 2;

// The lines under a header that show whether its cells are set apart as
// paragraphs, and the most lines a paragraph of them has on average then.
constexpr size_t kCellLinesLooked = 12;
constexpr size_t kMaxLinesPerCellParagraph = 3;

// The end of the paragraph that starts at `lines[at]`: its next line set
// apart by a blank line or on another page; `*words` is set to its words.
size_t ParagraphEnd(const std::vector<PlanLine>& lines, size_t at, int* words) {
  *words = CellText::WordCount(lines[at].text);
  size_t end = at + 1;
  for (; end < lines.size() && !lines[end].line->gap_before && lines[end].page == lines[at].page; ++end) {
    *words += CellText::WordCount(lines[end].text);
  }
  return end;
}

// The words of the paragraph that ends right above `lines[at]` on its page; 0 atop a page.
int ParagraphWordsAbove(const std::vector<PlanLine>& lines, size_t at) {
  int words = 0;
  for (size_t k = at; k-- > 0 && lines[k].page == lines[at].page;) {
    words += CellText::WordCount(lines[k].text);
    if (lines[k].line->gap_before) break;
  }
  return words;
}

// True when the lines from `lines[at]` on its page come in paragraphs of a
// cell's few lines, as pdftotext sets a table's cells apart.
bool CellsSetApart(const std::vector<PlanLine>& lines, size_t at) {
  size_t looked = 0, paragraphs = 0;
  for (size_t k = at; k < lines.size() && looked < kCellLinesLooked && lines[k].page == lines[at].page; ++k) {
    ++looked;
    paragraphs += k == at || lines[k].line->gap_before;
  }
  return looked > 0 && looked <= paragraphs * kMaxLinesPerCellParagraph;
}

// True when the paragraph of `lines[from, to)` is all a date, wrapped or
// not ("By end of" over "Q2"): a first row's cell that pdftotext wrote
// among a header's names, as no column is named by a date.
bool IsDateParagraph(const TimeframeFinder& timeframes, const std::vector<PlanLine>& lines, size_t from, size_t to) {
  std::string text;
  for (size_t k = from; k < to; ++k) CellText::AppendWrapped(lines[k].text, &text);
  return timeframes.IsTimeframe(text);
}

}  // namespace

std::vector<std::string> LinePerCellReader::KnownNamesOf(const std::string& text) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(text);
  std::vector<std::string> names;
  // Each name the longest run of words from the end of the one before that a rule knows in full; a
  // heading starts with a capital, where a word in lower case goes on with the one before ("Led by / when").
  for (size_t begin = 0; begin < words.size();) {
    if (!std::isupper(static_cast<unsigned char>(words[begin][0]))) return {};
    std::string name, longest;
    size_t longest_end = begin;
    for (size_t end = begin; end < words.size(); ++end) {
      name += (end > begin ? " " : "") + words[end];
      if (rules_.headers.Match(name) && rules_.headers.IsFullName(name)) {
        longest = name;
        longest_end = end + 1;
      }
    }
    if (longest.empty()) return {};
    names.push_back(std::move(longest));
    begin = longest_end;
  }
  if (names.size() < 2) return {};
  return names;
}

std::vector<std::string> LinePerCellReader::ReadParagraphNames(const std::vector<PlanLine>& lines, size_t at,
                                                               bool past_cells, size_t* end) const {
  std::vector<std::string> names;
  size_t k = at, names_past_cells = 0;
  // pdftotext may write the first row's tall cells (paragraphs of more words
  // than a name has, and no reference: a paragraph of several rows holds
  // theirs) among the header's later names: past such a cell, a paragraph
  // is a name only when it names a new column, and the body starts at the
  // first cell (its names among the cells are dropped as a repeated
  // header's are). Names under a cell are a header read from its middle.
  size_t first_cell = 0, cells = 0;
  bool cell_above = at > 0 && lines[at].line->gap_before && ParagraphWordsAbove(lines, at) > kMaxParagraphNameWords;
  while (k < lines.size() && names.size() < kMaxParagraphNames && (k == at || lines[k].line->gap_before)) {
    int paragraph_words = 0;
    size_t paragraph_end = ParagraphEnd(lines, k, &paragraph_words);
    bool may_skip = past_cells && !cell_above && names.size() >= 2 && cells < kMaxCellsBeforeFirstRef &&
                    lines[k].page == lines[at].page;
    if (may_skip && paragraph_words > kMaxParagraphNameWords && !HoldsRefLine(lines, k, paragraph_end)) {
      if (cells++ == 0) first_cell = k;
      k = paragraph_end;
      continue;
    }
    // A column's name starts with a capital: a paragraph in lower case is a
    // cell's, as pdftotext may write a row's cells among a header's names; so is a date.
    if ((k != at && !header_reader_.MayNameColumns(lines[at], lines[k])) || CellText::StartsLower(lines[k].text) ||
        (k != at && IsDateParagraph(rules_.timeframes, lines, k, paragraph_end))) {
      break;
    }
    std::string name = lines[k].text;
    size_t next = k + 1;
    while (next < lines.size() && !lines[next].line->gap_before && next - k < kMaxParagraphNameLines &&
           header_reader_.ContinuesHeader(lines[at], lines[next]) &&
           static_cast<size_t>(CellText::WordCount(lines[next].text)) <= WrappedHeaderReader::kMaxLineWords) {
      name += " " + lines[next++].text;
    }
    if (CellText::WordCount(name) > kMaxParagraphNameWords) break;
    if (cells > 0 && !NamesNewColumn(names, name)) break;
    names_past_cells += cells > 0;
    // pdftotext writes headings that share a baseline on one line ("Code Planned work"), under a heading
    // over some of them ("Ownership" over "Sponsor"), which names no column of its own; set apart from the
    // paragraph under it, as the other names are (a spaced header runs into its cells).
    bool set_apart = next < lines.size() && lines[next].line->gap_before;
    std::vector<std::string> parts;
    if (set_apart) parts = KnownNamesOf(lines[next - 1].text);
    if (parts.empty()) parts.push_back(std::move(name));
    std::move(parts.begin(), parts.end(), std::back_inserter(names));
    k = next;
  }
  if (cells > 0 && names_past_cells == 0) return {};
  *end = cells > 0 ? first_cell : k;
  return names;
}

std::vector<std::string> LinePerCellReader::ReadParagraphHeader(const std::vector<PlanLine>& lines, size_t at,
                                                                size_t* end) const {
  // A line in lower case goes on with a heading above ("measure" over "impact").
  if (!std::isupper(static_cast<unsigned char>(lines[at].text[0]))) return {};
  size_t k = at;
  std::vector<std::string> names = ReadParagraphNames(lines, at, true, &k);
  if (names.empty()) names = ReadParagraphNames(lines, at, false, &k);
  // Each name a paragraph of its own, all of them known by their names or
  // their words; or, with rows that start with references under them, the
  // first of them and perhaps others ("Deliverables" is a name no rule
  // knows; a title above the header is no name).
  if (names.size() < kMinParagraphNames) return {};
  // Names all on one line head paragraphs only over cells set apart: a
  // converter may set a blank line under a header of a line, its rows' cells
  // then a line each.
  if (k == at + 1 && !CellsSetApart(lines, k)) return {};
  bool known = rules_.headers.NameAll(names) && splitter_.IsHeader(names);
  std::optional<ColumnName> first = rules_.headers.MatchWords(names.front());
  const bool numbered = NamesRefFirst(names);
  bool borne_out = first && (header_reader_.RefFollows(lines, k - 1, {}, numbered) ||
                             (NamesRowKey(*first) && RowStartsSoonAfter(lines, k - 1, names.size() - 1, numbered)));
  if (!known && !borne_out) return {};
  *end = k;
  MoveNamesBeforeRowKeyLast(&names);
  return names;
}

void LinePerCellReader::MoveNamesBeforeRowKeyLast(std::vector<std::string>* names) const {
  // A table's rows start at their key: pdftotext writes first the headings
  // taller than the others (wrapped over more lines, or set higher by
  // vertical centring), a date's or progress's over the last columns, or
  // all those right of the action's when they wrap deeper ("Responsible
  // officer(s) and partners", "Target date / milestone" before "Ref."), and
  // the rows' cells follow the columns' order, not the header's. The known
  // names up to the first row key's go last.
  size_t key = 0;
  for (; key < names->size(); ++key) {
    std::optional<ColumnName> name = rules_.headers.MatchWords((*names)[key]);
    if (!name) return;
    if (NamesRowKey(*name)) break;
  }
  if (key == 0 || key == names->size()) return;
  std::rotate(names->begin(), names->begin() + static_cast<std::ptrdiff_t>(key), names->end());
}

bool LinePerCellReader::HoldsRefLine(const std::vector<PlanLine>& lines, size_t from, size_t to) const {
  return std::any_of(lines.begin() + from, lines.begin() + to, [&](const PlanLine& line) {
    return classifier_.RefWordsAtStart(SpacedHeaderSplitter::WordsOf(line.text)) > 0;
  });
}

bool LinePerCellReader::NamesNewColumn(const std::vector<std::string>& names, const std::string& name) const {
  std::optional<ColumnName> column = rules_.headers.MatchWords(name);
  return column && std::none_of(names.begin(), names.end(), [&](const std::string& other) {
           std::optional<ColumnName> seen = rules_.headers.MatchWords(other);
           return seen && seen->column == column->column && seen->extra_key == column->extra_key;
         });
}

bool LinePerCellReader::RefParagraphsOnPage(const std::vector<PlanLine>& lines, size_t at) const {
  size_t refs = 0;
  for (size_t k = at + 1; k < lines.size() && lines[k].page == lines[at].page; ++k) {
    if (lines[k].line->gap_before && classifier_.IsLineRef(lines[k].text) && ++refs >= kMinRefParagraphs) return true;
  }
  return false;
}

}  // namespace planrows
