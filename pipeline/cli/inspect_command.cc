#include "pipeline/cli/inspect_command.h"

#include <fmt/format.h>

#include "pipeline/cli/text_table.h"
#include "pipeline/ingest/document_reader.h"
#include "pipeline/recovery/plan_recoverer.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {
namespace {

struct InspectArgs {
  std::string path;
  ReaderOptions reader;
  bool no_ocr = false;
  bool lines = false;
};

// One line per text line: page, position, marks, then each cell at its x.
void PrintLines(const DocumentText& text) {
  for (const PageText& page : text.pages) {
    fmt::print("page {}{}\n", page.number, page.from_ocr ? " (OCR)" : "");
    for (const TextLine& line : page.lines) {
      std::string marks = fmt::format("{}{}{}{}", line.bold ? "B" : "-", line.gap_before ? "G" : "-",
                                      line.ruled_row_start ? "R" : "-", line.heading_level > 0 ? "H" : "-");
      fmt::print("  {:>6.1f} {} ", page.cells_by_index ? line.source_line : line.box.y0, marks);
      for (const Segment& segment : line.segments) fmt::print("| {:.0f}: {} ", segment.box.x0, segment.text);
      fmt::print("\n");
    }
  }
}

void PrintTables(const RecoveredPlan& plan) {
  for (size_t t = 0; t < plan.tables.size(); ++t) {
    const TableTrace& table = plan.tables[t];
    fmt::print("table {}: pages {}-{}, {} rows, plausibility {:.2f}\n", t + 1, table.first_page, table.last_page,
               table.rows, table.plausibility);
    if (!table.reading.empty()) fmt::print("reading: {}\n", table.reading);
    TextTable columns({"#", "heading", "role", "evidence"});
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const ColumnTrace& column = table.columns[c];
      columns.AddRow({std::to_string(c + 1), column.heading, column.role.empty() ? "(none)" : column.role,
                      column.evidence});
    }
    columns.Print(stdout, 70);
  }
}

void PrintRows(const RecoveredPlan& plan) {
  TextTable rows({"page", "ref", "action", "lead", "timeframe", "progress", "flags"});
  for (const ActionRow& row : plan.rows) {
    std::string flags;
    for (const std::string& flag : row.flags) flags += (flags.empty() ? "" : ",") + flag;
    rows.AddRow({std::to_string(row.where.page), row.ref, row.action, row.lead, row.timeframe, row.progress, flags});
  }
  rows.Print(stdout, 40);
}

int RunInspect(const CommandContext& context, InspectArgs& args) {
  const std::string rules_dir = context.RulesDir();
  Result<std::shared_ptr<const RecoveryRules>> rules = RecoveryRules::Load(rules_dir);
  if (!rules.ok()) {
    fmt::print(stderr, "planrows: rules: {}\n", rules.status().message());
    return kExitSetup;
  }
  args.reader.ocr = !args.no_ocr;
  Result<ReadDocument> document = DocumentReader(args.reader).Read(args.path);
  if (!document.ok()) {
    fmt::print(stderr, "error: {}: {}\n", args.path, document.status().message());
    return kExitFailures;
  }
  if (args.lines) PrintLines(document->text);
  RecoveredPlan plan = PlanRecoverer(*rules).Recover(document->text);
  fmt::print("{}: {} ({} pages), board '{}', period {}-{}, layout confidence {:.2f}\n", args.path, document->kind,
             document->text.pages.size(), plan.info.board, plan.info.period_start, plan.info.period_end,
             plan.layout_confidence);
  for (const std::string& warning : plan.warnings) fmt::print("warning: {}\n", warning);
  PrintTables(plan);
  PrintRows(plan);
  return kExitOk;
}

}  // namespace

void AddInspectCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* command = app->add_subcommand("inspect", "Show how one document's tables and rows were read");
  command->add_option("file", args->path, "A plan document (.txt, .md, .pdf)")->required();
  command->add_flag("--lines", args->lines, "Print the extracted lines first");
  command->add_option("--password", args->reader.pdf_password, "Password of an encrypted PDF");
  command->add_flag("--no-ocr", args->no_ocr, "Do not OCR pages without a text layer");
  command->callback([context, args, exit_code]() { *exit_code = RunInspect(*context, *args); });
}

}  // namespace planrows
