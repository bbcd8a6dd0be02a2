#include "pipeline/recovery/header_finder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/column_roles.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines of a header row above the line whose column names make it one
// (a merged cell over headings wrapped over three lines).
constexpr size_t kMaxHeaderLinesAbove = 3;

// How far right of a table's left edge, in points, a ruling may start and
// still run across the table (OCR finds line ends to within a few pixels).
constexpr double kRulingSlack = 6;

// Most lines under a header whose cell edges may part its headings.
constexpr size_t kBodyLines = 12;

// Most words of a merged cell over a two-level header ("Accountability",
// "Monitoring and review").
constexpr int kMaxGroupWords = 4;

// Most words of one line of a cell in a header row.
constexpr int kMaxHeadingLineWords = 8;

// Most words of a heading's line in a row that content must bear out as a
// header, and of the heading its lines make (with a merged group cell's
// words over it: "The work" over "What we want to happen").
constexpr int kMaxUnprovenHeadingWords = 6;
constexpr int kMaxUnprovenHeadingBandWords = 8;
// Fewest rows under such a row, and fewest roles other than the action
// that their cells must give.
constexpr int kMinProvingLines = 2;
constexpr int kMinOtherRoles = 2;
// Fewest filled cells of a line that make it one of those rows: in a grid
// (tabs, pipes) and on a page of positioned text.
constexpr int kMinGridRowCells = 2;
constexpr int kMinRowCells = 3;
// Fewest cells of a line that, going on in lower case right under a row,
// show the row to be one of cells wrapped, not a header.
constexpr int kMinWrappedCells = 2;

}  // namespace

std::optional<TableLayout> HeaderFinder::At(size_t i, size_t* end) const {
  if (no_header_[i]) return std::nullopt;
  std::optional<TableLayout> layout = Find(i, end);
  no_header_[i] = !layout;
  return layout;
}

std::vector<const PlanLine*> HeaderFinder::BodyUnder(size_t begin, size_t end) const {
  std::set<std::string> header_lines;
  for (size_t k = begin; k <= end; ++k) header_lines.insert(CellText::FoldForMatch(lines_[k].text));
  std::vector<const PlanLine*> body;
  for (size_t k = end + 1; k < lines_.size() && body.size() < kBodyLines; ++k) {
    // The body ends at a heading, at a bold row under a bold header, or
    // at the next table's header; a section's own bold row across the
    // table is passed over. A header repeated on a positioned page may set
    // its columns anew; a grid's repeat only tells its names again. A text
    // page's rows go on over its break; a positioned page's end the table.
    const PlanLine& line = lines_[k];
    bool text_pages = line.page->cells_by_index && lines_[end].page->cells_by_index;
    if ((line.page != lines_[end].page && !text_pages) || line.line->heading_level > 0) break;
    std::string folded = CellText::FoldForMatch(line.text);
    if (header_lines.count(folded) || bands_.HoldsLine(folded)) {
      if (line.page->cells_by_index) continue;
      break;
    }
    bool bold = line.line->bold && lines_[end].line->bold;
    // OCR may cut a section's title in two at a gap ("Theme One" |
    // "Children ..."): its parts are no cells of the columns. A row of more
    // cells that opens on a section's label is a row whose first cell names
    // its theme.
    bool section_title = rules_.patterns.MatchSection(line.text) && line.FilledCells() <= 2;
    if ((bold && line.IsSingleCell()) || section_title) continue;
    size_t next_end;
    if (bold || NamedHeaderAt(k, &next_end)) break;
    body.push_back(&line);
  }
  return body;
}

