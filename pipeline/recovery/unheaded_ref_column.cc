#include "pipeline/recovery/unheaded_ref_column.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "pipeline/recovery/cell_kind.h"

namespace planrows {
namespace {

// Fewest lines with a reference at one place inside a headed column that
// make a column of references without a header cell. Left of the first
// heading, where no column's text stands, one makes it: a table of one row
// under a header with no cell over its reference.
constexpr int kMinUnheadedRefs = 2;
constexpr int kMinLeadingRefs = 1;
// Most words of a reference ("CSE 3.2a").
constexpr size_t kMaxRefWords = 2;
// Least gap (points) between a reference and the text beside it that sets
// them in two columns.
constexpr double kMinGap = 6;
// How far (points) the starts of one column's cells may stray.
constexpr double kAlignSlack = 3;
// How far (points) left of a heading its column's cells may start.
constexpr double kHeadingSlack = 4;

// References found at one place on several lines. Inside the table they
// are placed from the heading they stand before, as each repeat of the
// header may set its columns a little apart.
struct RefStack {
  size_t column = 0;  // The headed column they stand before.
  double start = 0;   // Where the leftmost starts, from the heading.
  double beside = 0;  // Where the nearest text right of them starts, from the heading.
  int lines = 0;
};

class Finder {
 public:
  explicit Finder(const RecoveryRules& rules) : classifier_(rules) {}

  // Notes the references `line` holds without a heading, under headings
  // placed as in `layout`.
  void Read(const PlanLine& line, const TableLayout& layout) {
    if (line.FilledCells() < 2) return;
    layout_ = &layout;
    ReadLeading(line);
    const std::vector<Segment>& segments = line.line->segments;
    for (size_t k = 0; k < segments.size(); ++k) ReadInner(segments, k);
  }

  // Adds the column the references noted make, if they make one.
  void AddTo(TableLayout* layout) const {
    if (leading_.lines >= kMinLeadingRefs) {
      layout->AddUnheadedColumn(0, leading_.start, leading_.beside, "no heading: cells left of the first heading");
      return;
    }
    if (layout->IndexOf(Column::kRef) >= 0) return;
    const RefStack* best = nullptr;
    for (const RefStack& stack : inner_) {
      if (stack.lines >= kMinUnheadedRefs && (!best || stack.lines > best->lines)) best = &stack;
    }
    if (best) {
      double heading = layout->columns()[best->column].headed_at;
      layout->AddUnheadedColumn(best->column, heading + best->start, heading + best->beside,
                                "no heading: references left of the next heading");
    }
  }

 private:
  // A reference (one or two words) left of the first heading.
  void ReadLeading(const PlanLine& line) {
    const double first_start = layout_->columns()[0].start;
    const std::vector<Word>& words = line.line->segments[0].words;
    size_t n = 0;
    std::string ref;
    for (; n < words.size() && n < kMaxRefWords && words[n].box.x1 <= first_start; ++n) {
      ref += (n > 0 ? " " : "") + words[n].text;
    }
    if (n == 0 || classifier_.Classify(ref) != CellKind::kRef) return;
    if (leading_.lines++ == 0) leading_.start = leading_.beside = first_start;
    leading_.start = std::min(leading_.start, words[0].box.x0);
    const Box& next = n < words.size() ? words[n].box : line.line->segments[1].box;
    if (next.x0 > words[n - 1].box.x1) leading_.beside = std::min(leading_.beside, next.x0);
  }

  // Segment `k` when it is a reference alone that ends left of a heading
  // other than the first, with the text beside it starting under that
  // heading: the heading's column holds an unheaded column of references
  // first. The reference starts where that column's cells were found to
  // start, or clear of where the cells of the column before start: a
  // reference set right in the gap between two headings.
  void ReadInner(const std::vector<Segment>& segments, size_t k) {
    const Segment& segment = segments[k];
    if (k + 1 == segments.size() || segment.words.size() > kMaxRefWords) return;
    size_t column = 1;
    while (column < layout_->columns().size() && layout_->columns()[column].headed_at <= segment.box.x1) ++column;
    if (column == layout_->columns().size()) return;
    bool in_column = segment.box.x0 >= layout_->columns()[column].start - kAlignSlack;
    if (!in_column && segment.box.x0 <= layout_->columns()[column - 1].start + kAlignSlack) return;
    const double beside = segments[k + 1].box.x0, heading = layout_->columns()[column].headed_at;
    if (beside < heading - kHeadingSlack || beside - segment.box.x1 < kMinGap) return;
    if (classifier_.Classify(segment.text) != CellKind::kRef) return;
    RefStack& stack = StackAt(column, segment.box.x0 - heading);
    ++stack.lines;
    stack.beside = std::min(stack.beside, beside - heading);
  }

  // The stack of references before `column` that one starting `offset`
  // points from its heading joins.
  RefStack& StackAt(size_t column, double offset) {
    for (RefStack& stack : inner_) {
      if (stack.column == column && std::abs(stack.start - offset) <= kAlignSlack) {
        stack.start = std::min(stack.start, offset);
        return stack;
      }
    }
    inner_.push_back(RefStack{column, offset, 0, 0});
    return inner_.back();
  }

  CellClassifier classifier_;
  const TableLayout* layout_ = nullptr;  // The positions of the headings over the line read.
  RefStack leading_;
  std::vector<RefStack> inner_;
};

}  // namespace

void UnheadedRefColumn::Find(const TableBody& body, const RecoveryRules& rules, TableLayout* layout) {
  if (layout->columns().empty()) return;
  Finder finder(rules);
  // Each part of the body lies under its own header, printed again where it may stand a little apart.
  for (const TableBody::Part& part : body.parts) {
    TableLayout placed = *layout;
    if (part.repeat) placed.TakePositions(*part.repeat);
    for (const PlanLine* line : part.lines) {
      if (line->page->cells_by_index || line->line->segments.empty()) return;
      finder.Read(*line, placed);
    }
  }
  finder.AddTo(layout);
}

}  // namespace planrows
