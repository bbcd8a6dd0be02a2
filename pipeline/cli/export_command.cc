#include "pipeline/cli/export_command.h"

#include <iostream>

#include <fmt/format.h>

#include "pipeline/export/row_writer.h"

namespace planrows {
namespace {

struct ExportArgs {
  std::string format = "jsonl";
  RowFilter filter;
};

int RunExport(const CommandContext& context, const ExportArgs& args) {
  std::unique_ptr<Store> store = context.OpenStore();
  if (!store) return kExitSetup;
  Result<std::unique_ptr<RowWriter>> writer = MakeRowWriter(args.format, std::cout);
  if (!writer.ok()) {
    fmt::print(stderr, "planrows export: {}\n", writer.status().message());
    return kExitUsage;
  }
  (*writer)->Begin();
  Status status = store->ForEachRow(args.filter, [&writer](const StoredRow& row) { (*writer)->Write(row); });
  (*writer)->End();
  std::cout.flush();
  if (!status.ok()) {
    fmt::print(stderr, "planrows export: {}\n", status.message());
    return kExitFailures;
  }
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* command = app->add_subcommand("export", "Write every stored action row to standard output");
  command->add_option("-f,--format", args->format, "jsonl (default) or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  command->add_option("-b,--board", args->filter.board, "Only rows of this board (name or key)");
  command->callback([context, args, exit_code]() { *exit_code = RunExport(*context, *args); });
}

}  // namespace planrows