std::optional<TableLayout> HeaderFinder::RepeatedBandAt(size_t i, size_t* end) const {
  size_t length = bands_.LengthAt(i);
  if (length == 0) return std::nullopt;
  *end = i + length - 1;
  // Printed again where it was first, it is read as it was then, from more rows.
  if (const TableLayout* first = bands_.LayoutPrintedAgainAt(i, PrintedBands::Place::kEveryLine)) return *first;
  std::vector<const PlanLine*> band;
  for (size_t k = 0; k < length; ++k) band.push_back(&lines_[i + k]);
  std::optional<TableLayout> layout = TableLayout::FromUnprovenHeader(band, rules_.headers);
  if (!layout) return std::nullopt;
  layout->ReadBand(band, BodyUnder(i, *end), rules_.headers);
  // Its line of names printed in place over too few rows to part all its
  // columns, it keeps the first print's.
  const TableLayout* first = bands_.LayoutPrintedAgainAt(i, PrintedBands::Place::kNamesLine);
  if (first != nullptr && layout->columns().size() < first->columns().size()) return *first;
  return layout;
}

std::optional<TableLayout> HeaderFinder::Find(size_t i, size_t* end) const {
  // A line of a row of centred cells (CentredRows) is a table's, as are the lines under it in its row.
  if (lines_[i].centred_row) return std::nullopt;
  if (std::optional<TableLayout> repeat = RepeatedBandAt(i, end)) return repeat;
  std::optional<TableLayout> layout;
  bool proven = false;
  for (size_t k = i; k < lines_.size() && k <= i + kMaxHeaderLinesAbove && !lines_[k].centred_row; ++k) {
    // A header printed again as before has no lines above it: those are
    // the last of a row.
    if (k > i && bands_.LengthAt(k) > 0) return std::nullopt;
    layout = NamedHeaderAt(k, end);
    proven = layout.has_value();
    if (!layout && (k > i || !GoesOnRowAbove(k))) layout = UnprovenHeaderAt(k, end);
    if (layout) {
      // Lines above join the header row by the line of it that reaches
      // furthest left, the one that holds its first heading.
      const PlanLine& names = *std::min_element(
          lines_.begin() + k, lines_.begin() + *end + 1,
          [](const PlanLine& a, const PlanLine& b) { return a.line->box.x0 < b.line->box.x0; });
      for (size_t above = i; above < k; ++above) {
        if (!JoinsHeaderBelow(above, names)) return std::nullopt;
      }
      break;
    }
    if (lines_[i].page->cells_by_index) return std::nullopt;
  }
  if (!layout) return std::nullopt;
  bool positioned = !lines_[i].page->cells_by_index;
  if (proven && !positioned) return layout;
  while (positioned && *end + 1 < lines_.size() && InOneHeaderRow(lines_[*end], lines_[*end + 1])) ++*end;
  std::vector<const PlanLine*> band, body = BodyUnder(i, *end);
  for (size_t k = i; k <= *end; ++k) band.push_back(&lines_[k]);
  if (positioned) layout->ReadBand(band, body, rules_.headers);
  if (!proven && !BodyBearsOut(*layout, body)) {
    // A header its rows bore out once is a header where it is repeated
    // over a few rows only, and so is one printed again further on.
    bool repeat = std::any_of(borne_out_.begin(), borne_out_.end(),
                              [&](const TableLayout& earlier) { return earlier.IsRepeatedBy(*layout); });
    if (!repeat && !(positioned && bands_.RecursAfter(i, *end))) return std::nullopt;
  } else if (!proven) {
    borne_out_.push_back(*layout);
  }
  if (positioned) bands_.Add(i, *end, *layout);
  return layout;
}

std::optional<TableLayout> HeaderFinder::UnprovenHeaderAt(size_t i, size_t* end) const {
  *end = i;
  // Most lines hold a cell of more words than a heading has: they leave
  // before the costlier work. A header starts under the plan's title.
  const PlanLine& first = lines_[i];
  if (first.FilledCells() == 0 || first.line->heading_level > 0 ||
      std::any_of(first.cells.begin(), first.cells.end(), [](const std::string& cell) {
        return CellText::WordCount(cell) > kMaxUnprovenHeadingWords;
      }) ||
      TitlesPlan(first)) {
    return std::nullopt;
  }
  // A header printed again as before starts a band of its own: the lines
  // over it end a row.
  std::vector<const PlanLine*> band{&lines_[i]};
  while (!lines_[i].page->cells_by_index && *end + 1 < lines_.size() && band.size() <= kMaxHeaderLinesAbove &&
         InOneHeaderRow(lines_[*end], lines_[*end + 1]) && bands_.LengthAt(*end + 1) == 0) {
    band.push_back(&lines_[++*end]);
  }
  std::optional<TableLayout> layout = TableLayout::FromUnprovenHeader(band, rules_.headers);
  if (!layout || !ReadsAsHeadings(*layout) || WrapsOnBelow(*end)) return std::nullopt;
  return layout;
}

