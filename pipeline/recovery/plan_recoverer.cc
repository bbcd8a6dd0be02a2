#include "pipeline/recovery/plan_recoverer.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "pipeline/recovery/action_refs.h"
#include "pipeline/recovery/centred_rows.h"
#include "pipeline/recovery/column_roles.h"
#include "pipeline/recovery/header_finder.h"
#include "pipeline/recovery/misread_row_filter.h"
#include "pipeline/recovery/narrative_reader.h"
#include "pipeline/recovery/objective_block_reader.h"
#include "pipeline/recovery/ocr_ref_sequence.h"
#include "pipeline/recovery/plan_info_reader.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/reading_chooser.h"
#include "pipeline/recovery/record_blocks.h"
#include "pipeline/recovery/ref_led_actions.h"
#include "pipeline/recovery/row_finisher.h"
#include "pipeline/recovery/row_plausibility.h"
#include "pipeline/recovery/running_text_filter.h"
#include "pipeline/recovery/section_tracker.h"
#include "pipeline/recovery/table_body.h"
#include "pipeline/recovery/table_layout.h"
#include "pipeline/recovery/table_reader.h"
#include "pipeline/recovery/text_table_rebuilder.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Longest text taken for a section heading; longer lines are paragraphs.
constexpr size_t kMaxHeadingLength = 300;

// Fewest header names, one per line, that make a flattened table's header.
constexpr size_t kMinFlatHeaderCells = 3;

// Most lines under a header read to settle its columns' roles.
constexpr size_t kBodySample = 40;
// Most heading lines between the parts of a table printed anew under each section.
constexpr size_t kMaxHeadingLines = 3;
// Most words of a two-level header's merged cell ("Our plan", "Accountability").
constexpr int kMaxGroupWords = 4;

// True when `deadline` is set and has passed.
bool Passed(const Deadline* deadline) { return deadline != nullptr && deadline->Passed(); }

// One pass over a document's lines. At most one reader is open at a time;
// a table header, a heading or the start of another part closes it.
class Walk {
 public:
  // A walk that stops once `deadline` (may be null) has passed.
  Walk(const RecoveryRules& rules, const std::vector<PlanLine>& lines, const Deadline* deadline)
      : rules_(rules), patterns_(rules.patterns), lines_(lines), headers_(rules, lines), deadline_(deadline) {}

  // The rows of the lines.
  std::vector<RowFields> Run() {
    const std::vector<PlanLine>& lines = lines_;
    NoteNumberedItems(lines);
    for (size_t i = 0; i < lines.size() && !Passed(deadline_); ++i) {
      const PlanLine& line = lines[i];
      // A line with no letter or digit in any cell ("-", "- -") has no text;
      // a number alone in a row of centred cells is the row's reference.
      bool page_number =
          patterns_.IsPageNumber(line.text) && !line.centred_row && !PlanLine::AmidBlock(lines, i);
      if (line.FirstFilled() < 0 || (page_number && !(table_ && table_->AwaitsRefNumber()))) {
        continue;
      }
      Offer(i);
      i = std::max(i, std::exchange(skip_to_, 0));
    }
    ReplayHeaderNames();
    CloseReaders();
    return std::move(rows_);
  }

  // The tables read by Run, in order.
  std::vector<TableTrace> TakeTables() { return std::move(tables_); }

 private:
  void NoteNumberedItems(const std::vector<PlanLine>& lines) {
    for (const PlanLine& line : lines) {
      if (!line.IsSingleCell()) continue;
      std::string text = line.text.substr(patterns_.BulletLength(line.text));
      std::string number, title;
      if (patterns_.MatchNumberedItem(text, &number, &title)) sections_.NoteNumberedItem(number, title);
    }
  }

  // Gathers consecutive lines that each hold one column name: a table
  // header that a converter flattened to one cell per line.
  void Offer(size_t i) {
    const PlanLine& line = lines_[i];
    bool grid = line.page->cells_by_index;
    if (grid && line.IsSingleCell() && !table_ && rules_.headers.Match(line.text)) {
      header_names_.push_back(i);
      return;
    }
    if (header_names_.size() >= kMinFlatHeaderCells && OpenFlattenedTable()) {
      header_names_.clear();
    } else {
      ReplayHeaderNames();
    }
    Step(i);
  }

  bool OpenFlattenedTable() {
    const PlanLine& first = lines_[header_names_.front()];
    PlanLine header = first;
    header.cells.clear();
    for (size_t name : header_names_) header.cells.push_back(lines_[name].text);
    std::optional<TableLayout> layout = TableLayout::FromHeader(header, rules_.headers);
    if (!layout) return false;
    CloseReaders();
    table_.emplace(rules_, sections_, std::move(*layout));
    table_->ReadFlattened();
    return true;
  }

