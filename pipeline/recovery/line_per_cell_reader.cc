#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines a wrapped header takes, and most words on each line after its first.
constexpr size_t kMaxHeaderLines = 12;
constexpr size_t kMaxHeaderLineWords = 4;
// A header of a name a paragraph: fewest and most names, most lines and
// words of one name.
constexpr size_t kMinParagraphNames = 3;
constexpr size_t kMaxParagraphNames = 12;
constexpr size_t kMaxParagraphNameLines = 4;
constexpr int kMaxParagraphNameWords = 8;

// Most words of a date's start left at the end of the line above its year.
constexpr size_t kMaxCutDateWords = 2;
// Most words of a date inside a line.
constexpr size_t kMaxDateWords = 6;
// Fewest words of a lead run onto the end of a line of prose, unless its
// last word ends a post's or body's name ("Police").
constexpr int kMinLeadAtEndWords = 2;
// How many lines after a section heading inside a table a reference must
// come for the table to go on under it.
constexpr size_t kSectionLookahead = 4;
// How many lines under a header tell how many cells its rows hold, and
// the fewest rows that must agree on it.
constexpr size_t kRowWidthLookahead = 80;
constexpr int kMinAgreeingRows = 2;

bool IsTextLine(const PlanLine& line) { return line.page->cells_by_index && line.IsSingleCell(); }

bool EndsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

LinePerCellReader::LinePerCellReader(const RecoveryRules& rules)
    : rules_(rules), splitter_(rules.headers), cell_fit_(rules), classifier_(rules) {}

bool LinePerCellReader::ContinuesHeader(const PlanLine& first, const PlanLine& line) const {
  return !line.line->gap_before && MayNameColumns(first, line);
}

bool LinePerCellReader::MayNameColumns(const PlanLine& first, const PlanLine& line) const {
  if (!IsTextLine(line) || line.page != first.page) return false;
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(line.text);
  // A reference, a date or a section heading comes after the header.
  if (std::isdigit(static_cast<unsigned char>(line.text[0])) || classifier_.IsLineRef(words[0]) ||
      rules_.timeframes.IsTimeframe(line.text) || TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
    return false;
  }
  // A heading's next line is short ("agency" under "Lead"), or goes on in
  // lower case with the next names after it ("no What we want ...").
  return words.size() <= kMaxHeaderLineWords || std::islower(static_cast<unsigned char>(line.text[0]));
}

std::vector<std::string> LinePerCellReader::ReadHeader(const std::vector<PlanLine>& lines, size_t at,
                                                       size_t* end) const {
  // A first line that is one name, not going on in lower case, is a header
  // flattened to a name a line, which TableReader reads.
  bool wraps = at + 1 < lines.size() && std::islower(static_cast<unsigned char>(lines[at + 1].text[0]));
  if (rules_.headers.Match(lines[at].text) && !wraps && !NamesShareLine(lines, at)) return {};
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lines[at].text), best_words = words;
  std::vector<std::string> best;
  *end = at + 1;
  for (size_t k = at; k < lines.size() && k < at + kMaxHeaderLines; ++k) {
    if (k > at) {
      if (!ContinuesHeader(lines[at], lines[k])) break;
      for (std::string& word : SpacedHeaderSplitter::WordsOf(lines[k].text)) words.push_back(std::move(word));
    }
    std::vector<std::string> names = splitter_.SplitWords(words);
    if (!names.empty()) {
      best = std::move(names);
      best_words = words;
      *end = k + 1;
    }
  }
  // The rows under the header tell how many columns it has: names no
  // rule knows, which the names cannot split, start with capitals.
  size_t columns = CellsPerRow(lines, *end - 1);
  if (columns > 0 && best.size() != columns) {
    std::vector<std::string> names = splitter_.SplitAtCapitals(best_words, columns);
    if (!names.empty()) return names;
  }
  if (!best.empty()) PlaceGroupedNames(lines[*end - 1], &best);
  return best;
}

