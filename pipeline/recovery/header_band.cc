#include "pipeline/recovery/header_band.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/recovery/body_column_edges.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// A gap between two words of a header cell wider than this many line
// heights parts two header cells set close ("Completion  Current"): word
// spaces are a third of that. (The line's height, not a word's: OCR boxes
// a word without tall letters, "we", at its x-height.)
constexpr double kHeaderCellGap = 0.6;
// A heading's part in lower case this many line heights or less after it,
// in a segment of its own, goes on with it: where OCR drops a slash the gap
// is about a line's height.
constexpr double kHeadingGoesOnGap = 1.5;
// How far apart two cells' left edges may be and still stand in line.
constexpr double kAlignSlack = HeaderCell::kAlignSlack;

// The text of `words` [from, to) joined by spaces.
std::string Text(const std::vector<Word>& words, size_t from, size_t to) {
  std::string text;
  for (size_t i = from; i < to; ++i) text += (text.empty() ? "" : " ") + words[i].text;
  return text;
}

// Where to cut the words of a segment that names no column as a whole into
// two cells that name two different columns ("No. Activity / intervention",
// "Deadline Current RAG"): the cut whose left part is a known name and
// whose right part is one too, or failing that names a column by its
// words; never beside a joining word. 0 if none.
size_t NamedCut(const std::vector<Word>& words, const HeaderRules& rules) {
  size_t best = 0;
  int best_score = 0;
  for (size_t cut = 1; cut < words.size(); ++cut) {
    if (HeaderCell::IsJoiner(words[cut - 1].text) || HeaderCell::IsJoiner(words[cut].text) ||
        CellText::StartsLower(words[cut].text)) {
      continue;
    }
    std::optional<ColumnName> left = rules.Match(Text(words, 0, cut));
    if (!left) continue;
    std::string right_text = Text(words, cut, words.size());
    std::optional<ColumnName> right = rules.Match(right_text);
    int score = right ? 2 : 1;
    if (!right) right = rules.MatchWords(right_text);
    if (!right || right->column == left->column) continue;
    if (score > best_score) best = cut, best_score = score;
  }
  return best;
}

// The cells of one segment: one, or one per part where its words stand
// further apart than word spaces, unless the part goes on with the one
// before it or a joining word stands beside the gap ("and  dates"), or
// where it parts into two named cells, unless it names a
// column as a whole.
void SplitSegment(const Segment& segment, const HeaderRules& rules, std::vector<HeaderCell>* cells) {
  const std::vector<Word>& words = segment.words;
  if (words.empty() || rules.Match(segment.text)) {
    cells->push_back(HeaderCell{segment.text, "", segment.box.x0, segment.box.x1, words});
    return;
  }
  size_t cut = NamedCut(words, rules);
  HeaderCell cell{"", "", words[0].box.x0, words[0].box.x1, {}};
  for (size_t i = 0; i < words.size(); ++i) {
    if ((cut > 0 && i == cut) ||
        (i > 0 && words[i].box.x0 - words[i - 1].box.x1 > kHeaderCellGap * segment.box.height() &&
         !HeaderCell::GoesOnWith(cell.text, words[i].text) && HeaderCell::MayCutBefore(words, i))) {
      cells->push_back(cell);
      cell = HeaderCell{"", "", words[i].box.x0, words[i].box.x0, {}};
    }
    cell.text += (cell.text.empty() ? "" : " ") + words[i].text;
    cell.x1 = words[i].box.x1;
    cell.words.push_back(words[i]);
  }
  cells->push_back(cell);
}

// Splits the cells of `columns` where one of their words starts in line
// with a cell of `other`, another line of the band.
void SplitAtAlignedWords(const std::vector<HeaderCell>& other, std::vector<HeaderCell>* columns) {
  for (const HeaderCell& cell : other) {
    for (size_t c = 0; c < columns->size(); ++c) {
      HeaderCell& column = (*columns)[c];
      if (cell.x0 <= column.x0 + kAlignSlack || cell.x0 >= column.x1) continue;
      for (size_t w = 1; w < column.words.size(); ++w) {
        if (std::abs(column.words[w].box.x0 - cell.x0) > kAlignSlack) continue;
        HeaderCell::CutBefore(w, c, columns);
        break;
      }
    }
  }
}

// The edges of `starts`, where cells of the body start, at which a column
// of `columns` may split: those where cells start under the column's part
// on their left too. A heading set left of its cells ("to do" over cells
// that start under "do") is one column.
std::vector<HeaderCell> SplittingStarts(const std::vector<HeaderCell>& starts, const std::vector<HeaderCell>& columns) {
  std::vector<HeaderCell> kept;
  for (const HeaderCell& start : starts) {
    bool cells_on_left = true;
    for (const HeaderCell& column : columns) {
      if (start.x0 <= column.x0 + kAlignSlack || start.x0 >= column.x1) continue;
      cells_on_left = std::any_of(starts.begin(), starts.end(), [&](const HeaderCell& other) {
        return other.x0 >= column.x0 - kAlignSlack && other.x0 < start.x0 - kAlignSlack;
      });
    }
    if (cells_on_left) kept.push_back(start);
  }
  return kept;
}