  // Reads gathered column names as the ordinary lines they turned out to be.
  void ReplayHeaderNames() {
    std::vector<size_t> names;
    names.swap(header_names_);
    for (size_t name : names) Step(name);
  }

  // The lines under the header of `layout` that ends at line `end`, as far
  // as they may belong to its table, sections' own rows left out, in parts
  // under each repeat of the header: what column roles and the reading are
  // judged on. A table printed anew under each section's heading is one
  // table: its first part may hold a single row, too few to judge by.
  TableBody BodyAfter(const TableLayout& layout, size_t end) const {
    TableBody body = TableBody::Of({});
    const std::vector<PlanLine>& lines = lines_;
    for (size_t i = end + 1; i < lines.size() && body.LineCount() < kBodySample; ++i) {
      const PlanLine& line = lines[i];
      if (line.page->number > lines[end].page->number + 1) break;
      size_t start = i;
      while (i < lines.size() && lines[i].line->heading_level > 0 && i - start < kMaxHeadingLines) ++i;
      size_t header_end;
      std::optional<TableLayout> header = i < lines.size() ? headers_.At(i, &header_end) : std::nullopt;
      if (header && layout.IsRepeatedBy(*header)) {
        body.parts.push_back(TableBody::Part{std::move(header), &lines[i], {}});
        i = header_end;
        continue;
      }
      if (header || i != start) break;  // Another table, or a heading that ends this one.
      // A section's own row across the table tells nothing of its columns.
      std::string number, title;
      if (!patterns_.MatchSection(line.text) && !IsNumberedSectionRow(line, &number, &title)) {
        body.parts.back().lines.push_back(&line);
      }
    }
    return body;
  }

  void Step(size_t i) {
    const PlanLine& line = lines_[i];
    size_t header_end;
    if (std::optional<TableLayout> layout = headers_.At(i, &header_end)) {
      skip_to_ = header_end;
      if (table_ && table_->layout().IsRepeatedBy(*layout)) {
        table_->Relayout(*layout, line);
        return;
      }
      TableBody body = BodyAfter(*layout, header_end);
      std::vector<Reading> readings{{"headings and cells", *layout, 0}, {"headings only", *layout, 0}};
      ColumnRoles::Resolve(body, rules_, &readings[0].layout);
      size_t chosen = ReadingChooser(rules_).Choose(body, &readings);
      CloseReaders();
      table_.emplace(rules_, sections_, std::move(readings[chosen].layout));
      table_reading_ = ReadingChooser::Describe(readings, chosen);
      return;
    }
    // An appendix's heading ("Annex A: Glossary") ends the tables before it: no row runs on into the back matter.
    if (patterns_.IsAppendixHeading(line.text)) {
      CloseReaders();
      return;
    }
    if (std::optional<SectionHeading> heading = HeadingOf(line)) {
      CloseListReaders();
      if (table_) table_->EndRow();
      sections_.Enter(*heading, line.text);
      return;
    }
    if (sections_.AwaitingTitle()) {
      sections_.SetTitle(line.IsSingleCell() && line.text.size() <= kMaxHeadingLength ? line.text : "");
      if (!sections_.AwaitingTitle() && line.IsSingleCell()) return;
    }
    if (table_ && IsGroupOverHeader(i)) return;
    if (table_ && table_->Read(line)) return;
    CloseTable();
    if (narrative_ && narrative_->Read(line)) return;
    CloseNarrative();
    if (StartsObjective(line)) return;
    if (block_ && block_->EndedBy(line)) CloseBlock();
    if (block_) {
      block_->Read(line);
      return;
    }
    if (patterns_.IsNarrativeActionHeading(line.text)) narrative_.emplace(rules_, sections_.Resolve(""), line);
  }

  // True when line `i`, a few words alone on their line where no row is in
  // progress (a section's heading ended it), stands right over a table's
  // header on its page: the merged cell of a two-level header ("Our plan"
  // over "Expected result" and "Work to be undertaken"), no row. Under a
  // row, such words are the end of one of its cells.
  bool IsGroupOverHeader(size_t i) const {
    const PlanLine& line = lines_[i];
    if (table_->HasOpenRow() || i + 1 == lines_.size() || lines_[i + 1].page != line.page || !line.IsSingleCell() ||
        CellText::WordCount(line.text) > kMaxGroupWords) {
      return false;
    }
    size_t header_end;
    return headers_.At(i + 1, &header_end).has_value();
  }

