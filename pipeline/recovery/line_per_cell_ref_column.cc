// LinePerCellReader's reference column: where the references of rows
// written a cell a line stand among their cells, whatever the header calls
// that column, or if it leaves it unnamed.
#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>

#include "pipeline/recovery/fixed_width_rows.h"
#include "pipeline/recovery/text_table_end.h"

namespace planrows {

bool LinePerCellReader::PlaceRefColumn(const std::vector<PlanLine>& lines, size_t body, Layout* layout,
                                       RebuiltTable* table) const {
  // A reference in front of a cell's text is a cell of its own.
  const size_t width = header_reader_.CellsPerRow(lines, body - 1, layout->numbered, true) +
                       (RefStandsAlone(lines, body - 1, layout->numbered) ? 0 : 1);
  const std::vector<std::optional<Column>>& named = layout->columns;
  const size_t named_ref = std::find(named.begin(), named.end(), Column::kRef) - named.begin();
  // The reference column stands where a heading names it; else in the
  // place of any heading, in rows as wide as the header, or between any two.
  const bool inserted = named_ref == named.size() && width == named.size() + 1;
  if (width != named.size() && !inserted) return false;
  // The rows of the header's page, run by run between section headings (a theme may be one), tell the place.
  std::vector<std::vector<const PlanLine*>> runs(1);
  for (size_t k = body; k < lines.size() && lines[k].page == lines[body].page; ++k) {
    if (TextTableEnd::IsPast(lines[k])) break;
    // A bare number that numbers a row looks like a page's, as ReadBody knows.
    bool numbers_row = header_reader_.StartsRow(lines, k, layout->numbered);
    if (TextTableEnd::IsFurniture(lines[k], rules_.patterns) && !numbers_row) continue;
    if (TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) {
      runs.emplace_back();
      continue;
    }
    runs.back().push_back(&lines[k]);
  }
  Layout sample = *layout;
  sample.has_ref_column = sample.line_per_cell = true;
  std::optional<double> best;
  size_t best_place = 0;
  const size_t places = named_ref < named.size() ? 1 : width;
  for (size_t place = 0; place < places; ++place) {
    sample.columns = named;
    if (inserted) sample.columns.insert(sample.columns.begin() + place, Column::kRef);
    if (named_ref == named.size() && !inserted) sample.columns[place] = Column::kRef;
    double score = 0;
    bool cut = true;  // Every run of lines cuts into rows so.
    for (const std::vector<const PlanLine*>& run : runs) {
      std::vector<std::string> texts;
      for (const Piece& piece : Pieces(run, sample)) texts.push_back(piece.text);
      if (texts.empty()) continue;
      FixedWidthRows rows(cell_fit_, classifier_, sample.columns, sample.numbered);
      std::optional<double> run_score = rows.Score(texts);
      cut = cut && run_score;
      score += run_score.value_or(0);
    }
    if (cut && (!best || score > *best)) best = score, best_place = place;
  }
  if (!best) return false;
  if (inserted) {
    layout->columns.insert(layout->columns.begin() + best_place, Column::kRef);
    table->headings.insert(table->headings.begin() + best_place, RebuiltTable::kRefHeading);
  } else if (named_ref == named.size()) {
    layout->columns[best_place] = Column::kRef;
    table->headings[best_place] = RebuiltTable::kRefHeading;
  }
  layout->fixed_width = true;
  return true;
}

bool LinePerCellReader::NamesRefFirst(const std::vector<std::string>& names) const {
  std::optional<ColumnName> first = rules_.headers.MatchWords(names.front());
  return first && first->column == Column::kRef;
}

bool LinePerCellReader::RefStandsAlone(const std::vector<PlanLine>& lines, size_t at, bool numbered) const {
  for (size_t k = at + 1; k < lines.size() && lines[k].page == lines[at].page; ++k) {
    if (!header_reader_.StartsRow(lines, k, numbered)) continue;
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lines[k].text);
    return words.size() == classifier_.RefWordsAtStart(words) || (numbered && CellFit::IsBareNumber(lines[k].text));
  }
  return false;
}

}  // namespace planrows
