#include "pipeline/cli/command_context.h"

#include <fmt/format.h>

#include "pipeline/cli/printable.h"
#include "pipeline/normalize/board_names.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {

void CommandContext::AddOptions(CLI::App* command) {
  command->add_option("--db", db_path, "SQLite database (default: planrows.sqlite)");
  command->add_option("--rules", rules_dir, "Directory of rule files (default: the installed rules)");
  command->add_flag("-q,--quiet", quiet, "Print errors only");
  for (CLI::App* subcommand : command->get_subcommands([](const CLI::App*) { return true; })) AddOptions(subcommand);
}

std::string CommandContext::RulesDir() const { return rules_dir.empty() ? DefaultRulesDir() : rules_dir; }

std::vector<std::string> CommandContext::ValuedOptions() { return {"--db", "--rules"}; }

std::unique_ptr<Store> CommandContext::OpenStore() const {
  Result<std::unique_ptr<Store>> store = Store::Open(db_path);
  if (!store.ok()) {
    fmt::print(stderr, "planrows: {}: {}\n", Printable(db_path), store.status().message());
    return nullptr;
  }
  return std::move(store).value();
}

int CommandContext::OpenForReading(std::unique_ptr<Store>* store) const {
  Result<std::unique_ptr<Store>> opened = Store::OpenExisting(db_path);
  if (opened.ok()) {
    *store = std::move(opened).value();
    return kExitOk;
  }
  if (opened.status().code() == Status::Code::kNotFound) {
    fmt::print(stderr, "planrows: no database at {} (`planrows ingest` makes one; --db names another)\n",
               Printable(db_path));
    return kExitNoDatabase;
  }
  fmt::print(stderr, "planrows: {}: {}\n", Printable(db_path), opened.status().message());
  return kExitSetup;
}

Result<BoardEntry> CommandContext::FindBoard(Store* store, const std::string& named) const {
  Result<BoardNames> names = BoardNames::Load(RulesDir());
  if (!names.ok()) return names.status();
  std::string key = names->Identify(named).key;
  return BoardCatalog(store->database()).Find(key.empty() ? BoardKey(named) : key);
}

int CommandContext::ResolveBoard(Store* store, std::string* board) const {
  if (board->empty()) return kExitOk;
  Result<BoardEntry> found = FindBoard(store, *board);
  if (!found.ok()) {
    fmt::print(stderr, "planrows: {}\n", Printable(found.status().message()));
    return found.status().code() == Status::Code::kIoError ? kExitFailures : kExitUsage;
  }
  *board = found->key;
  return kExitOk;
}

}  // namespace planrows
