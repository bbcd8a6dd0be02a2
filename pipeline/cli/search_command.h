// SearchCommand: `planrows search QUERY [--board NAME] [--year YYYY] [--limit N] [--format text|json]`
#ifndef PLANROWS_PIPELINE_CLI_SEARCH_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_SEARCH_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `search` subcommand to `app`; see AddIngestCommand.
void AddSearchCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_SEARCH_COMMAND_H_
