// IngestCommand: `planrows ingest [--jobs N] [--password P] [--no-ocr] PATH...`
#ifndef PLANROWS_PIPELINE_CLI_INGEST_COMMAND_H_
#define PLANROWS_PIPELINE_CLI_INGEST_COMMAND_H_

#include <CLI/CLI.hpp>

#include "pipeline/cli/command_context.h"

namespace planrows {

// Adds the `ingest` subcommand to `app`; it runs with `context`, which must
// outlive `app`. The subcommand stores its exit status in `*exit_code`.
void AddIngestCommand(CLI::App* app, const CommandContext* context, int* exit_code);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_INGEST_COMMAND_H_
