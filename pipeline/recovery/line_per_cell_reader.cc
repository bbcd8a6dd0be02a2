#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>
#include <set>
#include <utility>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/detached_right_halves.h"
#include "pipeline/recovery/fixed_width_rows.h"
#include "pipeline/recovery/row_halves.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/recovery/two_name_header.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

bool IsTextLine(const PlanLine& line) { return line.page->cells_by_index && line.IsSingleCell(); }

}  // namespace

LinePerCellReader::LinePerCellReader(const RecoveryRules& rules)
    : rules_(rules), splitter_(rules.headers), header_reader_(rules), cell_fit_(rules), classifier_(rules),
      wrapped_date_(rules.timeframes), content_check_(rules), ref_run_lines_(rules) {}

bool LinePerCellReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  // A line of known names inside a header scattered over lines heads no table: its columns take others' cells.
  if (ReadTable(lines, at, false, table) && !content_check_.Belied(*table)) {
    PlaceGroup(lines, at, table);
    return true;
  }
  // A first name no rule knows over rows of references is read as the
  // reference column's ("Key"); where the columns then belie their names,
  // it is a group's over a header that leaves the references unnamed.
  if (!header_reader_.MayStartWithGroup(lines, at)) return false;
  *table = RebuiltTable();
  return ReadTable(lines, at, true, table) && !content_check_.Belied(*table);
}

void LinePerCellReader::PlaceGroup(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  size_t end = 0;
  std::vector<std::string> as_written;
  std::vector<std::string> names = header_reader_.Read(lines, at, &end, false, &as_written);
  std::vector<std::vector<std::string>> placings = header_reader_.GroupPlacings(names, lines, at, end);
  if (as_written != names) placings.push_back(as_written);
  // Of the placings that agree clearly better with their cells, the one
  // whose cells tell their columns by their form most often wins: prose
  // agrees with a progress column as well as with an extra one, but only
  // the placing that puts the statuses under it fills it with them.
  const double least = content_check_.Agreement(*table) + kMinBetterAgreement;
  std::pair<size_t, double> best = {0, least};
  for (const std::vector<std::string>& placing : placings) {
    RebuiltTable placed;
    if (!ReadTable(lines, at, false, &placed, &placing) || content_check_.Belied(placed)) continue;
    const std::pair<size_t, double> score = {CellsToldByForm(placed), content_check_.Agreement(placed)};
    if (score.second > least && score > best) {
      best = score;
      *table = std::move(placed);
    }
  }
}

size_t LinePerCellReader::CellsToldByForm(const RebuiltTable& table) const {
  const std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(table.headings, rules_.headers);
  size_t told = 0;
  for (const RebuiltRow& row : table.rows) {
    if (row.IsHeading()) continue;
    for (size_t c = 0; c < columns.size() && c < row.cells.size(); ++c) {
      const CellKind held = columns[c] ? KindHeldBy(*columns[c]) : CellKind::kOther;
      const bool by_form = held == CellKind::kRef || held == CellKind::kDate || held == CellKind::kLead ||
                           held == CellKind::kStatus;
      told += by_form && !CellText::IsNoise(row.cells[c]) && classifier_.Classify(row.cells[c]) == held;
    }
  }
  return told;
}

