// planrows: turns the business plans of public boards into a queryable
// SQLite database of their action rows.
#include <CLI/CLI.hpp>

#include "pipeline/cli/audit_command.h"
#include "pipeline/cli/command_context.h"
#include "pipeline/cli/export_command.h"
#include "pipeline/cli/ingest_command.h"
#include "pipeline/cli/inspect_command.h"
#include "pipeline/cli/overlap_command.h"
#include "pipeline/cli/report_command.h"
#include "pipeline/cli/search_command.h"

int main(int argc, char** argv) {
  planrows::CommandContext context;
  int exit_code = planrows::kExitOk;
  CLI::App app("planrows: action rows of public boards' business plans, in SQLite");
  app.set_version_flag("--version", "planrows 0.1");
  app.add_option("--db", context.db_path, "SQLite database (default: planrows.sqlite)");
  app.add_option("--rules", context.rules_dir, "Directory of rule files (default: the installed rules)");
  app.require_subcommand(1);
  planrows::AddIngestCommand(&app, &context, &exit_code);
  planrows::AddExportCommand(&app, &context, &exit_code);
  planrows::AddAuditCommand(&app, &context, &exit_code);
  planrows::AddSearchCommand(&app, &context, &exit_code);
  planrows::AddOverlapCommand(&app, &context, &exit_code);
  planrows::AddReportCommand(&app, &context, &exit_code);
  planrows::AddInspectCommand(&app, &context, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : planrows::kExitUsage;
  }
  return exit_code;
}
