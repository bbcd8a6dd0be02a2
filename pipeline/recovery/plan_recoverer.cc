#include "pipeline/recovery/plan_recoverer.h"

#include <optional>
#include <utility>

#include "pipeline/recovery/narrative_reader.h"
#include "pipeline/recovery/objective_block_reader.h"
#include "pipeline/recovery/plan_info_reader.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_finisher.h"
#include "pipeline/recovery/running_text_filter.h"
#include "pipeline/recovery/section_tracker.h"
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

// One pass over a document's lines. At most one reader is open at a time;
// a table header, a heading or the start of another part closes it.
class Walk {
 public:
  explicit Walk(const RecoveryRules& rules) : rules_(rules), patterns_(rules.patterns) {}

  std::vector<RowFields> Run(const std::vector<PlanLine>& lines) {
    NoteNumberedItems(lines);
    for (size_t i = 0; i < lines.size(); ++i) {
      const PlanLine& line = lines[i];
      if (line.text.empty() || patterns_.IsPageNumber(line.text)) continue;
      Offer(line, i + 1 < lines.size() ? &lines[i + 1] : nullptr);
      if (std::exchange(took_next_line_, false)) ++i;
    }
    ReplayHeaderNames();
    CloseReaders();
    return std::move(rows_);
  }

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
  // header that a converter flattened to one cell per line. `next` is the
  // line after `line`, if any.
  void Offer(const PlanLine& line, const PlanLine* next) {
    bool grid = line.page->cells_by_index;
    if (grid && line.IsSingleCell() && !table_ && rules_.headers.Match(line.text)) {
      header_names_.push_back(&line);
      return;
    }
    if (header_names_.size() >= kMinFlatHeaderCells && OpenFlattenedTable()) {
      header_names_.clear();
    } else {
      ReplayHeaderNames();
    }
    Step(line, next);
  }

  bool OpenFlattenedTable() {
    PlanLine header = *header_names_.front();
    header.cells.clear();
    for (const PlanLine* name : header_names_) header.cells.push_back(name->text);
    std::optional<TableLayout> layout = TableLayout::FromHeader(header, rules_.headers);
    if (!layout) return false;
    CloseReaders();
    table_.emplace(rules_, sections_, std::move(*layout), *header_names_.front());
    table_->ReadFlattened();
    return true;
  }

  // Reads gathered column names as the ordinary lines they turned out to be.
  void ReplayHeaderNames() {
    std::vector<const PlanLine*> names;
    names.swap(header_names_);
    for (const PlanLine* name : names) Step(*name, nullptr);
  }

  void Step(const PlanLine& line, const PlanLine* next) {
    const PlanLine* header_end = &line;
    std::optional<TableLayout> layout = TableLayout::FromHeader(line, rules_.headers);
    if (!layout && next != nullptr && (layout = TableLayout::FromWrappedHeader(line, *next, rules_.headers))) {
      header_end = next;
      took_next_line_ = true;
    }
    if (layout) {
      if (table_ && table_->layout().IsRepeatedBy(*layout)) {
        table_->Relayout(*layout, *header_end);
        return;
      }
      CloseReaders();
      table_.emplace(rules_, sections_, std::move(*layout), *header_end);
      return;
    }
    if (std::optional<SectionHeading> heading = HeadingOf(line)) {
      CloseListReaders();
      sections_.Enter(*heading, line.text);
      return;
    }
    if (sections_.AwaitingTitle()) {
      sections_.SetTitle(line.IsSingleCell() && line.text.size() <= kMaxHeadingLength ? line.text : "");
      if (!sections_.AwaitingTitle() && line.IsSingleCell()) return;
    }
    if (table_ && table_->Read(line)) return;
    CloseTable();
    if (narrative_ && narrative_->Read(line)) return;
    CloseNarrative();
    if (StartsObjective(line)) return;
    if (block_) {
      block_->Read(line);
      return;
    }
    if (patterns_.IsNarrativeActionHeading(line.text)) narrative_.emplace(patterns_, sections_.Resolve(""));
  }

  // The section heading `line` is, if any: a labelled heading ("Theme 2 -
  // ...", "Priority 1.1: ..."), or inside a table a reference shallower than
  // the table's rows followed by a title ("2.4 To scrutinise ...").
  std::optional<SectionHeading> HeadingOf(const PlanLine& line) const {
    if (line.FilledCells() > 2 || line.text.size() > kMaxHeadingLength) return std::nullopt;
    int first = line.FirstFilled();
    std::string first_cell = CellText::Clean(line.cells[first]);
    if (patterns_.IsRef(first_cell) || patterns_.BulletLength(first_cell) > 0) return std::nullopt;
    for (size_t i = first; i < line.cells.size(); ++i) {
      if (auto heading = patterns_.MatchSection(CellText::Clean(line.cells[i]))) return heading;
    }
    if (auto heading = patterns_.MatchSection(line.text)) return heading;
    std::string ref, rest;
    if (table_ && table_->LastRefDepth() > 0 && first > 0 && patterns_.MatchRefLine(first_cell, &ref, &rest) &&
        RefDepth(ref) < table_->LastRefDepth()) {
      return SectionHeading{"", ref, CellText::Clean(line.text.substr(line.text.find(ref) + ref.size()))};
    }
    return std::nullopt;
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
    if (table_) Keep(table_->TakeRows());
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
  std::vector<const PlanLine*> header_names_;
  bool took_next_line_ = false;  // A header wrapped onto the next line took it.
};

}  // namespace

RecoveredPlan PlanRecoverer::Recover(const DocumentText& document) const {
  std::vector<PlanLine> lines = PlanLine::Flatten(document);
  const HeaderRules& headers = rules_->headers;
  TextTableRebuilder rebuilder(*rules_);
  RunningTextFilter::Apply(&lines, [&](const PlanLine& line, const PlanLine* next) {
    return TableLayout::FromHeader(line, headers) ||
           (next != nullptr && TableLayout::FromWrappedHeader(line, *next, headers)) ||
           rebuilder.IsHeaderLine(line, next);
  });
  RecoveredPlan plan;
  plan.info = PlanInfoReader::Read(lines, rules_->patterns);
  rebuilder.Rebuild(&lines, &plan.warnings);
  RowFinisher finisher(*rules_);
  for (const RowFields& fields : Walk(*rules_).Run(lines)) plan.rows.push_back(finisher.Finish(fields));
  if (plan.info.board.empty()) plan.warnings.push_back("board name not found");
  return plan;
}

}  // namespace planrows