bool LinePerCellReader::ReadTable(const std::vector<PlanLine>& lines, size_t at, bool group_first,
                                  RebuiltTable* table, const std::vector<std::string>* placed) const {
  if (!IsTextLine(lines[at])) return false;
  size_t body = 0;
  Layout layout;
  std::vector<std::string> headings = ReadParagraphHeader(lines, at, &body);
  layout.paragraphs = !headings.empty();
  // Rows numbered 1, 2, 3 are so under a reference's heading, or under any
  // first heading when their numbers count on from right under the header.
  layout.numbered = layout.paragraphs && (NamesRefFirst(headings) || header_reader_.NumbersRows(lines, body - 1));
  if (headings.empty()) headings = header_reader_.Read(lines, at, &body, group_first);
  if (placed && layout.paragraphs) return false;
  if (placed) headings = *placed;
  // Two names alone need the rows under them to bear them out, which also tell whether a cell is a line.
  if (TwoNameHeader two_names(rules_); headings.empty()) {
    headings = two_names.Read(lines, at, &body);
    layout.line_per_cell = !headings.empty() && two_names.LineACell(lines, at);
  }
  // No heading holds a year: lines that give one are a title's ("Action Plan 2018-2020").
  if (headings.empty() || std::any_of(headings.begin(), headings.end(), CellFit::HoldsYear)) return false;
  // Under a header on a line or a few, rows numbered "1", "2", "3" are so
  // whatever the header calls their column, or if it leaves it unnamed.
  if (!layout.paragraphs) layout.numbered = header_reader_.NumbersRows(lines, body - 1);
  layout.first_breaks_words = !layout.paragraphs && FirstHeadingBreaksWord(lines, at, body);
  layout.columns = CellGrouper::ColumnsOf(headings, rules_.headers);
  // Only in cells a line or wrapped a line (pdftotext -raw): in a ruled table's paragraphs (pdftotext) a prose
  // column there drew in cells of the rows around it, and rows were lost.
  if (!layout.paragraphs) CellGrouper::AimBesideNamedDates(headings, rules_.headers, &layout.columns);
  table->headings = headings;  // The header's names stay as read; the table may get a ref column.
  layout.header_names = headings;
  // A header's names that start at a lead or a date are the right-hand
  // part of a header whose cells pdftotext wrote apart, no table's head.
  // Rows that each take a line a column tell where their references
  // stand, even behind a theme's cell above the first reference.
  if (!layout.paragraphs && PlaceRefColumn(lines, body, &layout, table)) {
    return ReadBody(lines, at, body, layout, table);
  }
  std::optional<ColumnName> first = rules_.headers.MatchWords(headings.front());
  bool keyed = first && NamesRowKey(*first);
  bool refs_below = layout.paragraphs && (RowStartsSoonAfter(lines, body - 1, headings.size() - 1, layout.numbered) ||
                                          (keyed && RefParagraphsOnPage(lines, body - 1)));
  // A theme merged down the first column may come, a few short lines, before the first row's reference.
  bool theme_first = !layout.paragraphs && body < lines.size() &&
                     SpacedHeaderSplitter::WordsOf(lines[body].text).size() <= WrappedHeaderReader::kMaxLineWords &&
                     header_reader_.TitleEnd(lines, body, layout.numbered) > body;
  if (!header_reader_.RefFollows(lines, body - 1, {}, layout.numbered) && !refs_below && !theme_first) {
    return ReadBody(lines, at, body, layout, table);
  }
  // Rows that start with a reference have a column for it, whatever its
  // name; in front of the first named one when each row holds a cell more.
  const size_t cells_per_row = header_reader_.CellsPerRow(lines, body - 1, layout.numbered);
  // A reference holds the first named cell only where it stands alone on its
  // line; in rows of a line a named cell, one in front of the first cell's
  // text ("ce1 \u2013 Roll out ...") stands in a column of its own before it.
  RebuiltTable::RefCell ref_cell = RebuiltTable::RefCellFor(cells_per_row, layout.columns.size());
  bool ref_alone = RefStandsAlone(lines, body - 1, layout.numbered);
  if (ref_cell == RebuiltTable::RefCell::kFirstNamed && !ref_alone) ref_cell = RebuiltTable::RefCell::kOneMore;
  // A reference with a cell's first line after it, as pdftotext -raw runs
  // a row's cells side by side, stands in a column of its own in front of
  // one its heading names by name or words ("Aim of the work"), unless
  // another heading names that column too: the first then heads the
  // references ("Objective" beside "Aim").
  const std::vector<std::optional<Column>>& columns = layout.columns;
  bool first_names_one = first && std::count(columns.begin(), columns.end(), columns.front()) == 1;
  if (ref_cell == RebuiltTable::RefCell::kUntold && !layout.paragraphs && !ref_alone && first_names_one) {
    ref_cell = RebuiltTable::RefCell::kOneMore;
  }
  RebuiltTable apart = *table;
  Layout ref_apart = layout;
  table->GiveRefColumn(&layout.columns, ref_cell);
  // Reads the table twice, the second time with the references in a column
  // of their own, and keeps the second reading where `apart_better` says.
  auto read_both = [&](const auto& apart_better) {
    apart.GiveRefColumn(&ref_apart.columns, RebuiltTable::RefCell::kOneMore);
    bool read = ReadBody(lines, at, body, layout, table);
    if (!ReadBody(lines, at, body, ref_apart, &apart)) return read;
    if (!read || apart_better()) *table = std::move(apart);
    return true;
  };
  // The first column, unless named for references, may be a column of its
  // own beside theirs, unnamed ("Purpose" or "Goal" over "A1" and "Children
  // on plans for"): the reading whose cells agree better with their
  // columns' roles tells.
  if (ref_cell == RebuiltTable::RefCell::kUntold && !layout.paragraphs) {
    return read_both([&] {
      return content_check_.Agreement(apart) > content_check_.Agreement(*table) + kMinBetterRefAgreement;
    });
  }
  // pdftotext joins a references' heading to the first heading's last line
  // ("Objective /" over "Row outcome"), so that the outcome or action
  // column the references took may yet hold cells beside them: the
  // reading in fewer rows tells, as every reference starts one in both.
  bool took_first = apart.headings.size() == table->headings.size() && apart.headings != table->headings;
  if (!layout.paragraphs || !took_first || !keyed) return ReadBody(lines, at, body, layout, table);
  return read_both([&] { return apart.rows.size() < table->rows.size(); });
}

