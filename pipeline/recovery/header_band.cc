#include "pipeline/recovery/header_band.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

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
// How far apart, in points, two cells' left edges may be and still stand
// in line (one column's headings, left-aligned).
constexpr double kAlignSlack = 3;
// How far left of its heading, in points, a column's cells may start: two
// characters of a text laid out in character columns.
constexpr double kCellLead = 12;
// Fewest lines under a header on which cells start at one edge for that
// edge to part the heading above it.
constexpr int kMinBodyLines = 2;

// The text of `words` [from, to) joined by spaces.
std::string Text(const std::vector<Word>& words, size_t from, size_t to) {
  std::string text;
  for (size_t i = from; i < to; ++i) text += (text.empty() ? "" : " ") + words[i].text;
  return text;
}

// True when `word` joins the parts of one heading ("Owner / deadline").
bool IsJoiner(const std::string& word) {
  for (const char* joiner : {"/", "&", "and", "or", "-"}) {
    if (word == joiner) return true;
  }
  return false;
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
    if (IsJoiner(words[cut - 1].text) || IsJoiner(words[cut].text) ||
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

// True when `word`, in lower case after a heading in capitals, goes on
// with that heading: OCR leaves a wide gap where it drops a slash
// ("Lead officer / body"), and headings start with a capital.
bool GoesOnWith(const std::string& heading, const std::string& word) {
  return !heading.empty() && std::isupper(static_cast<unsigned char>(heading[0])) &&
         std::islower(static_cast<unsigned char>(word[0]));
}

// The cells of one segment: one, or one per part where its words stand
// further apart than word spaces, unless the part goes on with the one
// before it, or where it parts into two named cells, unless it names a
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
         !GoesOnWith(cell.text, words[i].text))) {
      cells->push_back(cell);
      cell = HeaderCell{"", "", words[i].box.x0, words[i].box.x0, {}};
    }
    cell.text += (cell.text.empty() ? "" : " ") + words[i].text;
    cell.x1 = words[i].box.x1;
    cell.words.push_back(words[i]);
  }
  cells->push_back(cell);
}

// Cuts column `c` of `columns` in two before its word `w`.
void CutBefore(size_t w, size_t c, std::vector<HeaderCell>* columns) {
  HeaderCell& column = (*columns)[c];
  HeaderCell right{"", "", column.words[w].box.x0, column.x1,
                   std::vector<Word>(column.words.begin() + w, column.words.end())};
  column.words.resize(w);
  column.x1 = column.words.back().box.x1;
  for (HeaderCell* part : {&column, &right}) {
    part->text.clear();
    for (const Word& word : part->words) part->text += (part->text.empty() ? "" : " ") + word.text;
  }
  columns->insert(columns->begin() + c + 1, std::move(right));
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
        CutBefore(w, c, columns);
        break;
      }
    }
  }
}