// Makes each column of `columns`, the base line's, that stands over two
// cells or more of a line of `lines` below the base, each in capitals and
// under no other column, the group of those cells, which become columns:
// where no line splits into more cells than the merged cell's line, the
// merged cell ("Owner and timing") sits on the base line, its columns
// ("Responsible", "Date for") under it. The cells' text joins them later.
void SplitGroupedColumns(const std::vector<std::vector<HeaderCell>>& lines, size_t base,
                         std::vector<HeaderCell>* columns) {
  for (size_t i = base + 1; i < lines.size(); ++i) {
    for (size_t c = columns->size(); c-- > 0;) {
      std::vector<HeaderCell> parts;
      for (const HeaderCell& cell : lines[i]) {
        auto overlapped = std::count_if(columns->begin(), columns->end(),
                                        [&cell](const HeaderCell& column) { return cell.Overlaps(column); });
        if (overlapped == 1 && cell.Overlaps((*columns)[c]) && !CellText::StartsLower(cell.text)) {
          parts.push_back(HeaderCell{"", "", cell.x0, cell.x1, cell.words});
        }
      }
      if (parts.size() < 2) continue;
      const HeaderCell& merged = (*columns)[c];
      std::string group = merged.group.empty() ? merged.text : merged.group + " " + merged.text;
      for (HeaderCell& part : parts) part.group = group;
      columns->erase(columns->begin() + c);
      columns->insert(columns->begin() + c, parts.begin(), parts.end());
    }
  }
}

std::vector<HeaderCell> LineCells(const PlanLine& line, const HeaderRules& rules) {
  std::vector<HeaderCell> cells;
  for (const Segment& segment : line.line->segments) {
    if (!segment.text.empty()) SplitSegment(segment, rules, &cells);
  }
  return cells;
}

// True when a cell of `lines` other than line `own` starts in line with `x0`.
bool StartsInLine(const std::vector<std::vector<HeaderCell>>& lines, size_t own, double x0) {
  for (size_t i = 0; i < lines.size(); ++i) {
    for (const HeaderCell& cell : lines[i]) {
      if (i != own && std::abs(cell.x0 - x0) <= kAlignSlack) return true;
    }
  }
  return false;
}

// True when `left` and `part`, two headings, read as one parted by a slash
// name by their words a column that holds what each names ("Lead officer
// / target date" a lead and its date).
bool NamesBoth(const HeaderRules& rules, const std::string& left, const std::string& part) {
  std::optional<ColumnName> whole = rules.MatchWords(left + " / " + part);
  std::optional<ColumnName> first = rules.MatchWords(left), second = rules.MatchWords(part);
  return whole && first && second && RoleName(*whole) != RoleName(*first) && RoleName(*whole) != RoleName(*second);
}

// Joins each cell of `lines`, the cells of the lines of `band`, that goes
// on in lower case close after the heading on its left, names no column of
// its own or makes one name with it, and starts in line with no cell of
// another line: OCR parts a heading where it drops a slash ("Person" and
// "agency" of "Person / agency", "Lead" and "date"); "Who" and "when" head
// two columns; a wrapped heading's line ("like?" under "What will success
// look") starts under its first.
void JoinPartedHeadings(const std::vector<const PlanLine*>& band, const HeaderRules& rules,
                        std::vector<std::vector<HeaderCell>>* lines) {
  for (size_t i = 0; i < lines->size(); ++i) {
    std::vector<HeaderCell>& cells = (*lines)[i];
    double most_gap = kHeadingGoesOnGap * band[i]->line->box.height();
    for (size_t c = 1; c < cells.size();) {
      HeaderCell& left = cells[c - 1];
      const HeaderCell& part = cells[c];
      // A part that names a column is one, unless the whole names one too
      // ("Lead" and "date" of "Lead / date"), or read with the slash OCR
      // dropped names a column of both ("Lead officer / target date").
      bool own_name = rules.Match(part.text) && !rules.Match(left.text + " " + part.text) &&
                      !NamesBoth(rules, left.text, part.text);
      if (part.x0 - left.x1 > most_gap || !HeaderCell::GoesOnWith(left.text, part.text) || own_name ||
          StartsInLine(*lines, i, part.x0)) {
        ++c;
        continue;
      }
      left.text += " " + part.text;
      left.x1 = part.x1;
      left.words.insert(left.words.end(), part.words.begin(), part.words.end());
      cells.erase(cells.begin() + c);
    }
  }
}