bool LinePerCellReader::NamesShareLine(const std::vector<PlanLine>& lines, size_t at) const {
  for (size_t k = at + 1; k < lines.size() && k < at + kMaxHeaderLines && ContinuesHeader(lines[at], lines[k]); ++k) {
    if (rules_.headers.Match(lines[k].text)) continue;
    // The line cut between two words into two known names ("Who Due").
    const std::string& text = lines[k].text;
    for (size_t cut = text.find(' '); cut != std::string::npos; cut = text.find(' ', cut + 1)) {
      if (rules_.headers.Match(text.substr(0, cut)) && rules_.headers.Match(text.substr(cut + 1))) return true;
    }
  }
  return false;
}

size_t LinePerCellReader::CellsPerRow(const std::vector<PlanLine>& lines, size_t at) const {
  std::map<size_t, int> widths;  // Cells per row -> rows.
  size_t cells = 0;
  bool in_row = false;
  for (size_t k = at + 1; k < lines.size() && k <= at + kRowWidthLookahead; ++k) {
    const PlanLine& line = lines[k];
    if (line.page != lines[at].page || TextTableEnd::IsPast(line)) break;
    if (TextTableEnd::IsFurniture(line, rules_.patterns)) continue;
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(line.text);
    if (!words.empty() && classifier_.IsLineRef(words[0])) {
      if (in_row) ++widths[cells];
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

void LinePerCellReader::PlaceGroupedNames(const PlanLine& last_line, std::vector<std::string>* names) const {
  // A converter writes a two-level header row by row: the merged cell
  // ("Plan") among the first row's names, the names under it last. Such a
  // group names no column; the last line's names stand in its place (GroupOver).
  // How many of the names the last line holds, the first of them perhaps
  // begun on the line above ("Desired" over "outcome Key tasks").
  size_t count = 0;
  std::string last = " ", tail;
  last.append(CellText::FoldForMatch(last_line.text));
  for (size_t n = 1; n < names->size() && count == 0; ++n) {
    std::string longer = " ";
    longer.append(CellText::FoldForMatch((*names)[names->size() - n])).append(tail);
    if (tail.size() < last.size() && EndsWith(longer, last)) count = n;
    tail = std::move(longer);
  }
  if (count < 2) return;
  std::vector<std::string> first(names->begin(), names->end() - count), second(names->end() - count, names->end());
  std::optional<size_t> group = GroupOver(first, second);
  if (!group) return;
  std::vector<std::string> placed(first.begin(), first.begin() + *group);
  placed.insert(placed.end(), second.begin(), second.end());
  placed.insert(placed.end(), first.begin() + *group + 1, first.end());
  *names = std::move(placed);
}

std::optional<size_t> LinePerCellReader::GroupOver(const std::vector<std::string>& first,
                                                   const std::vector<std::string>& second) const {
  std::vector<std::optional<Column>> over = CellGrouper::ColumnsOf(first, rules_.headers);
  std::vector<std::optional<Column>> under = CellGrouper::ColumnsOf(second, rules_.headers);
  auto has = [](const std::vector<std::optional<Column>>& columns, Column column) {
    return std::find(columns.begin(), columns.end(), column) != columns.end();
  };
  // A name of a lead and a date over a lead and a date ("Who and when" over
  // "Sponsor Timeline") is theirs, whatever else no rule knows.
  auto joint = std::find(over.begin(), over.end(), Column::kLeadTimeframe);
  if (joint != over.end() && has(under, Column::kLead) && has(under, Column::kTimeframe)) return joint - over.begin();
  std::vector<size_t> unknown;
  for (size_t i = 0; i < first.size(); ++i) {
    if (!rules_.headers.MatchWords(first[i])) unknown.push_back(i);
  }
  if (unknown.size() != 1) return std::nullopt;
  return unknown[0];
}

std::vector<std::string> LinePerCellReader::ReadParagraphHeader(const std::vector<PlanLine>& lines, size_t at,
                                                                size_t* end) const {
  // A line in lower case goes on with a heading above ("measure" over "impact").
  if (!std::isupper(static_cast<unsigned char>(lines[at].text[0]))) return {};
  std::vector<std::string> names;
  size_t k = at;
  while (k < lines.size() && names.size() < kMaxParagraphNames && (k == at || lines[k].line->gap_before) &&
         (k == at || MayNameColumns(lines[at], lines[k]))) {
    std::string name = lines[k].text;
    size_t next = k + 1;
    while (next < lines.size() && !lines[next].line->gap_before && next - k < kMaxParagraphNameLines &&
           ContinuesHeader(lines[at], lines[next]) &&
           static_cast<size_t>(CellText::WordCount(lines[next].text)) <= kMaxHeaderLineWords) {
      name += " " + lines[next++].text;
    }
    if (CellText::WordCount(name) > kMaxParagraphNameWords) break;
    names.push_back(std::move(name));
    k = next;
  }
  // Each name a paragraph of its own, all of them known by their names or
  // their words; or, with rows that start with references under them, the
  // first of them and perhaps others ("Deliverables" is a name no rule
  // knows; a title above the header is no name).
  if (names.size() < kMinParagraphNames) return {};
  bool known = rules_.headers.NameAll(names) && splitter_.IsHeader(names);
  bool borne_out = rules_.headers.MatchWords(names.front()) && RefFollows(lines, k - 1, {}, NamesRefFirst(names));
  if (!known && !borne_out) return {};
  *end = k;
  return names;
}

bool LinePerCellReader::JoinCutDate(const PlanLine& line, Piece* above, std::string* date) const {
  if (!rules_.timeframes.IsTimeframe(line.text) || rules_.timeframes.IsTimeframe(above->text)) return false;
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(above->text);
  for (size_t cut = 1; cut <= kMaxCutDateWords && cut < words.size(); ++cut) {
    std::string head, tail;
    for (size_t k = 0; k < words.size(); ++k) (k + cut < words.size() ? head : tail) += words[k] + " ";
    if (!rules_.timeframes.IsTimeframe(tail + line.text)) continue;
    above->text = CellText::Clean(head);
    *date = CellText::Clean(tail + line.text);
    return true;
  }
  return false;
}

std::vector<std::string> LinePerCellReader::SplitAtDate(const std::string& text) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(text);
  auto joined = [&](size_t begin, size_t end) {
    std::string out;
    for (size_t k = begin; k < end; ++k) out += (out.empty() ? "" : " ") + words[k];
    return out;
  };
  for (size_t begin = 0; begin < words.size(); ++begin) {
    unsigned char head = static_cast<unsigned char>(words[begin][0]);
    if (!std::isupper(head) && !std::isdigit(head)) continue;
    size_t end = 0;
    for (size_t k = begin + 1; k <= words.size() && k - begin <= kMaxDateWords; ++k) {
      if (rules_.timeframes.IsTimeframe(joined(begin, k))) end = k;
    }
    if (end == 0) continue;
    if (begin == 0 && end == words.size()) break;
    std::vector<std::string> parts;
    if (begin > 0) parts.push_back(joined(0, begin));
    parts.push_back(joined(begin, end));
    // A status word printed right after the date is a cell of its own.
    if (end + 1 < words.size() && rules_.patterns.IsStatusCell(words[end])) parts.push_back(words[end++]);
    if (end < words.size()) parts.push_back(joined(end, words.size()));
    return parts;
  }
  return {text};
}

std::vector<LinePerCellReader::Piece> LinePerCellReader::Pieces(const std::vector<const PlanLine*>& lines,
                                                                const Layout& layout) const {
  const bool has_ref_column = layout.has_ref_column, paragraphs = layout.paragraphs;
  const size_t max_empty_cells = std::max<size_t>(layout.columns.size(), 2) - 1;
  std::vector<Piece> pieces;
  const PlanLine* previous = nullptr;
  for (const PlanLine* line : lines) {
    // A paragraph is one cell; blank lines only set cells apart, and so do
    // lines left out between two (a header repeated on a new page).
    bool skipped = previous != nullptr && line != previous + 1;
    bool new_paragraph = pieces.empty() || line->line->gap_before || line->page_start || skipped;
    previous = line;
    if (paragraphs && !new_paragraph) {
      CellText::AppendWrapped(PrintedText(*line), &pieces.back().text);
      continue;
    }
    // Each blank line inside the table is an empty cell (a gap in a PDF's
    // text is one), but no row is all empty cells.
    if (!paragraphs && line->line->gap_before && !line->page_start && !pieces.empty()) {
      size_t blanks = std::clamp<size_t>(line->line->blank_lines_before, 1, max_empty_cells);
      pieces.insert(pieces.end(), blanks, Piece{"", line});
    }
    std::string date;
    if (!pieces.empty() && JoinCutDate(*line, &pieces.back(), &date)) {
      pieces.push_back(Piece{std::move(date), line});
      continue;
    }
    std::string rest = PrintedText(*line);
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(rest);
    if (has_ref_column && words.size() > 1 && classifier_.IsLineRef(words[0])) {
      pieces.push_back(Piece{words[0], line});
      rest = rest.substr(words[0].size() + 1);
    }
    if (paragraphs || layout.line_per_cell) {
      pieces.push_back(Piece{rest, line});
      continue;
    }
    for (std::string& part : SplitAtDate(rest)) {
      std::string lead = layout.has_lead_column ? LeadAtEnd(&part) : std::string();
      pieces.push_back(Piece{std::move(part), line});
      if (!lead.empty()) pieces.push_back(Piece{std::move(lead), line});
    }
  }
  return pieces;
}

std::string LinePerCellReader::LeadAtEnd(std::string* text) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(*text);
  std::string head;
  for (size_t begin = 0; begin + 1 < words.size(); ++begin) {
    head.append(begin == 0 ? "" : " ").append(words[begin]);
    // Prose ends on a word in lower case that joins nothing to what follows.
    const std::string& next = words[begin + 1];
    if (begin == 0 || !CellText::StartsLower(words[begin]) || CellText::EndsMidPhrase(head) ||
        !std::isupper(static_cast<unsigned char>(next[0]))) {
      continue;
    }
    std::string tail = text->substr(head.size() + 1);
    if (cell_fit_.Of(tail) != CellKind::kLead) continue;
    if (CellText::WordCount(tail) < kMinLeadAtEndWords && !cell_fit_.EndsName(tail)) continue;
    *text = head;
    return tail;
  }
  return "";
}

bool LinePerCellReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  if (!IsTextLine(lines[at])) return false;
  size_t body = 0;
  Layout layout;
  std::vector<std::string> headings = ReadParagraphHeader(lines, at, &body);
  layout.paragraphs = !headings.empty();
  layout.numbered = layout.paragraphs && NamesRefFirst(headings);
  if (headings.empty()) headings = ReadHeader(lines, at, &body);
  if (headings.empty()) return false;
  layout.columns = CellGrouper::ColumnsOf(headings, rules_.headers);
  table->headings = std::move(headings);
  // Rows that start with a reference have a column for it, whatever its name.
  if (RefFollows(lines, body - 1)) table->GiveRefColumn(&layout.columns);
  // A header written a name a paragraph may name its actions in words no rule knows.
  if (layout.paragraphs) CellGrouper::NameActionColumn(&layout.columns);
  auto has = [&](Column column) {
    return std::find(layout.columns.begin(), layout.columns.end(), column) != layout.columns.end();
  };
  layout.has_ref_column = has(Column::kRef);
  layout.has_lead_column = has(Column::kLead) || has(Column::kLeadTimeframe);
  layout.line_per_cell = !layout.paragraphs && CellsPerRow(lines, body - 1) == layout.columns.size();
  std::set<std::string> header_lines;  // Folded, to know the header when a page repeats it.
  std::string header_text;             // The same, all lines joined, to know it wrapped anew.
  for (size_t k = at; k < body; ++k) {
    header_lines.insert(CellText::FoldForMatch(lines[k].text));
    header_text.append(k == at ? "" : " ").append(CellText::FoldForMatch(lines[k].text));
  }
  table->header = &lines[at];
  std::vector<const PlanLine*> run;  // Lines since the table's start or its last section heading.
  size_t end = body;
  for (; end < lines.size(); ++end) {
    const PlanLine& line = lines[end];
    // The header repeated on a new page, even marked as a heading, goes on.
    if (size_t past = PastRepeatedHeader(lines, end, header_text); past > end) {
      end = past - 1;
      continue;
    }
    if (header_lines.count(CellText::FoldForMatch(line.text))) continue;
    if (TextTableEnd::IsPast(line)) break;
    if (TextTableEnd::IsFurniture(line, rules_.patterns) && !StartsRow(lines, end, layout.numbered)) continue;
    if (TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      if (layout.has_ref_column && !RefFollows(lines, PastRepeatedHeader(lines, end + 1, header_text) - 1,
                                               table->headings, layout.numbered)) {
        break;
      }
      GroupRun(run, layout, table);
      run.clear();
      table->rows.push_back(RebuiltRow{&line, {line.text}, true});
      continue;
    }
    run.push_back(&line);
  }
  GroupRun(run, layout, table);
  table->end = end;
  return std::any_of(table->rows.begin(), table->rows.end(), [](const RebuiltRow& row) { return !row.IsHeading(); });
}

