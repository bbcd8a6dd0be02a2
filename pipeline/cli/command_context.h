// CommandContext: the options every planrows command shares, and opening
// the database and rules they name.
#ifndef PLANROWS_PIPELINE_CLI_COMMAND_CONTEXT_H_
#define PLANROWS_PIPELINE_CLI_COMMAND_CONTEXT_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/store/board_catalog.h"
#include "pipeline/store/store.h"

namespace planrows {

struct CommandContext {
  std::string db_path = "planrows.sqlite";
  std::string rules_dir;  // Empty: the default rules directory.
  bool quiet = false;     // Print errors only.

  // Adds the shared options (--db, --rules, --quiet) to `command` and all
  // its subcommands, bound to this context, which must outlive them.
  void AddOptions(CLI::App* command);
  // The rules directory: --rules, else the default.
  std::string RulesDir() const;
  // The shared options that take a value, as they are written before one.
  static std::vector<std::string> ValuedOptions();

  // Opens (creating if need be) the database, or prints why not.
  std::unique_ptr<Store> OpenStore() const;
  // Opens the database for a command that only reads or edits what is
  // stored: never creates one. Returns kExitOk with `*store` set, or prints
  // why not and returns the exit status (kExitNoDatabase when no file is there).
  int OpenForReading(std::unique_ptr<Store>* store) const;
  // Replaces the board a user named in `*board` (a name, a key or the start
  // of a key) with its stored key; empty stays empty. Returns kExitOk, or
  // prints why not and returns kExitUsage when no stored board or several match.
  int ResolveBoard(Store* store, std::string* board) const;
  // The stored board a user named: by the key its name folds to under the
  // board rules (BoardNames), or the one board whose key starts so.
  Result<BoardEntry> FindBoard(Store* store, const std::string& named) const;
};

// Exit statuses of the planrows command; `--help` and the README list them.
enum ExitCode { kExitOk = 0, kExitFailures = 1, kExitUsage = 2, kExitSetup = 3, kExitNoDatabase = 4 };

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_COMMAND_CONTEXT_H_
