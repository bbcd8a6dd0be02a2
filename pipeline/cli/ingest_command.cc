#include "pipeline/cli/ingest_command.h"

#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "pipeline/cli/printable.h"
#include "pipeline/cli/progress_bar.h"
#include "pipeline/ingest/ingestor.h"
#include "pipeline/ingest/input_files.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  IngestOptions options;
  bool no_ocr = false;
  double max_file_mb = 0;  // Set from options.reader.max_bytes, and back.
};

// The bounds on one document (ExtractLimits), each an option whose default
// its help shows; each error that a limit stops a document with names it.
void AddLimitOptions(CLI::App* command, IngestArgs* args) {
  ExtractLimits& limits = args->options.reader.limits;
  args->max_file_mb = static_cast<double>(args->options.reader.max_bytes) / 1e6;
  command->add_option("--max-file-mb", args->max_file_mb, "Refuse larger files (MB)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--max-pages", limits.max_pages, "Refuse PDFs of more pages")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--max-ocr-megapixels", limits.max_ocr_megapixels,
                      "Render larger pages for OCR at a lower resolution; refuse them under 70 dpi")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--max-line-length", limits.max_line_bytes, "Refuse text files with a longer line (bytes)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--time-limit", limits.time_limit_seconds, "Seconds for one document")
      ->capture_default_str()->check(CLI::PositiveNumber);
}

struct Totals {
  size_t documents = 0, rows = 0, unchanged = 0, copies = 0, failed = 0, warnings = 0;
};

// Prints what happened to one file: a line on standard output (unless
// `quiet`), errors and warnings on standard error, each naming the file.
void PrintReport(const FileReport& report, bool quiet, Totals* totals) {
  ++totals->documents;
  if (!report.status.ok()) {
    ++totals->failed;
    fmt::print(stderr, "error: {}: {}\n", Printable(report.path), Printable(report.status.message()));
    return;
  }
  if (!report.copy_of.empty()) {
    ++totals->copies;
    if (!quiet) fmt::print("duplicate  {}: same bytes as {}, not stored again\n", Printable(report.path),
                           Printable(report.copy_of));
    return;
  }
  if (report.unchanged) {
    ++totals->unchanged;
    if (!quiet) fmt::print("unchanged  {}\n", Printable(report.path));
    return;
  }
  totals->rows += report.rows;
  totals->warnings += report.warnings.size();
  if (quiet) return;
  fmt::print("{:<10} {}: {} rows, {} pages ({})\n", report.replaced ? "replaced" : "stored", Printable(report.path),
             report.rows, report.pages, report.kind);
  std::fflush(stdout);  // Before the warnings, so that a terminal shows them in order.
  for (const std::string& w : report.warnings) {
    fmt::print(stderr, "warning: {}: {}\n", Printable(report.path), Printable(w));
  }
}

// `paths` with each "-" replaced by the file names read from standard
// input, one a line (as `find` prints them); blank lines are skipped.
std::vector<std::string> ExpandStdin(const std::vector<std::string>& paths) {
  std::vector<std::string> expanded;
  for (const std::string& path : paths) {
    if (path != "-") {
      expanded.push_back(path);
      continue;
    }
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) expanded.push_back(line);
    }
  }
  return expanded;
}

int RunIngest(const CommandContext& context, IngestArgs& args) {
  const std::string rules_dir = context.RulesDir();
  Result<std::shared_ptr<const RecoveryRules>> rules = RecoveryRules::Load(rules_dir);
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(rules_dir);
  for (const Status& status : {rules.status(), normalizer.status()}) {
    if (status.ok()) continue;
    fmt::print(stderr, "planrows: rules: {}\n", status.message());
    return kExitSetup;
  }
  std::unique_ptr<Store> store = context.OpenStore();
  if (!store) return kExitSetup;
  InputFiles inputs = InputFiles::Collect(ExpandStdin(args.paths));
  Totals totals;
  for (const std::string& error : inputs.errors) {
    fmt::print(stderr, "error: {}\n", Printable(error));
    ++totals.failed;
  }
  args.options.reader.ocr = !args.no_ocr;
  args.options.reader.max_bytes = static_cast<int64_t>(args.max_file_mb * 1e6);
  ProgressBar progress(stderr, inputs.files.size(), !context.quiet);
  // Workers report each page of a PDF, so that a long scan moves the bar.
  IngestOptions options = args.options;
  options.reader.on_page = [&progress](const std::string& path, int page, int pages) {
    progress.Page(path, page, pages);
  };
  Ingestor ingestor(store.get(), *rules, *normalizer, options);
  const bool quiet = context.quiet;
  ingestor.Run(inputs.files, [&totals, &progress, quiet](const FileReport& report) {
    progress.Clear();
    PrintReport(report, quiet, &totals);
    progress.Advance(report.path, report.pages);
  });
  if (context.quiet) return totals.failed > 0 ? kExitFailures : kExitOk;
  fmt::print("total: {} documents, {} rows stored, {} unchanged, {} duplicates, {} failed, {} warnings\n",
             totals.documents, totals.rows, totals.unchanged, totals.copies, totals.failed, totals.warnings);
  return totals.failed > 0 ? kExitFailures : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  args->options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  CLI::App* command = app->add_subcommand("ingest", "Read plan documents and store their action rows");
  command->add_option("paths", args->paths, "Files or directories (.txt, .md, .pdf); - reads file names from standard input")->required();
  command->add_option("-j,--jobs", args->options.jobs, "Worker threads (default: the cores)")
      ->check(CLI::Range(1, 256));
  command->add_option("--password", args->options.reader.pdf_password, "Password of encrypted PDFs");
  command->add_flag("--no-ocr", args->no_ocr, "Do not OCR pages without a text layer");
  command->add_option("--board", args->options.board, "The board of every file given, whatever they print");
  AddLimitOptions(command, args.get());
  command->callback([context, args, exit_code]() { *exit_code = RunIngest(*context, *args); });
}

}  // namespace planrows
