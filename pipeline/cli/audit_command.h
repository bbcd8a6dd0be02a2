// AuditCommand: `planrows audit [--format text|json] [--fail-under PERCENT] [--max-gaps N]`
#ifndef PLANROWS_PIPELINE_CLI_AUDIT_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_AUDIT_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `audit` subcommand to `app`; see AddIngestCommand.
void AddAuditCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_AUDIT_COMMAND_H_