size_t LinePerCellReader::PastRepeatedHeader(const std::vector<PlanLine>& lines, size_t at,
                                             const std::string& header_text) {
  std::string text;
  for (size_t k = at; k < lines.size() && k < at + kMaxHeaderLines; ++k) {
    text.append(k == at ? "" : " ").append(CellText::FoldForMatch(lines[k].text));
    if (text == header_text) return k + 1;
    if (header_text.compare(0, text.size() + 1, text + " ") != 0) break;
  }
  return at;
}

bool LinePerCellReader::IsHeadingPart(const std::string& text, const std::vector<std::string>& headings) {
  std::string words = " ";
  words.append(CellText::FoldForMatch(text)).append(" ");
  return std::any_of(headings.begin(), headings.end(), [&](const std::string& heading) {
    std::string name = " ";
    name.append(CellText::FoldForMatch(heading)).append(" ");
    return words.size() > 2 && name.find(words) != std::string::npos;
  });
}

bool LinePerCellReader::NamesRefFirst(const std::vector<std::string>& names) const {
  std::optional<ColumnName> first = rules_.headers.MatchWords(names.front());
  return first && first->column == Column::kRef;
}

bool LinePerCellReader::StartsRow(const std::vector<PlanLine>& lines, size_t at, bool numbered) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lines[at].text);
  if (!words.empty() && classifier_.IsLineRef(words[0])) return true;
  // A page number closes its page, as pdftotext writes a page's footer
  // last; a row may start a page.
  bool page_end = at + 1 == lines.size() || lines[at + 1].page != lines[at].page;
  return numbered && !page_end && CellFit::IsBareNumber(lines[at].text);
}

