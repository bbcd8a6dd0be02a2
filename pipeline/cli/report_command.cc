#include "pipeline/cli/report_command.h"

#include <fstream>

#include <fmt/format.h>

#include "pipeline/analysis/html_report.h"

namespace planrows {
namespace {

int RunReport(const CommandContext& context, const std::string& out_path) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  Result<std::string> page = HtmlReport::Render(store.get());
  if (!page.ok()) {
    fmt::print(stderr, "planrows report: {}\n", page.status().message());
    return kExitFailures;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << *page;
  out.close();
  if (!out) {
    fmt::print(stderr, "planrows report: {}: cannot write\n", out_path);
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