bool HeaderFinder::GoesOnRowAbove(size_t i) const {
  // Only a page that sets some lines in bold tells the type of its lines
  // (laid-out text and OCR do not), and so that a header's is the body's.
  // The page is looked over last: most lines leave on their own marks.
  const PageText& page = *lines_[i].page;
  if (i == 0 || page.cells_by_index || lines_[i - 1].page != &page) return false;
  const TextLine &line = *lines_[i].line, &above = *lines_[i - 1].line;
  bool runs_on = !line.gap_before && !line.ruled_row_start && !line.bold && !above.bold && above.heading_level == 0;
  return runs_on && std::any_of(page.lines.begin(), page.lines.end(), [](const TextLine& l) { return l.bold; });
}

bool HeaderFinder::ReadsAsHeadings(const TableLayout& layout) const {
  for (const LayoutColumn& column : layout.columns()) {
    std::string text = CellText::Clean(column.heading);
    if (text.empty()) continue;
    if (CellText::WordCount(text) > kMaxUnprovenHeadingBandWords || std::islower(static_cast<unsigned char>(text[0])) ||
        rules_.patterns.BulletLength(column.heading) > 0) {
      return false;
    }
    CellKind kind = classifier_.Classify(text);
    if (kind == CellKind::kRef || kind == CellKind::kDate || kind == CellKind::kStatus) return false;
    // A heading names what a column holds ("Update at year end"); words that
    // open on a verb saying what is to be done, no column's name ("Embed the
    // protocol using", "Update transition"), are a row's action.
    if (rules_.patterns.StartsAction(text) && !rules_.headers.Match(text)) return false;
    // A dotted reference before words ("3.4. Update the panel"), or one set
    // apart by a colon ("P3.1: Agree the protocol"), is a row's action.
    std::string first = text.substr(0, text.find(' '));
    bool colon = first.size() > 1 && first.back() == ':';
    if (colon) first.pop_back();
    bool dotted = first.find('.') != std::string::npos;
    if (first.size() < text.size() && (dotted || colon) && rules_.patterns.IsRef(first)) return false;
  }
  return true;
}

bool HeaderFinder::WrapsOnBelow(size_t end) const {
  if (end + 1 >= lines_.size()) return false;
  const std::vector<std::string>& cells = lines_[end].cells;
  if (std::none_of(cells.begin(), cells.end(),
                   [](const std::string& cell) { return CellText::EndsMidPhrase(CellText::Clean(cell)); })) {
    return false;
  }
  const PlanLine& below = lines_[end + 1];
  if (below.page != lines_[end].page || below.line->gap_before) return false;
  auto lower = std::count_if(below.cells.begin(), below.cells.end(),
                             [](const std::string& cell) { return CellText::StartsLower(CellText::Clean(cell)); });
  return lower >= kMinWrappedCells;
}

bool HeaderFinder::BodyBearsOut(const TableLayout& layout, const std::vector<const PlanLine*>& body) const {
  // A grid line of two cells is a row (a narrow table leaves its status
  // empty); elsewhere two pieces of text may be prose and a margin note.
  auto rows = std::count_if(body.begin(), body.end(), [](const PlanLine* line) {
    return line->FilledCells() >= (line->page->cells_by_index ? kMinGridRowCells : kMinRowCells);
  });
  if (rows < kMinProvingLines) return false;
  TableLayout read = layout;
  ColumnRoles::Resolve(TableBody::Of(body), rules_, &read);
  bool action = false, structured = false;
  int others = 0;
  const std::vector<LayoutColumn>& columns = read.columns();
  for (size_t c = 0; c < columns.size(); ++c) {
    // A column between two headings that none stands over
    // (BodyColumnEdges::UnheadedColumns) bears out no heading; a first
    // column of references printed unheaded does.
    const std::optional<ColumnName>& name = columns[c].name;
    bool unheaded_between = c > 0 && c + 1 < columns.size() && CellText::Clean(columns[c].heading).empty();
    if (!name || name->column == Column::kExtra || unheaded_between) continue;
    action |= name->column == Column::kAction;
    others += name->column != Column::kAction;
    structured |= name->column != Column::kAction && name->column != Column::kOutcome;
  }
  return action && structured && others >= kMinOtherRoles;
}