// True when `a` and `b` share some of their width.
bool Overlaps(const HeaderCell& a, const HeaderCell& b) { return a.x0 < b.x1 && b.x0 < a.x1; }

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
                                        [&cell](const HeaderCell& column) { return Overlaps(cell, column); });
        if (overlapped == 1 && Overlaps(cell, (*columns)[c]) && !CellText::StartsLower(cell.text)) {
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

// Joins each cell of `lines`, the cells of the lines of `band`, that goes
// on in lower case close after the heading on its left, names no column of
// its own, and starts in line with no cell of another line: OCR parts a
// heading where it drops a slash ("Person" and "agency" of "Person /
// agency"); "Who" and "when" head two columns; a wrapped heading's line
// ("like?" under "What will success look") starts under its first.
void JoinPartedHeadings(const std::vector<const PlanLine*>& band, const HeaderRules& rules,
                        std::vector<std::vector<HeaderCell>>* lines) {
  for (size_t i = 0; i < lines->size(); ++i) {
    std::vector<HeaderCell>& cells = (*lines)[i];
    double most_gap = kHeadingGoesOnGap * band[i]->line->box.height();
    for (size_t c = 1; c < cells.size();) {
      HeaderCell& left = cells[c - 1];
      const HeaderCell& part = cells[c];
      if (part.x0 - left.x1 > most_gap || !GoesOnWith(left.text, part.text) || rules.Match(part.text) ||
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
// without a space where a narrow column cut a word ("Compl" over "etion").
void Join(const HeaderRules& rules, std::string* to, const std::string& text, bool before) {
  if (to->empty()) {
    *to = text;
  } else {
    *to = before ? rules.JoinHeadingLine(text, *to) : rules.JoinHeadingLine(*to, text);
  }
}

}  // namespace

// Where cells of `body` start on two lines or more: edges of columns that
// the header's words may not show apart. Bullets and the text right after
// them are indented items, not columns.
std::vector<HeaderCell> RecurringStarts(const std::vector<const PlanLine*>& body) {
  std::vector<std::pair<double, int>> starts;  // Left edge, lines.
  for (const PlanLine* line : body) {
    bool after_bullet = false;
    for (const Segment& segment : line->line->segments) {
      bool bullet = CellText::IsNoise(segment.text);
      if (!bullet && !after_bullet) {
        auto same = std::find_if(starts.begin(), starts.end(), [&segment](const auto& start) {
          return std::abs(start.first - segment.box.x0) <= kAlignSlack;
        });
        if (same == starts.end()) {
          starts.emplace_back(segment.box.x0, 1);
        } else {
          ++same->second;
        }
      }
      after_bullet = bullet;
    }
  }
  std::vector<HeaderCell> recurring;
  for (const auto& [x, lines] : starts) {
    if (lines >= kMinBodyLines) recurring.push_back(HeaderCell{"", "", x, x + 1, {}});
  }
  return recurring;
}

// Joins to the column on its left each column whose left edge words of
// `body` run across on two lines or more: a heading that OCR or a
// converter cut in two ("Activity" and "intervention" of "Activity /
// intervention") heads one column, as no cell's word crosses a column's
// edge. One line will do where the heading goes on in lower case ("Person"
// and "agency" of "Person / agency") and is no wrapped heading's second
// line: no heading of `above`, the band's lines above, stands over it.
void JoinCrossedColumns(const std::vector<const PlanLine*>& body, const std::vector<HeaderCell>& above,
                        std::vector<HeaderCell>* columns) {
  for (size_t c = columns->size(); c-- > 1;) {
    double edge = (*columns)[c].x0, left_end = (*columns)[c - 1].x1;
    int crossed = 0;
    for (const PlanLine* line : body) {
      // A line of one cell may run across the table: a section's own row.
      if (line->line->segments.size() < 2) continue;
      bool crosses = false;
      for (const Segment& segment : line->line->segments) {
        for (const Word& word : segment.words) {
          // A cell that starts just left of the edge, or past the end of
          // the heading on the left, is the column's own: its heading was
          // set right of its cells (bold type in laid-out text).
          bool starts_cell =
              &word == &segment.words.front() && (word.box.x0 >= edge - kCellLead || word.box.x0 > left_end);
          crosses |= !starts_cell && word.box.x0 < edge - kAlignSlack && word.box.x1 > edge + kAlignSlack;
        }
      }
      crossed += crosses;
    }
    HeaderCell& left = (*columns)[c - 1];
    const HeaderCell& right = (*columns)[c];
    auto over_right = [&right](const HeaderCell& a) { return Overlaps(a, right); };
    bool goes_on = GoesOnWith(left.text, right.text) && std::none_of(above.begin(), above.end(), over_right);
    if (crossed < (goes_on ? 1 : kMinBodyLines)) continue;
    left.text += " " + right.text;
    left.x1 = std::max(left.x1, right.x1);
    left.words.insert(left.words.end(), right.words.begin(), right.words.end());
    columns->erase(columns->begin() + c);
  }
}

// True when the space of a heading from `left` to `right` (points) is a
// gutter between two columns of `body`: no word of a line of cells spans
// it, and on two lines or more a cell starts under the heading's words
// before it, from `begin`, and on two or more one starts after it, before
// `end`. A cell may start a character left of its heading's word where a
// converter laid text out in character columns.
bool IsGutter(const std::vector<const PlanLine*>& body, double begin, double left, double right, double end) {
  int before = 0, after = 0;
  for (const PlanLine* line : body) {
    if (line->line->segments.size() < 2) continue;
    for (const Segment& segment : line->line->segments) {
      for (const Word& word : segment.words) {
        if (word.box.x0 < left && word.box.x1 > right) return false;
      }
      before += segment.box.x0 >= begin - kAlignSlack && segment.box.x0 < left;
      after += segment.box.x0 > left && segment.box.x0 < end;
    }
  }
  return before >= kMinBodyLines && after >= kMinBodyLines;
}

// Splits each multi-word heading of `columns` at a space that is a gutter
// between columns of `body`: a converter that lays text out in character
// columns may leave one space only between two narrow headings ("Code
// Goal"), and set them a character or two off their cells.
void SplitAtGutters(const std::vector<const PlanLine*>& body, std::vector<HeaderCell>* columns) {
  for (size_t c = 0; c < columns->size(); ++c) {
    const std::vector<Word>& words = (*columns)[c].words;
    double next = c + 1 < columns->size() ? (*columns)[c + 1].x0 : std::numeric_limits<double>::max();
    for (size_t w = 1; w < words.size(); ++w) {
      if (IsJoiner(words[w - 1].text) || IsJoiner(words[w].text) ||
          CellText::StartsLower(words[w].text)) {
        continue;
      }
      if (IsGutter(body, (*columns)[c].x0, words[w - 1].box.x1, words[w].box.x0, next)) {
        CutBefore(w, c, columns);
        break;
      }
    }
  }
}

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
  SplitAtAlignedWords(RecurringStarts(body), &columns);
  SplitAtGutters(body, &columns);
  SplitGroupedColumns(lines, base, &columns);
  std::vector<HeaderCell> above;
  for (size_t i = 0; i < base; ++i) above.insert(above.end(), lines[i].begin(), lines[i].end());
  JoinCrossedColumns(body, above, &columns);
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
        if (Overlaps(cell, column)) under.push_back(&column);
      }
      // A cell that a ruling parts from the names under it heads a group, over one column though it may stand.
      const TextLine& below = *band[base]->line;
      bool heads_group = i + 1 == base && below.ruled_row_start && below.ruling_x0 <= cell.x0 + kAlignSlack &&
                         below.ruling_x1 >= cell.x1 - kAlignSlack && !CellText::EndsMidPhrase(cell.text);
      if (under.empty()) {
        own.emplace_back(i, cell);
      } else if (under.size() == 1 && !heads_group) {
        Join(rules, &under[0]->text, cell.text, i < base);
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
    auto same = std::find_if(added.begin(), added.end(), [&cell](const HeaderCell& a) { return Overlaps(a, cell); });
    if (same == added.end()) {
      added.push_back(cell);
    } else {
      Join(rules, &same->text, cell.text, false);
      same->x0 = std::min(same->x0, cell.x0);
      same->x1 = std::max(same->x1, cell.x1);
    }
  }
  columns.insert(columns.end(), added.begin(), added.end());
  std::sort(columns.begin(), columns.end(), [](const HeaderCell& a, const HeaderCell& b) { return a.x0 < b.x0; });
  return columns;
}

}  // namespace planrows