bool LinePerCellReader::RefFollows(const std::vector<PlanLine>& lines, size_t at,
                                   const std::vector<std::string>& headings, bool numbered) const {
  size_t looked = 0;
  for (size_t k = at + 1; k < lines.size() && looked < kSectionLookahead; ++k) {
    // The header repeated under a section heading, wrapped as it may be,
    // stands between it and its rows.
    if (IsHeadingPart(lines[k].text, headings)) continue;
    ++looked;
    if (StartsRow(lines, k, numbered)) return true;
    if (!TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) return false;
  }
  return false;
}

void LinePerCellReader::DropHeadings(const std::vector<std::string>& headings, std::vector<Piece>* pieces) {
  std::set<std::string> names;
  for (const std::string& heading : headings) names.insert(CellText::FoldForMatch(heading));
  pieces->erase(std::remove_if(pieces->begin(), pieces->end(),
                               [&](const Piece& piece) { return names.count(CellText::FoldForMatch(piece.text)) > 0; }),
                pieces->end());
}

void LinePerCellReader::GroupRun(const std::vector<const PlanLine*>& run, const Layout& layout,
                                 RebuiltTable* table) const {
  std::vector<Piece> pieces = Pieces(run, layout);
  if (layout.paragraphs) DropHeadings(table->headings, &pieces);
  std::vector<std::string> texts;
  for (const Piece& piece : pieces) texts.push_back(piece.text);
  CellGrouper::Options options;
  options.wrapped_lines = !layout.paragraphs;
  // A paragraph, or a line of a table written a cell a line, is a whole
  // cell: a short action ("Map the bridges") must not join the lead after it.
  if (layout.paragraphs || layout.line_per_cell) options.max_cell_pieces = 1;
  options.numbered_rows = layout.numbered;
  for (GroupedRow& row : CellGrouper(cell_fit_, layout.columns, options).Group(texts)) {
    table->rows.push_back(RebuiltRow{pieces[row.first_piece].line, std::move(row.cells)});
  }
}

}  // namespace planrows
