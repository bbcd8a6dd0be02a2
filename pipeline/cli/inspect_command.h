// InspectCommand: `planrows inspect FILE [--lines] [--no-ocr] [--password P]`:
// prints what row recovery saw in one document, without storing anything:
// each table with its pages, each column's role and the evidence for it,
// and the rows with their flags; with --lines, the extracted lines first.
#ifndef PLANROWS_PIPELINE_CLI_INSPECT_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_INSPECT_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `inspect` subcommand to `app`; see AddIngestCommand.
void AddInspectCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_INSPECT_COMMAND_H_