std::optional<TableLayout> HeaderFinder::NamedHeaderAt(size_t k, size_t* end) const {
  *end = k;
  if (names_[k] < 0) {
    names_[k] = 0;
    for (const std::string& cell : lines_[k].cells) names_[k] += rules_.headers.Match(cell).has_value();
  }
  if (!TableLayout::MayHead(lines_[k], names_[k])) return std::nullopt;
  std::optional<TableLayout> layout = TableLayout::FromHeader(lines_[k], rules_.headers);
  if (!layout && k + 1 < lines_.size() &&
      (layout = TableLayout::FromWrappedHeader(lines_[k], lines_[k + 1], rules_.headers))) {
    *end = k + 1;
  }
  return layout;
}

bool HeaderFinder::JoinsHeaderBelow(size_t above, const PlanLine& header) const {
  const PlanLine &line = lines_[above], &next = lines_[above + 1];
  if (line.page != header.page || line.line->heading_level > 0 || line.line->bold != header.line->bold ||
      HoldsRef(line) || HoldsValue(line) || TitlesSection(line) || TitlesPlan(line)) {
    return false;
  }
  // A merged cell over the right part of a two-level header stands apart
  // from the names below it, by a gap or by the ruling under it. Its few
  // words name a group of columns; a page's running title is longer.
  bool short_cells = std::all_of(line.cells.begin(), line.cells.end(), [](const std::string& cell) {
    return CellText::WordCount(cell) <= kMaxGroupWords && !CellText::StartsLower(CellText::Clean(cell));
  });
  // The last line of a row's lead ("Egerton") may stand as far right, but
  // no gap parts it from the row's lines over it.
  bool apart_from_above = above == 0 || lines_[above - 1].page != line.page || line.line->gap_before;
  if (line.line->box.x0 > header.line->box.x0 + kRulingSlack && short_cells && apart_from_above) return true;
  return !next.line->gap_before && !RulesAcross(next, header.line->box.x0) && !CrossesHeadings(line, header);
}

bool HeaderFinder::NamesMergedHeading(const PlanLine& line, const PlanLine& header) const {
  const TextLine& below = *header.line;
  auto under_ruling = [&below](const Box& box) {
    return box.x0 >= below.ruling_x0 - kRulingSlack && box.x1 <= below.ruling_x1 + kRulingSlack;
  };
  bool names_under_ruling = std::all_of(below.segments.begin(), below.segments.end(),
                                        [&](const Segment& name) { return under_ruling(name.box); });
  if (!below.ruled_row_start || !names_under_ruling) return false;
  return std::any_of(line.line->segments.begin(), line.line->segments.end(), [&](const Segment& cell) {
    return !under_ruling(cell.box) && rules_.headers.Match(cell.text).has_value();
  });
}

bool HeaderFinder::TitlesPlan(const PlanLine& line) const {
  int start = 0, end = 0;
  return rules_.patterns.FindPeriod(line.text, &start, &end) || !rules_.patterns.FindBoard(line.text).empty();
}

bool HeaderFinder::TitlesSection(const PlanLine& line) const {
  std::string number, title;
  return rules_.patterns.MatchSection(line.text) || rules_.patterns.MatchNumberedItem(line.text, &number, &title);
}

bool HeaderFinder::CrossesHeadings(const PlanLine& line, const PlanLine& header) const {
  for (const Segment& cell : line.line->segments) {
    for (const Segment& heading : header.line->segments) {
      double start = heading.box.x0;
      if (cell.box.x0 < start - kRulingSlack && cell.box.x1 > start + kRulingSlack) return true;
    }
  }
  return false;
}

