// BoardsCommand: `planrows boards` lists the stored boards with their
// documents; `planrows boards rename BOARD NAME` and `planrows boards merge
// FROM INTO` correct them.
#ifndef PLANROWS_PIPELINE_CLI_BOARDS_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_BOARDS_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `boards` subcommand, with `rename` and `merge`, to `app`; see AddIngestCommand.
void AddBoardsCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_BOARDS_COMMAND_H_
