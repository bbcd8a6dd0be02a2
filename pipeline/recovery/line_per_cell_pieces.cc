// LinePerCellReader's pieces: the cells of a run of lines, one cell a
// line or a paragraph, with dates, leads and statuses that ran onto another
// cell's line parted from it (line_per_cell_dates.cc, line_per_cell_leads.cc),
// as is a cell of one line from the action led
// by its reference it ran onto, and headings repeated among them left out;
// and which grouped rows are a theme's title.
#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>
#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest words of a piece that is part of a heading for it to be taken for
// what is left of the header repeated, not a short cell.
constexpr int kMinHeadingPartWords = 2;

// Most words of a theme's title merged down a first column.
constexpr size_t kMaxThemeTitleWords = 8;
// Lines that open on an action led by its reference, to read a table's actions as so led.
constexpr long kMinRefLedLines = 2;

}  // namespace

bool LinePerCellReader::JoinsCutRef(const std::string& above, const PlanLine& line, bool breaks_words,
                                    std::string* ref) const {
  if (!CellFit::IsBareNumber(line.text) || above.find(' ') != std::string::npos) return false;
  // Cut after its dot ("P1." over "1"), a lettered reference goes on with its
  // number; a number's dot ("1." over "2") ends a reference of its own.
  std::string whole = rules_.patterns.JoinWrappedRef(above, line.text);
  if (!whole.empty() && above.back() == '.' && std::isalpha(static_cast<unsigned char>(above.front())) &&
      classifier_.IsLineRef(whole)) {
    *ref = std::move(whole);
    return true;
  }
  std::string joined = above + " " + line.text;
  if (classifier_.RefWordsAtStart(SpacedHeaderSplitter::WordsOf(joined)) != 2) return false;
  *ref = breaks_words ? above + line.text : std::move(joined);
  return true;
}

bool LinePerCellReader::FirstHeadingBreaksWord(const std::vector<PlanLine>& lines, size_t at, size_t body) const {
  if (at + 1 >= body || lines[at].text.find(' ') != std::string::npos) return false;
  const std::string& first = lines[at].text;
  const std::string& next = lines[at + 1].text;
  return rules_.headers.JoinHeadingLine(first, next).size() == first.size() + next.size();
}

bool LinePerCellReader::IsArticle(const std::string& word) {
  std::string folded = CellText::FoldForMatch(word);
  return folded == "the" || folded == "a" || folded == "an";
}

bool LinePerCellReader::EndsOnArticle(const std::string& text) {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(text);
  // A capital "A" alone ends a line as a status letter (Amber) more often than as an article.
  return !words.empty() && IsArticle(words.back()) && CellText::StartsLower(words.back());
}

size_t LinePerCellReader::BlanksBeforeFooter(const PlanLine& last) {
  const std::vector<TextLine>& page_lines = last.page->lines;
  const TextLine* footer = last.line + 1;
  if (page_lines.empty() || footer > &page_lines.back()) return 0;
  return static_cast<size_t>(std::max(footer->blank_lines_before, 1) - 1);
}