  // The section heading `line` is, if any: a labelled heading ("Theme 2 -
  // ...", "Priority 1.1: ..."), or inside a table a numbered row across it
  // ("2. Tackling neglect earlier") or a reference shallower than the
  // table's rows followed by a title ("2.4 To scrutinise ...").
  std::optional<SectionHeading> HeadingOf(const PlanLine& line) const {
    if (line.FilledCells() > 2 || line.text.size() > kMaxHeadingLength) return std::nullopt;
    int first = line.FirstFilled();
    if (first < 0) return std::nullopt;
    std::string first_cell = CellText::Clean(line.cells[first]);
    if (patterns_.IsRef(first_cell) || patterns_.BulletLength(first_cell) > 0) return std::nullopt;
    if (table_ && IsWrappedCellLine(line)) return std::nullopt;
    // Only a line's first cell may be a heading: a label further right
    // ("Board. | Section 11") is words of a row's cells, though a label's
    // title may stand in the next ("Theme Two | Neglect is seen sooner").
    if (auto heading = patterns_.MatchSection(first_cell)) {
      for (size_t c = first + 1; heading->title.empty() && c < line.cells.size(); ++c) {
        heading->title = CellText::Clean(line.cells[c]);
      }
      return heading;
    }
    if (auto heading = patterns_.MatchSection(line.text)) return heading;
    std::string ref, rest;
    if (table_ && IsNumberedSectionRow(line, &ref, &rest)) return SectionHeading{"", ref, rest};
    if (table_ && table_->LastRefDepth() > 0 && first > 0 && patterns_.MatchRefLine(first_cell, &ref, &rest) &&
        RefDepth(ref) < table_->LastRefDepth()) {
      return SectionHeading{"", ref, CellText::Clean(line.text.substr(line.text.find(ref) + ref.size()))};
    }
    return std::nullopt;
  }

  // True when `line`, on a positioned page, starts right of the table's
  // first column, close under the line above and in the body's type: a
  // wrapped line of a row's cell ("Section 11 Audit"), never a heading.
  bool IsWrappedCellLine(const PlanLine& line) const {
    const TextLine& text = *line.line;
    const TableLayout& layout = table_->layout();
    return !line.page->cells_by_index && layout.columns().size() > 1 && text.box.x0 >= layout.columns()[1].start &&
           !text.gap_before && !text.ruled_row_start && !text.bold && text.heading_level == 0;
  }

  // True when `line`, in a table, is a section's own row across the table's
  // width: "2. Tackling neglect earlier", with its number and title; on a
  // scanned page, a bold one as OCR reads it ("1 Early help").
  bool IsNumberedSectionRow(const PlanLine& line, std::string* number, std::string* title) const {
    if (!line.IsSingleCell() || line.FirstFilled() != 0) return false;
    std::string cell = CellText::Clean(line.cells[0]);
    return patterns_.MatchNumberedItem(cell, number, title) ||
           (line.page->from_ocr && line.line->bold && patterns_.MatchOcrNumberedItem(cell, number, title));
  }

  bool StartsObjective(const PlanLine& line) {
    std::string ref, rest;
    if (!line.IsSingleCell() || !patterns_.MatchRefLine(line.text, &ref, &rest)) return false;
    CloseBlock();
    block_.emplace(rules_, line, ref, rest, sections_.Resolve(ref));
    return true;
  }

  void Keep(std::vector<RowFields> rows) {
    for (RowFields& row : rows) rows_.push_back(std::move(row));
  }
  void CloseTable() {
    if (!table_) return;
    std::vector<RowFields> rows = table_->TakeRows();
    TableTrace trace{0, 0, static_cast<int>(rows_.size()), static_cast<int>(rows.size()), table_->layout().Trace(),
                     0, table_reading_};
    if (!rows.empty()) trace.first_page = rows.front().where.page, trace.last_page = rows.back().where.page;
    tables_.push_back(std::move(trace));
    Keep(std::move(rows));
    table_.reset();
  }
  void CloseNarrative() {
    if (narrative_) Keep(narrative_->TakeRows());
    narrative_.reset();
  }
  void CloseBlock() {
    if (block_) Keep(block_->TakeRows());
    block_.reset();
  }
  void CloseListReaders() {
    CloseNarrative();
    CloseBlock();
  }
  void CloseReaders() {
    CloseTable();
    CloseListReaders();
  }

