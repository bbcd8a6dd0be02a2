#include "pipeline/recovery/body_column_edges.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// How far left of its heading, in points, a column's cells may start: two
// characters of a text laid out in character columns.
constexpr double kCellLead = 12;
// Fewest lines under a header on which cells start at one edge for that
// edge to part the heading above it.
constexpr int kMinBodyLines = 2;

// True when `rules` know `left` and `right` each by its full name, as two
// columns, neither of references (a reference opening the cell beside it,
// "NG 2 - Train ...", is read apart from it in one column), `right` a
// heading of its own that starts with a capital: one in lower case goes on
// the heading left of it ("Led by" and "when" of "Led by / when").
bool NameTwoColumns(const HeaderRules& rules, const std::string& left, const std::string& right) {
  if (!rules.IsFullName(left) || !rules.IsFullName(right) || CellText::StartsLower(right)) return false;
  std::optional<ColumnName> left_column = rules.Match(left);
  std::optional<ColumnName> right_column = rules.Match(right);
  return left_column && right_column && left_column->column != right_column->column &&
         left_column->column != Column::kRef;
}

}  // namespace

std::vector<HeaderCell> BodyColumnEdges::RecurringStarts(const std::vector<const PlanLine*>& body) {
  std::vector<std::pair<double, int>> starts;  // Left edge, lines.
  for (const PlanLine* line : body) {
    bool after_bullet = false;
    for (const Segment& segment : line->line->segments) {
      bool bullet = CellText::IsNoise(segment.text);
      if (!bullet && !after_bullet) {
        auto same = std::find_if(starts.begin(), starts.end(), [&segment](const auto& start) {
          return std::abs(start.first - segment.box.x0) <= HeaderCell::kAlignSlack;
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

std::vector<HeaderCell> BodyColumnEdges::UnheadedColumns(const std::vector<const PlanLine*>& body,
                                                         const std::vector<HeaderCell>& columns) {
  std::vector<HeaderCell> unheaded;
  const std::vector<HeaderCell> starts = RecurringStarts(body);
  for (const HeaderCell& start : starts) {
    for (size_t c = 0; c + 1 < columns.size(); ++c) {
      // A cell may start a little left of its heading (kCellLead), and
      // further where bold headings were spaced wider: its first words then
      // run on under the heading, and no cells start where the heading
      // does. An unheaded column's first words end before the next column,
      // whose own cells start under its heading.
      double next = columns[c + 1].x0;
      bool next_has_cells = std::any_of(starts.begin(), starts.end(), [next](const HeaderCell& other) {
        return std::abs(other.x0 - next) <= kCellLead;
      });
      if (start.x0 > columns[c].x1 + HeaderCell::kAlignSlack && start.x0 < next - kCellLead && next_has_cells &&
          FirstWordsEndBefore(body, start.x0, next)) {
        unheaded.push_back(start);
      }
    }
  }
  return unheaded;
}

bool BodyColumnEdges::FirstWordsEndBefore(const std::vector<const PlanLine*>& body, double start, double next) {
  for (const PlanLine* line : body) {
    for (const Segment& segment : line->line->segments) {
      if (std::abs(segment.box.x0 - start) > HeaderCell::kAlignSlack || segment.words.empty()) continue;
      if (segment.words.front().box.x1 > next - HeaderCell::kAlignSlack) return false;
    }
  }
  return true;
}

int BodyColumnEdges::CrossingLines(const std::vector<const PlanLine*>& body, double edge, double left_end) {
  int crossed = 0;
  for (const PlanLine* line : body) {
    // A line of one cell may run across the table: a section's own row.
    if (line->line->segments.size() < 2) continue;
    bool crosses = false;
    for (const Segment& segment : line->line->segments) {
      // A cell that starts past the end of the heading on the left is the
      // column's own, all of it, set left of its heading where a converter
      // packed a row narrower than the rows around it.
      bool own_cell = !segment.words.empty() && segment.words.front().box.x0 > left_end;
      for (const Word& word : segment.words) {
        // A cell that starts just left of the edge, or past the end of
        // the heading on the left, is the column's own: its heading was
        // set right of its cells (bold type in laid-out text). So is a
        // word one space after the cell on its left, where a converter
        // laying text out in character columns ran the two together, when
        // it starts where the column's cells start on other lines.
        bool first = &word == &segment.words.front();
        bool starts_cell = (first && (word.box.x0 >= edge - kCellLead || word.box.x0 > left_end)) ||
                           (!first && word.box.x0 >= edge - kCellLead && CellsStartAt(body, word.box.x0));
        crosses |= !starts_cell && !own_cell && word.box.x0 < edge - HeaderCell::kAlignSlack &&
                   word.box.x1 > edge + HeaderCell::kAlignSlack;
      }
    }
    crossed += crosses;
  }
  return crossed;
}

double BodyColumnEdges::OwnCellsStart(const std::vector<const PlanLine*>& body, double left_end,
                                      const HeaderCell& heading, double next) {
  for (const HeaderCell& start : RecurringStarts(body)) {
    if (start.x0 > heading.x0 + HeaderCell::kAlignSlack && start.x0 < next - HeaderCell::kAlignSlack &&
        CrossingLines(body, start.x0, left_end) == 0) {
      return start.x0;
    }
  }
  return 0;
}

double BodyColumnEdges::OwnCellsStartOf(const std::vector<const PlanLine*>& body,
                                        const std::vector<HeaderCell>& columns, size_t c) {
  const HeaderCell& left = columns[c - 1];
  const HeaderCell& right = columns[c];
  if (CrossingLines(body, right.x0, left.x1) < kMinBodyLines) return 0;
  double next = c + 1 < columns.size() ? columns[c + 1].x0 : std::numeric_limits<double>::max();
  return OwnCellsStart(body, left.x1, right, next);
}

void BodyColumnEdges::JoinCrossedColumns(const std::vector<const PlanLine*>& body, const std::vector<HeaderCell>& above,
                                         const HeaderRules& rules, std::vector<HeaderCell>* columns) {
  for (size_t c = columns->size(); c-- > 1;) {
    HeaderCell& left = (*columns)[c - 1];
    HeaderCell& right = (*columns)[c];
    int crossed = CrossingLines(body, right.x0, left.x1);
    auto over_right = [&right](const HeaderCell& a) { return a.Overlaps(right); };
    bool goes_on =
        HeaderCell::GoesOnWith(left.text, right.text) && std::none_of(above.begin(), above.end(), over_right);
    if (crossed < (goes_on ? 1 : kMinBodyLines)) continue;
    // A heading with cells of its own is kept, for MoveToOwnCells.
    if (!goes_on && OwnCellsStartOf(body, *columns, c) > 0) continue;
    if (NameTwoColumns(rules, left.text, right.text)) continue;
    left.text += " " + right.text;
    left.x1 = std::max(left.x1, right.x1);
    left.words.insert(left.words.end(), right.words.begin(), right.words.end());
    columns->erase(columns->begin() + c);
  }
}

void BodyColumnEdges::MoveToOwnCells(const std::vector<const PlanLine*>& body, std::vector<HeaderCell>* columns) {
  for (size_t c = 1; c < columns->size(); ++c) {
    double own_start = OwnCellsStartOf(body, *columns, c);
    if (own_start == 0) continue;
    (*columns)[c].x0 = own_start;
    // A heading that ends left of its cells leaves the column no width: it spans its cells' start.
    (*columns)[c].x1 = std::max((*columns)[c].x1, own_start);
  }
}

bool BodyColumnEdges::CellsStartAt(const std::vector<const PlanLine*>& body, double x) {
  int starts = 0;
  for (const PlanLine* line : body) {
    for (const Segment& segment : line->line->segments) {
      starts += std::abs(segment.box.x0 - x) <= HeaderCell::kAlignSlack;
    }
  }
  return starts >= kMinBodyLines;
}

bool BodyColumnEdges::IsGutter(const std::vector<const PlanLine*>& body, double begin, double left, double right,
                               double end, int least) {
  int before = 0, after = 0;
  for (const PlanLine* line : body) {
    if (line->line->segments.size() < 2) continue;
    for (const Segment& segment : line->line->segments) {
      for (const Word& word : segment.words) {
        if (word.box.x0 < left && word.box.x1 > right) return false;
      }
      before += segment.box.x0 >= begin - HeaderCell::kAlignSlack && segment.box.x0 < left;
      after += segment.box.x0 > left && segment.box.x0 < end;
    }
  }
  return before >= least && after >= least;
}

void BodyColumnEdges::SplitUnderHeadings(const std::vector<const PlanLine*>& body,
                                         const std::vector<HeaderCell>& other, std::vector<HeaderCell>* columns) {
  for (const HeaderCell& cell : other) {
    if (cell.text.empty() || !std::isupper(static_cast<unsigned char>(cell.text[0]))) continue;
    for (size_t c = 0; c < columns->size(); ++c) {
      const std::vector<Word>& words = (*columns)[c].words;
      double next = c + 1 < columns->size() ? (*columns)[c + 1].x0 : std::numeric_limits<double>::max();
      for (size_t w = 1; w < words.size(); ++w) {
        const Box& box = words[w].box;
        double character = box.width() / std::max<size_t>(1, words[w].text.size());
        if (std::abs(box.x0 - cell.x0) > character + HeaderCell::kAlignSlack) continue;
        // The heading over it is the second edge's evidence: one line of cells either side will do.
        bool gutter = IsGutter(body, (*columns)[c].x0, words[w - 1].box.x1, box.x0, next, 1);
        if (gutter) HeaderCell::CutBefore(w, c, columns);
        break;
      }
    }
  }
}

void BodyColumnEdges::SplitAtGutters(const std::vector<const PlanLine*>& body, std::vector<HeaderCell>* columns) {
  for (size_t c = 0; c < columns->size(); ++c) {
    const std::vector<Word>& words = (*columns)[c].words;
    double next = c + 1 < columns->size() ? (*columns)[c + 1].x0 : std::numeric_limits<double>::max();
    for (size_t w = 1; w < words.size(); ++w) {
      if (!HeaderCell::MayCutBefore(words, w) || CellText::StartsLower(words[w].text)) continue;
      if (IsGutter(body, (*columns)[c].x0, words[w - 1].box.x1, words[w].box.x0, next)) {
        HeaderCell::CutBefore(w, c, columns);
        break;
      }
    }
  }
}

}  // namespace planrows