std::vector<LinePerCellReader::Piece> LinePerCellReader::Pieces(const std::vector<const PlanLine*>& lines,
                                                                const Layout& layout,
                                                                const std::set<const PlanLine*>& placed) const {
  const bool has_ref_column = layout.has_ref_column, paragraphs = layout.paragraphs;
  const size_t max_empty_cells = std::max<size_t>(layout.columns.size(), 2) - 1;
  std::vector<Piece> pieces;
  const PlanLine* previous = nullptr;
  const bool gaps = std::any_of(lines.begin(), lines.end(), [](const PlanLine* line) {
    return line->line->gap_before && !line->page_start;
  });
  // Actions led by their references, in a table without a column for them.
  const bool ref_led = !has_ref_column && !paragraphs && std::count_if(lines.begin(), lines.end(), [&](auto* line) {
    std::string ref, action;
    return rules_.patterns.MatchBulletedActionRef(line->text, &ref, &action);
  }) >= kMinRefLedLines;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PlanLine* line = lines[i];
    const PlanLine* next = i + 1 < lines.size() ? lines[i + 1] : nullptr;
    // A paragraph is one cell; blank lines only set cells apart, and so do
    // lines left out between two (a header repeated on a new page).
    bool skipped = previous != nullptr && line != previous + 1;
    // A blank line sets a page's footer, left out, apart; more blank lines
    // before it are empty cells, which rows cut by counting lines count.
    if (layout.counted && previous != nullptr && line->page != previous->page) {
      pieces.insert(pieces.end(), std::min(BlanksBeforeFooter(*previous), max_empty_cells), Piece{"", previous});
    }
    // A reference alone on its line starts a cell even where pdftotext ran
    // it into the paragraph of a cell from the page before; a quarter under
    // the words that open its date ("By end of" over "Q2") ends that date.
    bool lone_ref = has_ref_column && classifier_.IsLineRef(line->text) &&
                    (pieces.empty() || !EndsWrappedDate(*line, pieces.back().text));
    bool new_paragraph = pieces.empty() || line->line->gap_before || line->page_start || skipped || lone_ref;
    previous = line;
    if (paragraphs && !new_paragraph) {
      CellText::AppendWrapped(PrintedText(*line), &pieces.back().text);
      continue;
    }
    // Each blank line inside the table is an empty cell (a gap in a PDF's
    // text is one), but no row is all empty cells; nor is the gap before a
    // cell put right after its reference (RefRunLines) one.
    // Where rows are counted, a blank line right under the header is the first row's empty first cell.
    bool first_empty = layout.counted && pieces.empty();
    if (!paragraphs && line->line->gap_before && !line->page_start && (!pieces.empty() || first_empty) &&
        !placed.count(line)) {
      size_t blanks = std::clamp<size_t>(line->line->blank_lines_before, 1, max_empty_cells);
      pieces.insert(pieces.end(), blanks, Piece{"", line});
    }
    // A date wrapped in its cell is one piece; where blank lines set cells apart, CellGrouper joins its lines.
    if (!pieces.empty() && !gaps && wrapped_date_.Join(PrintedText(*line), &pieces.back().text)) {
      // Wrapped over three lines, the date may have left its first word on
      // the line of the cell before ("J Rees By" over "end of" over "Q3").
      std::string date;
      if (pieces.size() > 1 && CellText::StartsLower(pieces.back().text) &&
          JoinCutDate(pieces.back().text, &pieces[pieces.size() - 2], &date)) {
        pieces.back().text = std::move(date);
      }
      continue;
    }
    std::string ref;
    if (has_ref_column && !pieces.empty() &&
        JoinsCutRef(pieces.back().text, *line, layout.first_breaks_words, &ref)) {
      pieces.back().text = std::move(ref);
      continue;
    }
    std::string date;
    if (!pieces.empty() && JoinCutDate(line->text, &pieces.back(), &date)) {
      pieces.push_back(Piece{std::move(date), line});
      continue;
    }
    std::string rest = PrintedText(*line);
    // A cell of bullets may start its first item with the row's reference ("* ng5 Launch ...").
    const size_t bullet = has_ref_column ? rules_.patterns.BulletLength(rest) : 0;
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(rest.substr(bullet));
    // A quarter looks like a reference ("Q3 2017/18"), but a date is a cell of its own.
    const bool is_date = rules_.timeframes.IsTimeframe(rest);
    size_t ref_words = has_ref_column && !is_date ? classifier_.RefWordsAtStart(words) : 0;
    // A row's number run into its first cell ("1 Partners hold ...").
    if (ref_words == 0 && layout.numbered && WrappedHeaderReader::RowNumber(rest) >= 0) ref_words = 1;
    if (ref_words > 0 && words.size() > ref_words) {
      std::string ref;
      size_t past_ref = bullet;
      for (size_t w = 0; w < ref_words; ++w) {
        ref.append(w > 0 ? " " : "").append(words[w]);
        past_ref = rest.find(words[w], past_ref) + words[w].size();
      }
      pieces.push_back(Piece{ref, line});
      // What stands between the reference and the cell's text ("3.2 \u2013
      // Audit", "ce3: Map") goes with the reference, but for a hyphen: that
      // may be the bullet of the cell's first item ("3.1d - Develop ...").
      std::string printed_ref, action, after = rest.substr(bullet);
      bool joint = rules_.patterns.MatchActionRef(after, &printed_ref, &action) &&
                   after.substr(0, after.size() - action.size()).find('-') == std::string::npos;
      rest = rest.substr(0, bullet) + (joint ? action : rest.substr(rest.find_first_not_of(' ', past_ref)));
      if (std::string second = TwoProseCellsFirst(layout) ? ProseStartAtEnd(&rest) : ""; !second.empty()) {
        pieces.push_back(Piece{rest, line});
        rest = std::move(second);
      }
    }
    // A cell of one line before such an action is written on the action's first line.
    if (size_t at = ref_led ? classifier_.ActionRefInside(rest) : std::string::npos; at != std::string::npos) {
      pieces.push_back(Piece{rest.substr(0, at - 1), line});
      rest.erase(0, at);
    }
    if (paragraphs || layout.line_per_cell) {
      std::string date = paragraphs ? DateAtStart(&rest) : std::string();
      if (!date.empty()) pieces.push_back(Piece{std::move(date), line});
      pieces.push_back(Piece{rest, line});
      continue;
    }
    std::string letter = StatusLetterAtEnd(&rest, next, layout);
    std::vector<std::string> parts =
        SplitAtDate(rest, !layout.columns.empty() && layout.columns.back() == Column::kProgress);
    // A line under one that ends on an article goes on with its cell: a date
    // or status that opens it names a thing ("Report went to the" over
    // "September Executive and"), and starts no cell.
    if (parts.size() > 1 && !pieces.empty() && EndsOnArticle(pieces.back().text)) {
      parts[1] = parts[0] + " " + parts[1];
      parts.erase(parts.begin());
    }
    std::string lead_first = layout.lead_before_action ? LeadBefore(NextCell::kAction, &parts.front()) : "";
    if (!lead_first.empty()) pieces.push_back(Piece{std::move(lead_first), line});
    // A line read whole as a date but cut before a status (SplitStatusAfterDate) is two cells, each its own:
    // the status reads as a date too ("Ongoing"), and the date would go on with a lead above it.
    const bool date_and_status =
        parts.size() == 2 && rules_.timeframes.IsTimeframe(rest) && rules_.patterns.IsStatusCell(parts[1]);
    for (std::string& part : parts) {
      // A lead's first line right after a row's date may run onto the first line of the prose cell after it.
      bool after_date = !pieces.empty() && classifier_.Classify(pieces.back().text) == CellKind::kDate;
      // The prose after it then starts a cell, which the lead does not run into.
      std::string lead_before = layout.lead_before_prose && after_date ? LeadBefore(NextCell::kProse, &part) : "";
      if (!lead_before.empty()) pieces.push_back(Piece{std::move(lead_before), line});
      std::string lead = layout.has_lead_column ? LeadAtEnd(&part) : std::string();
      // A status may run before a lead's first line: the line's start, or
      // between the line's prose and the lead parted from it.
      const bool lead_parted = !lead.empty();
      std::string status = layout.status_before_lead ? StatusBeforeLead(lead_parted ? &lead : &part) : "";
      if (!status.empty() && !lead_parted) pieces.push_back(Piece{status, line});
      pieces.push_back(Piece{std::move(part), line, !lead_before.empty() || date_and_status});
      if (!status.empty() && lead_parted) pieces.push_back(Piece{status, line});
      if (lead.empty()) continue;
      bool starts_cell = StartsLeadCell(lead);
      pieces.push_back(Piece{std::move(lead), line, starts_cell});
    }
    if (!letter.empty()) pieces.push_back(Piece{std::move(letter), line});
  }
  return pieces;
}

