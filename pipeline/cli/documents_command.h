// DocumentsCommand: `planrows documents` lists the stored documents with
// their plan, kind, rows and warnings; `planrows remove DOC` deletes one.
#ifndef PLANROWS_PIPELINE_CLI_DOCUMENTS_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_DOCUMENTS_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `documents` and `remove` subcommands to `app`; see AddIngestCommand.
void AddDocumentsCommands(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_DOCUMENTS_COMMAND_H_
