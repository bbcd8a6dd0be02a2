#include "pipeline/cli/report_command.h"

#include <fstream>

#include <fmt/format.h>

#include "pipeline/analysis/html_report.h"

namespace planrows {
namespace {

int RunReport(const CommandContext& context, const std::string& out_path) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  std::ofstream out(out_path, std::ios::binary);
  Status status = HtmlReport::Render(store.get(), out);
  out.close();
  if (status.ok() && !out) status = Status::IoError(out_path + ": cannot write");
  if (!status.ok()) {
    fmt::print(stderr, "planrows report: {}\n", status.message());
    return kExitFailures;
  }
  if (!context.quiet) fmt::print("wrote {}\n", out_path);
  return kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto out_path = std::make_shared<std::string>();
  CLI::App* command = app->add_subcommand("report", "Write a self-contained HTML report: heat map, completeness, actions");
  command->add_option("-o,--out", *out_path, "The HTML file to write")->required();
  command->callback([context, out_path, exit_code]() { *exit_code = RunReport(*context, *out_path); });
}

}  // namespace planrows