void LinePerCellReader::DropHeadings(const std::vector<std::string>& headings, std::vector<Piece>* pieces) {
  std::set<std::string> names;
  for (const std::string& heading : headings) names.insert(CellText::FoldForMatch(heading));
  // A repeat wrapped anew loses the lines it shares with the header's
  // first wrapping ("review" of "Status" over "at" over "review"), and
  // leaves a few words of a name, or of names run together.
  auto is_heading = [&](const Piece& piece) {
    return names.count(CellText::FoldForMatch(piece.text)) > 0 ||
           (CellText::WordCount(piece.text) >= kMinHeadingPartWords &&
            (WrappedHeaderReader::IsHeadingPart(piece.text, headings) || HoldsHeaderWordsOnly(piece.text, headings)));
  };
  pieces->erase(std::remove_if(pieces->begin(), pieces->end(), is_heading), pieces->end());
}

const std::string* LinePerCellReader::ThemeTitle(const GroupedRow& row, const GroupedRow* next,
                                                 const Layout& layout) const {
  auto ref = std::find(layout.columns.begin(), layout.columns.end(), Column::kRef);
  if (next == nullptr || ref == layout.columns.end()) return nullptr;
  size_t ref_column = static_cast<size_t>(ref - layout.columns.begin());
  const std::string& next_ref = next->cells[ref_column];
  bool next_numbered = layout.numbered && WrappedHeaderReader::RowNumber(next_ref) >= 0;
  if (!row.cells[ref_column].empty() || !(classifier_.IsLineRef(next_ref) || next_numbered)) return nullptr;
  auto filled = [](const std::string& cell) { return !cell.empty(); };
  if (std::count_if(row.cells.begin(), row.cells.end(), filled) != 1) return nullptr;
  const std::string& title = *std::find_if(row.cells.begin(), row.cells.end(), filled);
  // A theme's title is no sentence: a cell that goes on from a row above, or ends on a stop, is not one.
  bool theme = CellText::Words(title).size() <= kMaxThemeTitleWords && !CellText::StartsLower(title) &&
               title.back() != '.' && cell_fit_.Of(title) == CellKind::kProse;
  return theme ? &title : nullptr;
}

bool LinePerCellReader::ThemeUnderRepeat(const std::vector<PlanLine>& lines, size_t at, const Layout& layout) const {
  auto ref = std::find(layout.columns.begin(), layout.columns.end(), Column::kRef);
  if (ref == layout.columns.begin() || ref == layout.columns.end()) return false;
  // The title wraps onto short lines, narrow as its column is, down to the row's reference.
  std::string title;
  size_t k = at;
  for (; k < lines.size() && !header_reader_.StartsRow(lines, k, layout.numbered); ++k) {
    bool wraps = CellText::WordCount(lines[k].text) <= static_cast<int>(WrappedHeaderReader::kMaxLineWords);
    if (lines[k].page != lines[at].page || !wraps) return false;
    CellText::AppendWrapped(lines[k].text, &title);
    if (CellText::Words(title).size() > kMaxThemeTitleWords) return false;
  }
  // A row's cells that the page break carried over go on in lower case, or
  // read as a lead, a date or a status; a theme's title is a few words of prose.
  return k > at && k < lines.size() && !CellText::StartsLower(title) && !CellText::EndsSentence(title) &&
         cell_fit_.Of(title) == CellKind::kProse;
}

}  // namespace planrows