bool LinePerCellReader::ReadBody(const std::vector<PlanLine>& lines, size_t at, size_t body, Layout layout,
                                 RebuiltTable* table) const {
  // A header written a name a paragraph may name its actions in words no rule knows.
  if (layout.paragraphs) CellGrouper::NameActionColumn(&layout.columns);
  auto has = [&](Column column) {
    return std::find(layout.columns.begin(), layout.columns.end(), column) != layout.columns.end();
  };
  layout.has_ref_column = has(Column::kRef);
  layout.has_lead_column = has(Column::kLead) || has(Column::kLeadTimeframe);
  const auto lead = std::find_if(layout.columns.begin(), layout.columns.end(), [](const auto& column) {
    return column == Column::kLead || column == Column::kLeadTimeframe;
  });
  layout.lead_before_action = lead < std::find(layout.columns.begin(), layout.columns.end(), Column::kAction);
  // A column of prose: an action, an outcome, progress told in words, or one no rule names (a measure).
  auto holds_prose = [](const std::optional<Column>& column) {
    return !column || column == Column::kAction || column == Column::kOutcome || column == Column::kExtra ||
           column == Column::kProgress;
  };
  layout.lead_before_prose = lead != layout.columns.begin() && lead + 1 < layout.columns.end() &&
                             lead[-1] == Column::kTimeframe && holds_prose(lead[1]);
  layout.status_before_lead = lead != layout.columns.begin() && lead != layout.columns.end() &&
                              lead[-1] == Column::kProgress;
  layout.line_per_cell =
      layout.fixed_width || layout.line_per_cell ||
      (!layout.paragraphs && header_reader_.CellsPerRow(lines, body - 1, layout.numbered) == layout.columns.size());
  std::set<std::string> header_lines;  // Folded, to know the header when a page repeats it.
  std::string header_text;             // The same, all lines joined, to know it wrapped anew.
  for (size_t k = at; k < body; ++k) {
    // A header line that reads as a date ("Q3" over "position") may be a row's cell too: only the whole
    // header repeated (PastRepeat) leaves it out.
    if (!rules_.timeframes.IsTimeframe(lines[k].text)) header_lines.insert(CellText::FoldForMatch(lines[k].text));
    header_text.append(k == at ? "" : " ").append(CellText::FoldForMatch(lines[k].text));
  }
  table->header = &lines[at];
  std::vector<const PlanLine*> run;  // Lines since the table's start or its last section heading.
  size_t end = body;
  for (; end < lines.size(); ++end) {
    const PlanLine& line = lines[end];
    // The header repeated on a new page, even marked as a heading, goes on.
    if (size_t past = WrappedHeaderReader::PastRepeat(lines, end, header_text); past > end) {
      if (ThemeUnderRepeat(lines, past, layout)) {
        GroupRun(run, layout, table);
        run.clear();
      }
      end = past - 1;
      continue;
    }
    if (header_lines.count(CellText::FoldForMatch(line.text))) continue;
    if (TextTableEnd::IsPast(line) || rules_.patterns.IsAppendixHeading(line.text)) break;
    // A number that ends a date the column broke ("31/03/201" over "8") is no page number.
    bool ends_date = end > body && rules_.timeframes.JoinsBrokenWord(lines[end - 1].text, line.text);
    // Nor is one that ends a reference the column wrapped ("GV" over "1").
    std::string ref;
    bool ends_ref = end > body && layout.has_ref_column &&
                    JoinsCutRef(lines[end - 1].text, line, layout.first_breaks_words, &ref);
    if (TextTableEnd::IsFurniture(line, rules_.patterns) && !ends_date && !ends_ref &&
        !header_reader_.StartsRow(lines, end, layout.numbered)) {
      continue;
    }
    if (TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      size_t title_end = header_reader_.TitleEnd(lines, end, layout.numbered);
      std::string title = line.text;
      for (size_t k = end + 1; k <= title_end; ++k) CellText::AppendWrapped(lines[k].text, &title);
      size_t heading_end = WrappedHeaderReader::PastRepeat(lines, title_end + 1, header_text) - 1;
      if (layout.has_ref_column && !RowFollowsHeading(lines, heading_end, table->headings, layout)) break;
      // A header in another order under the heading heads a table of its own, its cells in its order.
      if (layout.paragraphs && NamesAnewInOtherOrder(lines, end + 1, layout.header_names)) break;
      GroupRun(run, layout, table);
      run.clear();
      table->rows.push_back(RebuiltRow{&line, {title}, true});
      end = title_end;
      continue;
    }
    run.push_back(&line);
  }
  GroupRun(run, layout, table);
  // A row's right-hand cells written before its reference and action are put back with them, page by page.
  if (layout.paragraphs) DetachedRightHalves(cell_fit_, classifier_, layout.columns).Join(&table->rows);
  table->end = end;
  return std::any_of(table->rows.begin(), table->rows.end(), [](const RebuiltRow& row) { return !row.IsHeading(); });
}