  const RecoveryRules& rules_;
  const PlanPatterns& patterns_;
  SectionTracker sections_;
  std::optional<TableReader> table_;
  std::optional<NarrativeReader> narrative_;
  std::optional<ObjectiveBlockReader> block_;
  std::vector<RowFields> rows_;
  std::vector<TableTrace> tables_;
  std::string table_reading_;  // How the open table's reading was chosen.
  const std::vector<PlanLine>& lines_;
  HeaderFinder headers_;
  std::vector<size_t> header_names_;  // Lines gathered as a flattened header.
  size_t skip_to_ = 0;  // A header read lines up to this one.
  const Deadline* deadline_;
};

}  // namespace

RecoveredPlan PlanRecoverer::Recover(const DocumentText& document, const Deadline* deadline) const {
  std::vector<PlanLine> lines = PlanLine::Flatten(document);
  HeaderFinder finder(*rules_, lines);
  TextTableRebuilder rebuilder(*rules_);
  RunningTextFilter::Apply(&lines, [&](size_t i) -> size_t {
    size_t end;
    if (finder.At(i, &end)) return end - i + 1;
    return rebuilder.HeaderLinesAt(lines, i);
  });
  RecoveredPlan plan;
  // Past the deadline, the steps left are passed over: the caller, which
  // set it, drops what was read.
  if (Passed(deadline)) return plan;
  plan.info = PlanInfoReader::Read(lines, rules_->patterns);
  // A plan of record blocks has no table; what a walk makes of its labels is not its rows.
  std::vector<RowFields> records = RecordBlocks(*rules_).Read(lines);
  // Records whose labels are only guessed from their recurring starts may be a table's repeated cells,
  // or labels no rule knows beside the known ones ("Person responsible" beside "Due").
  std::vector<RowFields> guessed_records = RecordBlocks(*rules_, SpacedLearning::kRecurringStarts).Read(lines);
  if (Passed(deadline)) return plan;
  RefLedActions ref_led(*rules_);
  std::vector<RowFields> led_actions = ref_led.Read(lines);
  bool rebuilt = rebuilder.Rebuild(&lines, &plan.warnings);
  CentredRows(*rules_).Mark(&lines);
  if (Passed(deadline)) return plan;
  RowFinisher finisher(*rules_);
  Walk walk(*rules_, lines, deadline);
  std::vector<RowFields> rows = walk.Run();
  if (Passed(deadline)) return plan;
  for (const RowFields& fields : rows) plan.rows.push_back(finisher.Finish(fields));
  if (!records.empty()) {
    std::vector<ActionRow> read;
    for (const RowFields& fields : records) read.push_back(finisher.Finish(fields));
    // A table printed column by column reads as records too, a page's columns its labels and the cells of
    // all its rows one value: where a table was rebuilt into more rows than the records, the reading more
    // like plan rows wins.
    bool table = rebuilt && plan.rows.size() > read.size() && ReadingChooser(*rules_).Prefers(plan.rows, read);
    if (!table) plan.rows = std::move(read);
  }
  if (!guessed_records.empty()) {
    std::vector<ActionRow> guessed;
    for (const RowFields& fields : guessed_records) guessed.push_back(finisher.Finish(fields));
    if (ReadingChooser(*rules_).Prefers(guessed, plan.rows)) plan.rows = std::move(guessed);
  }
  plan.tables = walk.TakeTables();
  ActionRefs(rules_->patterns).Apply(&plan);
  OcrRefSequence::Apply(&plan);
  MisreadRowFilter(*rules_).Apply(&plan);
  if (ref_led.Replace(led_actions, plan.rows)) {
    std::vector<ActionRow> actions;
    for (const RowFields& fields : led_actions) actions.push_back(finisher.Finish(fields));
    std::vector<ActionRow> merged = RefLedActions::Merge(std::move(actions), plan.rows);
    plan.rows = RefLedActions::AddRowsLeft(std::move(merged), plan.rows);
    plan.tables.clear();
    plan.warnings.push_back(
        "the tables were printed column by column, their cells in an order that does not say their rows: only "
        "the actions led by their references are kept, with leads and dates only where a row read them, as many "
        "owner cells as actions follow a block of them or an action alone is followed by its row's cells, and "
        "the rows whose references, of the actions' form, no action bears");
  } else if (!led_actions.empty() && ref_led.AreActions(led_actions, plan.rows)) {
    std::vector<ActionRow> actions;
    for (const RowFields& fields : led_actions) actions.push_back(finisher.Finish(fields));
    plan.rows = RefLedActions::AddLost(actions, RefLedActions::GiveOwners(actions, std::move(plan.rows)));
  }
  RowPlausibility plausibility(*rules_);
  for (TableTrace& table : plan.tables) table.plausibility = plausibility.Mean(plan.rows, table.first_row, table.rows);
  plan.layout_confidence = plausibility.Mean(plan.rows, 0, plan.rows.size());
  return plan;
}

}  // namespace planrows
