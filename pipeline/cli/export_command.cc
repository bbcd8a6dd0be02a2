#include "pipeline/cli/export_command.h"

#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "pipeline/export/row_writer.h"
#include "pipeline/export/xlsx_row_writer.h"

namespace planrows {
namespace {

struct ExportArgs {
  std::string format = "jsonl";
  std::string out_path;
  RowFilter filter;
};

int RunXlsxExport(Store* store, const ExportArgs& args) {
  if (args.out_path.empty()) {
    fmt::print(stderr, "planrows export: --format xlsx needs --out FILE.xlsx\n");
    return kExitUsage;
  }
  Result<std::unique_ptr<XlsxRowWriter>> writer = MakeXlsxRowWriter(args.out_path);
  if (!writer.ok()) {
    fmt::print(stderr, "planrows export: {}\n", writer.status().message());
    return kExitFailures;
  }
  (*writer)->Begin();
  Status status = store->ForEachRow(args.filter, [&writer](const StoredRow& row) { (*writer)->Write(row); });
  (*writer)->End();
  for (const std::string& warning : (*writer)->warnings()) fmt::print(stderr, "planrows export: warning: {}\n", warning);
  for (const Status& s : {status, (*writer)->status()}) {
    if (s.ok()) continue;
    fmt::print(stderr, "planrows export: {}\n", s.message());
    return kExitFailures;
  }
  return kExitOk;
}

int RunExport(const CommandContext& context, ExportArgs& args) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  if (int code = context.ResolveBoard(store.get(), &args.filter.board); code != kExitOk) return code;
  if (args.format == "xlsx") return RunXlsxExport(store.get(), args);
  std::ofstream file;
  if (!args.out_path.empty()) file.open(args.out_path, std::ios::binary);
  std::ostream& out = args.out_path.empty() ? std::cout : file;
  if (!out) {
    fmt::print(stderr, "planrows export: {}: cannot write\n", args.out_path);
    return kExitFailures;
  }
  Result<std::unique_ptr<RowWriter>> writer = MakeRowWriter(args.format, out);
  if (!writer.ok()) {
    fmt::print(stderr, "planrows export: {}\n", writer.status().message());
    return kExitUsage;
  }
  (*writer)->Begin();
  Status status = store->ForEachRow(args.filter, [&writer](const StoredRow& row) { (*writer)->Write(row); });
  (*writer)->End();
  out.flush();
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
  command->add_option("-f,--format", args->format, "jsonl (default), csv or xlsx")
      ->check(CLI::IsMember({"jsonl", "csv", "xlsx"}));
  command->add_option("-o,--out", args->out_path, "Write to FILE (needed for xlsx) instead of standard output");
  command->add_option("-b,--board", args->filter.board, "Only rows of this board (name, key, or the start of a key)");
  command->callback([context, args, exit_code]() { *exit_code = RunExport(*context, *args); });
}

}  // namespace planrows
