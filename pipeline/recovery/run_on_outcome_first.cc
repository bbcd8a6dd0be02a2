// RunOnTableReader's rows that open with an outcome before the reference
// that numbers their action ("Carers are heard A1 Review the rota ..."):
// the words from one reference to the next end with the next row's outcome.
#include <algorithm>

#include "pipeline/recovery/run_on_table_reader.h"

namespace planrows {
namespace {

// Fewest rows whose words end with the next row's outcome that show the
// rows open with their outcomes.
constexpr size_t kMinOutcomeTails = 2;

}  // namespace

size_t RunOnTableReader::OutcomeTailAt(const std::vector<Token>& body, const RowSpan& span,
                                       const std::vector<std::optional<Column>>& named) const {
  // The row's cells after its reference, then the next row's outcome.
  std::vector<std::optional<Column>> order(named.begin() + 1, named.end());
  order.push_back(named.front());
  const size_t from = span.begin + 1;
  std::vector<std::string> words;
  for (size_t k = from; k < span.end; ++k) words.push_back(body[k].text);
  std::optional<GroupedRow> row = OneRow(order, words);
  if (!row || row->cell_pieces.back() == GroupedRow::kNoPiece) return span.end;
  return from + row->cell_pieces.back();
}

bool RunOnTableReader::CutOutcomesBeforeRefs(const std::vector<Token>& body,
                                             const std::vector<std::optional<Column>>& named,
                                             std::vector<RowSpan>* spans) const {
  if (named.size() < 2 || named.front() != Column::kOutcome) return false;
  auto is_row = [&](size_t i) { return i < spans->size() && !(*spans)[i].heading; };
  // Where each row that runs straight into the next ends its outcome's cut.
  std::vector<size_t> tails(spans->size());
  size_t pairs = 0, cut = 0;
  for (size_t i = 0; i < spans->size(); ++i) {
    tails[i] = (*spans)[i].end;
    if (!is_row(i) || !is_row(i + 1) || (*spans)[i].end != (*spans)[i + 1].begin) continue;
    ++pairs;
    tails[i] = OutcomeTailAt(body, (*spans)[i], named);
    cut += tails[i] < (*spans)[i].end;
  }
  if (cut < kMinOutcomeTails || cut * 2 < pairs) return false;
  std::vector<RowSpan> cut_spans;
  for (size_t i = 0; i < spans->size(); ++i) {
    RowSpan span = (*spans)[i];
    if (i > 0 && is_row(i - 1) && is_row(i)) span.begin = tails[i - 1];
    span.end = tails[i];
    // The title right under a header is the first row's outcome; a labelled
    // section heading ("Priority 2 - ...") stays one.
    bool outcome_above = !cut_spans.empty() && cut_spans.back().heading && cut_spans.back().end == span.begin &&
                         SectionAt(body, cut_spans.back().begin) == 0;
    if (!span.heading && outcome_above) {
      span.begin = cut_spans.back().begin;
      cut_spans.pop_back();
    }
    cut_spans.push_back(span);
  }
  spans->swap(cut_spans);
  return true;
}

}  // namespace planrows
