// OverlapCommand: `planrows overlap [--year YYYY] [--format text|csv|json]`
#ifndef PLANROWS_PIPELINE_CLI_OVERLAP_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_OVERLAP_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `overlap` subcommand to `app`; see AddIngestCommand.
void AddOverlapCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_OVERLAP_COMMAND_H_
