// ExportCommand: `planrows export [--format jsonl|csv] [--board NAME]`
#ifndef PLANROWS_PIPELINE_CLI_EXPORT_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_EXPORT_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `export` subcommand to `app`; see AddIngestCommand.
void AddExportCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_EXPORT_COMMAND_H_
