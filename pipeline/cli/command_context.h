// CommandContext: the options every planrows command shares, and opening
// the database and rules they name.
#ifndef PLANROWS_PIPELINE_CLI_COMMAND_CONTEXT_H_
#define PLANROWS_PIPELINE_CLI_COMMAND_CONTEXT_H_

#include <memory>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/store/store.h"

namespace planrows {

struct CommandContext {
  std::string db_path = "planrows.sqlite";
  std::string rules_dir;  // Empty: the default rules directory.

  // Opens (creating if need be) the database, or prints why not.
  std::unique_ptr<Store> OpenStore() const;
};

// Exit statuses of the planrows command.
enum ExitCode { kExitOk = 0, kExitFailures = 1, kExitUsage = 2, kExitSetup = 3 };

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_COMMAND_CONTEXT_H_
