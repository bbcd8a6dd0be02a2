#include "pipeline/recovery/text_table_rebuilder.h"

#include <iterator>
#include <optional>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/header_finder.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// A column whose name no rule knows is the reference column when at least
// this many of its cells, and most, are references; it is then so named.
constexpr size_t kMinRefs = 2;

// A copy of `line` holding `cells`.
PlanLine WithCells(const PlanLine& line, std::vector<std::string> cells) {
  PlanLine out = line;
  out.cells = std::move(cells);
  std::string text;
  for (const std::string& cell : out.cells) text += cell + " ";
  out.text = CellText::Clean(text);
  out.page_start = false;
  return out;
}

}  // namespace

TextTableRebuilder::TextTableRebuilder(const RecoveryRules& rules)
    : rules_(rules), slash_rows_(rules), column_blocks_(rules), run_on_(rules), line_per_cell_(rules),
      left_halves_(rules) {}

size_t TextTableRebuilder::HeaderLinesAt(const std::vector<PlanLine>& lines, size_t at) const {
  const PlanLine& line = lines[at];
  if (!line.page->cells_by_index || !line.IsSingleCell()) return 0;
  const HeaderRules& headers = rules_.headers;
  const PlanLine* next = at + 1 < lines.size() ? &lines[at + 1] : nullptr;
  bool column_heading = headers.Match(line.text) ||
                        (next != nullptr && next->page == line.page && headers.Match(line.text + " " + next->text));
  if (column_heading || slash_rows_.IsHeader(line) || !SpacedHeaderSplitter(headers).Split(line.text).empty()) {
    return 1;
  }
  return column_blocks_.RepeatedHeadingLinesAt(lines, at);
}

bool TextTableRebuilder::ReadTable(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table,
                                   std::vector<PlanLine>* grid) const {
  const PlanLine& line = lines[at];
  if (!line.page->cells_by_index || !line.IsSingleCell()) return false;
  // Each reader starts from an empty table: one that gives up may have
  // filled in part of it. The table must be one TableReader reads as an
  // action table: its header names its columns, or its rows bear it out.
  // A table whose rows one reader cannot tell apart is passed over, with
  // its warning, unless a later reader tells them (a header on a line of its
  // own over cells a line each reads as a paragraph run into one, and not).
  std::optional<RebuiltTable> passed_over;
  auto read = [&](const auto& reader) {
    RebuiltTable attempt;
    if (!reader.Read(lines, at, &attempt)) return false;
    if (attempt.rows.empty() && !attempt.warnings.empty()) {
      if (!passed_over) passed_over = std::move(attempt);
      return false;
    }
    std::vector<PlanLine> written;
    WriteGrid(attempt, &written);
    size_t end;
    if (!HeaderFinder(rules_, written).At(0, &end)) return false;
    *table = std::move(attempt);
    *grid = std::move(written);
    return true;
  };
  // Reads the table anew with `other`, keeping that reading where
  // `better`, given the first, says it is.
  auto prefer = [&](const auto& other, const auto& better) {
    RebuiltTable first = std::move(*table);
    std::vector<PlanLine> first_grid = std::move(*grid);
    if (read(other) && better(first)) return;
    *table = std::move(first);
    *grid = std::move(first_grid);
  };
  if (read(slash_rows_)) return true;
  if (read(run_on_)) {
    // A paragraph ends at a blank line, which under a header over cells a
    // line each is an empty cell: where they read further, in more rows,
    // the table is theirs.
    prefer(line_per_cell_, [&](const RebuiltTable& paragraph) {
      return table->end > paragraph.end && table->rows.size() > paragraph.rows.size();
    });
    return true;
  }
  if (read(line_per_cell_)) {
    // Column blocks may open with lines that read as a header of a cell a
    // line ("Objective area" over a theme, then "Deliverables"), the other
    // headings then read as cells: where the blocks read as far as that
    // table, under more headings, the table is theirs.
    prefer(column_blocks_, [&](const RebuiltTable& by_lines) {
      return table->end >= by_lines.end && table->headings.size() > by_lines.headings.size();
    });
    return true;
  }
  if (read(column_blocks_) || read(left_halves_)) return true;
  if (!passed_over) return false;
  *table = std::move(*passed_over);
  grid->clear();
  return true;
}

std::vector<std::string> TextTableRebuilder::Headings(const RebuiltTable& table) const {
  std::vector<std::string> headings = table.headings;
  CellClassifier classifier(rules_);
  for (size_t c = 0; c < headings.size(); ++c) {
    if (rules_.headers.Match(headings[c])) continue;
    size_t filled = 0, refs = 0;
    for (const RebuiltRow& row : table.rows) {
      if (row.IsHeading() || CellText::IsNoise(row.cells[c])) continue;
      ++filled;
      refs += classifier.IsLineRef(CellText::Clean(row.cells[c]));
    }
    if (refs >= kMinRefs && refs * 2 >= filled) headings[c] = RebuiltTable::kRefHeading;
  }
  return headings;
}

void TextTableRebuilder::WriteGrid(const RebuiltTable& table, std::vector<PlanLine>* out) const {
  PlanLine header = WithCells(*table.header, Headings(table));
  header.page_start = table.header->page_start;
  out->push_back(header);
  for (const RebuiltRow& row : table.rows) {
    if (!row.IsHeading()) {
      out->push_back(WithCells(*row.first, row.cells));
      continue;
    }
    // The heading, then the header again: a heading that is no labelled
    // section ends a table for TableReader.
    out->push_back(WithCells(*row.first, row.cells));
    out->push_back(header);
  }
}

size_t TextTableRebuilder::FirstReadTable(const std::vector<PlanLine>& lines, size_t begin, size_t end) const {
  for (size_t at = begin; at < end && at < lines.size(); ++at) {
    RebuiltTable table;
    std::vector<PlanLine> grid;
    if (ReadTable(lines, at, &table, &grid) && !grid.empty()) return at;
  }
  return end;
}

bool TextTableRebuilder::Rebuild(std::vector<PlanLine>* lines, std::vector<std::string>* warnings) const {
  std::vector<PlanLine> out;
  bool rebuilt = false;
  for (size_t at = 0; at < lines->size();) {
    RebuiltTable table;
    std::vector<PlanLine> grid;
    if (!ReadTable(*lines, at, &table, &grid)) {
      out.push_back((*lines)[at++]);
      continue;
    }
    // A table passed over (its rows untold) gives way to one read inside its lines: a paragraph run on
    // from a title holds the header of a table of cells set apart, or of a cell a line.
    if (size_t inner = grid.empty() ? FirstReadTable(*lines, at + 1, table.end) : table.end; inner < table.end) {
      std::copy(lines->begin() + at, lines->begin() + inner, std::back_inserter(out));
      at = inner;
      continue;
    }
    std::move(grid.begin(), grid.end(), std::back_inserter(out));
    for (std::string& warning : table.warnings) warnings->push_back(std::move(warning));
    at = table.end;
    rebuilt = true;
  }
  if (rebuilt) lines->swap(out);
  return rebuilt;
}

}  // namespace planrows
