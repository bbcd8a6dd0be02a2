// planrows: turns the business plans of public boards into a queryable
// SQLite database of their action rows.
#include <CLI/CLI.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "pipeline/cli/audit_command.h"
#include "pipeline/cli/boards_command.h"
#include "pipeline/cli/command_context.h"
#include "pipeline/cli/command_word.h"
#include "pipeline/cli/documents_command.h"
#include "pipeline/cli/export_command.h"
#include "pipeline/cli/ingest_command.h"
#include "pipeline/cli/inspect_command.h"
#include "pipeline/cli/overlap_command.h"
#include "pipeline/cli/printable.h"
#include "pipeline/cli/report_command.h"
#include "pipeline/cli/search_command.h"

namespace planrows {
namespace {

constexpr const char* kExitStatuses =
    "Exit status:\n  0  done\n  1  some files or checks failed (ingest errors, audit under --fail-under)\n"
    "  2  usage error (unknown command or option, bad value)\n  3  setup error (rules or database unusable)\n"
    "  4  no database at --db (read commands never create one)";

std::vector<std::string> CommandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(command->get_name());
  }
  return names;
}

// Whether `args` asks for help or the version, which need no command.
bool AsksForHelp(const std::vector<std::string>& args) {
  for (const std::string& arg : args) {
    if (arg == "-h" || arg == "--help" || arg == "--version") return true;
  }
  return false;
}

// Checks the command word before CLI11 sees it: a bare `planrows` gets the
// usage, an unknown word is named with the command it most likely meant.
// Returns the exit status when the command line cannot run, else -1.
int CheckCommandWord(const CLI::App& app, const std::vector<std::string>& args) {
  std::vector<std::string> commands = CommandNames(app);
  std::string word = CommandWord::Find(args, CommandContext::ValuedOptions());
  if (word.empty()) {
    if (AsksForHelp(args)) return -1;
    fmt::print(stderr, "{}", app.help());
    return kExitUsage;
  }
  if (std::find(commands.begin(), commands.end(), word) != commands.end()) return -1;
  std::string closest = CommandWord::Closest(word, commands);
  std::string known;
  for (const std::string& command : commands) known += (known.empty() ? "" : ", ") + command;
  if (closest.empty()) {
    fmt::print(stderr, "planrows: unknown command '{}' (commands: {})\n", Printable(word), known);
  } else {
    fmt::print(stderr, "planrows: unknown command '{}'; did you mean '{}'?\n", Printable(word), closest);
  }
  return kExitUsage;
}

}  // namespace
}  // namespace planrows

int main(int argc, char** argv) {
  planrows::CommandContext context;
  int exit_code = planrows::kExitOk;
  CLI::App app("planrows: action rows of public boards' business plans, in SQLite");
  app.set_version_flag("--version", "planrows 0.1");
  app.footer(planrows::kExitStatuses);
  app.require_subcommand(1);
  planrows::AddIngestCommand(&app, &context, &exit_code);
  planrows::AddExportCommand(&app, &context, &exit_code);
  planrows::AddAuditCommand(&app, &context, &exit_code);
  planrows::AddSearchCommand(&app, &context, &exit_code);
  planrows::AddOverlapCommand(&app, &context, &exit_code);
  planrows::AddReportCommand(&app, &context, &exit_code);
  planrows::AddInspectCommand(&app, &context, &exit_code);
  planrows::AddBoardsCommand(&app, &context, &exit_code);
  planrows::AddDocumentsCommands(&app, &context, &exit_code);
  // The shared options go on the command and on each subcommand, so that
  // they work before or after the subcommand and each one's help lists them.
  context.AddOptions(&app);
  if (int code = planrows::CheckCommandWord(app, std::vector<std::string>(argv + 1, argv + argc)); code >= 0) {
    return code;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : planrows::kExitUsage;
  }
  return exit_code;
}