bool HeaderFinder::HoldsRef(const PlanLine& line) const {
  int first = line.FirstFilled();
  if (first < 0) return true;
  std::string cell = CellText::Clean(line.cells[first]);
  // A quarter ("Q3") has a reference's form, and may head a column. OCR
  // may misread a reference's number as letters: "Al" for "A1", though
  // words of a heading end so too ("Goal").
  if (line.page->from_ocr) {
    std::string repaired = rules_.patterns.RepairColumnRef(cell);
    if (std::none_of(repaired.begin(), repaired.end(), [](unsigned char c) { return std::islower(c); })) {
      cell = repaired;
    }
  }
  bool ref_form = classifier_.IsLineRef(cell) || rules_.patterns.IsColumnRef(cell);
  if (ref_form && classifier_.Classify(cell) != CellKind::kDate) return true;
  // A theme or priority may stand left of the reference column; a dotted
  // number ("1.1") in a later cell is a row's reference, never a heading.
  return std::any_of(line.cells.begin() + first + 1, line.cells.end(), [this](const std::string& later) {
    std::string text = CellText::Clean(later);
    return text.find('.') != std::string::npos && rules_.patterns.IsRef(text);
  });
}

bool HeaderFinder::HoldsValue(const PlanLine& line) const {
  return std::any_of(line.cells.begin(), line.cells.end(), [this](const std::string& cell) {
    std::string text = CellText::Clean(cell);
    CellKind kind = classifier_.Classify(text);
    return !CellText::StartsLower(text) && (kind == CellKind::kDate || kind == CellKind::kStatus);
  });
}

bool HeaderFinder::RulesAcross(const PlanLine& line, double left) const {
  return line.line->ruled_row_start && line.line->ruling_x0 <= left + kRulingSlack;
}

bool HeaderFinder::WrapsHeadingOn(const PlanLine& upper, const PlanLine& lower) {
  for (const Segment& below : lower.line->segments) {
    if (!CellText::StartsLower(CellText::Clean(below.text))) continue;
    for (const Segment& above : upper.line->segments) {
      bool in_line = std::abs(above.box.x0 - below.box.x0) <= kRulingSlack;
      if (in_line && CellText::EndsMidPhrase(CellText::Clean(above.text))) return true;
    }
  }
  return false;
}

bool HeaderFinder::InOneHeaderRow(const PlanLine& upper, const PlanLine& lower) const {
  // A line of a row of centred cells is the table's, though no gap parts it from the header.
  if (lower.page->cells_by_index || lower.page != upper.page || lower.line->gap_before || lower.centred_row) {
    return false;
  }
  if (lower.line->heading_level > 0 || upper.line->heading_level > 0 || lower.line->bold != upper.line->bold) {
    return false;
  }
  // A narrow column wraps its heading down to its last mark ("no" over "."): punctuation alone is no row.
  if (lower.FirstFilled() < 0 && !CellText::Clean(lower.text).empty()) return true;
  // A heading's line is a few words, and no value; a section's title
  // right over or under the header ("Objective A. ...") is none.
  bool short_cells = std::all_of(lower.cells.begin(), lower.cells.end(), [](const std::string& cell) {
    return CellText::WordCount(cell) <= kMaxHeadingLineWords;
  });
  // A title over the table runs from its left edge across where headings
  // below start; a heading's line stays within its column.
  bool title_above = upper.IsSingleCell() && upper.line->box.x0 <= lower.line->box.x0 + kRulingSlack &&
                     CrossesHeadings(upper, lower);
  return short_cells && !title_above && !TitlesSection(upper) && !TitlesSection(lower) && !HoldsValue(lower) &&
         (!RulesAcross(lower, std::min(upper.line->box.x0, lower.line->box.x0)) || WrapsHeadingOn(upper, lower) ||
          NamesMergedHeading(upper, lower)) &&
         !HoldsRef(upper) && !HoldsRef(lower);
}

}  // namespace planrows