bool LinePerCellReader::RowFollowsHeading(const std::vector<PlanLine>& lines, size_t heading_end,
                                          const std::vector<std::string>& headings, const Layout& layout) const {
  if (header_reader_.RefFollows(lines, heading_end, headings, layout.numbered)) return true;
  // The header printed anew under the heading, its names wrapped otherwise.
  size_t past = heading_end;
  while (past + 1 < lines.size() && lines[past + 1].page == lines[heading_end].page &&
         HoldsHeaderWordsOnly(lines[past + 1].text, headings)) {
    ++past;
  }
  if (past > heading_end && header_reader_.RefFollows(lines, past, headings, layout.numbered)) return true;
  const std::vector<std::optional<Column>>& columns = layout.columns;
  const size_t cells_before = std::find(columns.begin(), columns.end(), Column::kRef) - columns.begin();
  if (cells_before == 0 || cells_before == columns.size()) return false;
  const size_t last = heading_end + cells_before * kMaxLinesOfCellBeforeRef;
  for (size_t k = heading_end + 1; k < lines.size() && k <= last; ++k) {
    if (lines[k].page != lines[heading_end].page || TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) break;
    if (header_reader_.StartsRow(lines, k, layout.numbered)) return k > heading_end + 1;
  }
  return false;
}

bool LinePerCellReader::HoldsHeaderWordsOnly(const std::string& text, const std::vector<std::string>& headings) {
  std::set<std::string> header_words;
  for (const std::string& heading : headings) {
    for (const std::string& word : CellText::Words(CellText::FoldForMatch(heading))) header_words.insert(word);
  }
  std::vector<std::string> words = CellText::Words(CellText::FoldForMatch(text));
  return !words.empty() && std::all_of(words.begin(), words.end(), [&](const std::string& word) {
    return header_words.count(word) > 0;
  });
}

bool LinePerCellReader::NamesAnewInOtherOrder(const std::vector<PlanLine>& lines, size_t at,
                                              const std::vector<std::string>& headings) const {
  if (at >= lines.size()) return false;
  size_t end = 0;
  std::vector<std::string> names = ReadParagraphHeader(lines, at, &end);
  if (names == headings) return false;
  std::vector<std::string> sorted_names = names, sorted_headings = headings;
  std::sort(sorted_names.begin(), sorted_names.end());
  std::sort(sorted_headings.begin(), sorted_headings.end());
  return sorted_names == sorted_headings;
}

bool LinePerCellReader::NamesRowKey(const ColumnName& name) {
  return name.column == Column::kRef || name.column == Column::kAction || name.column == Column::kOutcome;
}

bool LinePerCellReader::RowStartsSoonAfter(const std::vector<PlanLine>& lines, size_t at, size_t row_cells,
                                           bool numbered) const {
  size_t paragraphs = 0;
  for (size_t k = at + 1; k < lines.size() && lines[k].page == lines[at].page; ++k) {
    if (lines[k].line->gap_before && ++paragraphs > std::max(kMaxCellsBeforeFirstRef, row_cells)) return false;
    // pdftotext may write all the first row's other cells before the
    // heading of its section, the row's reference right under it.
    if (TextTableEnd::IsSectionHeading(lines[k], rules_.patterns)) {
      return paragraphs > 0 && header_reader_.RefFollows(lines, k - 1, {}, numbered);
    }
    if (paragraphs > kMaxCellsBeforeFirstRef) continue;  // So many cells come only before a section heading.
    // A reference alone on its line starts a row even when pdftotext ran
    // the last line of a cell from the page before into its paragraph.
    bool alone = SpacedHeaderSplitter::WordsOf(lines[k].text).size() == 1;
    if (header_reader_.StartsRow(lines, k, false)) return paragraphs > 0 && (lines[k].line->gap_before || alone);
  }
  return false;
}

