// ReportCommand: `planrows report --out FILE.html`
#ifndef PLANROWS_PIPELINE_CLI_REPORT_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_REPORT_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `report` subcommand to `app`; see AddIngestCommand.
void AddReportCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_REPORT_COMMAND_H_