// Joins `text`, a heading's line, to the heading `to`, before or after it,
// without a space where a narrow column cut a word ("Compl" over "etion");
// true when it cut one so.
bool Join(const HeaderRules& rules, std::string* to, const std::string& text, bool before) {
  if (to->empty()) {
    *to = text;
    return false;
  }
  size_t apart = to->size() + text.size();
  *to = before ? rules.JoinHeadingLine(text, *to) : rules.JoinHeadingLine(*to, text);
  return to->size() == apart;
}

}  // namespace

std::vector<HeaderCell> HeaderBand::Cells(const std::vector<const PlanLine*>& band, const HeaderRules& rules,
                                          const std::vector<const PlanLine*>& body) {
  std::vector<std::vector<HeaderCell>> lines;
  for (const PlanLine* line : band) lines.push_back(LineCells(*line, rules));
  JoinPartedHeadings(band, rules, &lines);
  size_t base = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].size() >= lines[base].size()) base = i;  // The lowest of the finest lines.
  }
  std::vector<HeaderCell> columns = lines[base];
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i != base) SplitAtAlignedWords(lines[i], &columns);
  }
  SplitAtAlignedWords(SplittingStarts(BodyColumnEdges::RecurringStarts(body), columns), &columns);
  BodyColumnEdges::SplitAtGutters(body, &columns);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i != base) BodyColumnEdges::SplitUnderHeadings(body, lines[i], &columns);
  }
  // A cell of another line that runs on into a column's start ("Expected
  // change" under "Evidence of") is two.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i != base) SplitAtAlignedWords(columns, &lines[i]);
  }
  SplitGroupedColumns(lines, base, &columns);
  std::vector<HeaderCell> above;
  for (size_t i = 0; i < base; ++i) above.insert(above.end(), lines[i].begin(), lines[i].end());
  BodyColumnEdges::JoinCrossedColumns(body, above, rules, &columns);
  std::vector<std::pair<size_t, HeaderCell>> own;  // Cells over no column, by line.
  // Lines above the base, nearest first, put their text before it; lines
  // below, after it.
  std::vector<size_t> order;
  for (size_t i = base; i-- > 0;) order.push_back(i);
  for (size_t i = base + 1; i < lines.size(); ++i) order.push_back(i);
  for (size_t i : order) {
    for (const HeaderCell& cell : lines[i]) {
      std::vector<HeaderCell*> under;
      for (HeaderCell& column : columns) {
        if (cell.Overlaps(column)) under.push_back(&column);
      }
      // A cell that a ruling parts from the names under it heads a group, over one column though it may stand.
      const TextLine& below = *band[base]->line;
      bool heads_group = i + 1 == base && below.ruled_row_start && below.ruling_x0 <= cell.x0 + kAlignSlack &&
                         below.ruling_x1 >= cell.x1 - kAlignSlack && !CellText::EndsMidPhrase(cell.text);
      if (under.empty()) {
        own.emplace_back(i, cell);
      } else if (under.size() == 1 && !heads_group) {
        under[0]->cuts_words |= Join(rules, &under[0]->text, cell.text, i < base);
        under[0]->x0 = std::min(under[0]->x0, cell.x0);
      } else {
        for (HeaderCell* column : under) Join(rules, &column->group, cell.text, i < base);
      }
    }
  }
  // Cells standing over no column: one column each, or one with the cells
  // above or below them ("Ref" over "No.").
  std::stable_sort(own.begin(), own.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<HeaderCell> added;
  for (const auto& line_and_cell : own) {
    const HeaderCell& cell = line_and_cell.second;
    auto same = std::find_if(added.begin(), added.end(), [&cell](const HeaderCell& a) { return a.Overlaps(cell); });
    if (same == added.end()) {
      added.push_back(cell);
    } else {
      same->cuts_words |= Join(rules, &same->text, cell.text, false);
      same->x0 = std::min(same->x0, cell.x0);
      same->x1 = std::max(same->x1, cell.x1);
    }
  }
  columns.insert(columns.end(), added.begin(), added.end());
  std::sort(columns.begin(), columns.end(), [](const HeaderCell& a, const HeaderCell& b) { return a.x0 < b.x0; });
  BodyColumnEdges::MoveToOwnCells(body, &columns);
  std::vector<HeaderCell> unheaded = BodyColumnEdges::UnheadedColumns(body, columns);
  columns.insert(columns.end(), unheaded.begin(), unheaded.end());
  std::sort(columns.begin(), columns.end(), [](const HeaderCell& a, const HeaderCell& b) { return a.x0 < b.x0; });
  return columns;
}

}  // namespace planrows