std::optional<std::vector<GroupedRow>> LinePerCellReader::CountedRows(const std::vector<const PlanLine*>& run,
                                                                       const Layout& layout,
                                                                       std::vector<Piece>* pieces) const {
  if (layout.paragraphs || layout.line_per_cell || layout.has_ref_column || layout.numbered) return std::nullopt;
  Layout counted = layout;
  counted.line_per_cell = counted.counted = true;
  std::vector<Piece> counted_pieces = Pieces(run, counted);
  std::vector<std::string> texts;
  for (const Piece& piece : counted_pieces) texts.push_back(piece.text);
  // Blank lines for empty cells show a table written a cell a line; text
  // that wraps its cells over lines (pdftotext -raw) writes none.
  if (std::none_of(texts.begin(), texts.end(), [](const std::string& text) { return text.empty(); })) {
    return std::nullopt;
  }
  FixedWidthRows counter(cell_fit_, classifier_, layout.columns, false);
  std::optional<std::vector<GroupedRow>> rows = counter.GroupCounted(texts);
  if (!rows && !run.empty() && TextTableEnd::IsSectionHeading(run.front()[-1], rules_.patterns)) {
    // The first row's first cell may be the section heading above the run
    // (a theme merged down its rows), which left out leaves it empty.
    texts.insert(texts.begin(), "");
    counted_pieces.insert(counted_pieces.begin(), Piece{"", run.front()});
    rows = counter.GroupCounted(texts);
  }
  if (rows) pieces->swap(counted_pieces);
  return rows;
}

void LinePerCellReader::GroupRun(const std::vector<const PlanLine*>& run, const Layout& layout,
                                 RebuiltTable* table) const {
  // pdftotext writes the references of a ruled table's rows that stand close as one run, their cells after it;
  // a table written a cell a line (pdftotext -raw) has no such runs.
  bool ref_runs = !layout.line_per_cell && RefRunLines::ActionsFollowRefs(layout.columns);
  std::set<const PlanLine*> placed;
  std::vector<Piece> pieces = Pieces(ref_runs ? ref_run_lines_.InRowOrder(run, &placed) : run, layout, placed);
  if (layout.paragraphs) DropHeadings(table->headings, &pieces);
  std::vector<std::string> texts;
  std::vector<bool> cell_starts;
  for (const Piece& piece : pieces) texts.push_back(piece.text), cell_starts.push_back(piece.starts_cell);
  const std::vector<bool> row_goes_on = layout.paragraphs ? std::vector<bool>() : RowGoesOn(run, pieces);
  CellGrouper::Options options;
  options.wrapped_lines = !layout.paragraphs;
  // A paragraph, or a line of a table written a cell a line, is a whole
  // cell: a short action ("Map the bridges") must not join the lead after it.
  if (layout.paragraphs || layout.line_per_cell) options.max_cell_pieces = 1;
  options.numbered_rows = layout.numbered;
  // Rows cut around their references, unless a cell wrapped onto more lines leaves text over.
  std::optional<std::vector<GroupedRow>> fixed;
  if (layout.fixed_width) fixed = FixedWidthRows(cell_fit_, classifier_, layout.columns, layout.numbered).Group(texts);
  if (!fixed) fixed = CountedRows(run, layout, &pieces);
  const CellGrouper grouper(cell_fit_, layout.columns, options);
  std::vector<GroupedRow> rows = fixed ? std::move(*fixed) : grouper.Group(texts, cell_starts, row_goes_on);
  // Where no reading keeps each line's pieces in one row, the cells read best tell alone.
  if (!fixed && rows.empty()) rows = grouper.Group(texts, cell_starts);
  if (layout.paragraphs) RowHalves(cell_fit_, classifier_, layout.columns).Join(&rows);
  for (size_t k = 0; k < rows.size(); ++k) {
    const PlanLine* first = pieces[rows[k].first_piece].line;
    const GroupedRow* next = k + 1 < rows.size() ? &rows[k + 1] : nullptr;
    const std::string* title = ThemeTitle(rows[k], next, layout);
    table->rows.push_back(title ? RebuiltRow{first, {*title}, true} : RebuiltRow{first, std::move(rows[k].cells)});
  }
}

}  // namespace planrows
