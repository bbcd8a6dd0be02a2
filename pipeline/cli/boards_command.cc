#include "pipeline/cli/boards_command.h"

#include <fmt/format.h>

#include "pipeline/cli/printable.h"
#include "pipeline/cli/text_table.h"
#include "pipeline/normalize/board_names.h"

namespace planrows {
namespace {

struct BoardsArgs {
  std::string board, name;  // rename BOARD NAME
  std::string from, into;   // merge FROM INTO
};

constexpr const char* kDocumentsSql =
    "SELECT group_concat(file_name, ', ') FROM (SELECT file_name FROM documents WHERE board_id = ? ORDER BY file_name)";

// The file names of `board`'s documents, ", "-separated.
Result<std::string> DocumentNames(Store* store, const BoardEntry& board) {
  Result<Statement> query = store->database()->Prepare(kDocumentsSql);
  if (!query.ok()) return query.status();
  Result<bool> row = query->Bind(1, board.id).Step();
  if (!row.ok()) return row.status();
  return query->Text(0);
}

int RunList(Store* store) {
  Result<std::vector<BoardEntry>> boards = BoardCatalog(store->database()).List();
  if (!boards.ok()) {
    fmt::print(stderr, "planrows boards: {}\n", boards.status().message());
    return kExitFailures;
  }
  TextTable table({"key", "board", "documents", "files"});
  for (const BoardEntry& board : *boards) {
    Result<std::string> names = DocumentNames(store, board);
    if (!names.ok()) {
      fmt::print(stderr, "planrows boards: {}\n", names.status().message());
      return kExitFailures;
    }
    table.AddRow({board.key, board.known ? board.name : board.name + " (rename or merge it)",
                  std::to_string(board.documents), *names});
  }
  table.Print(stdout, 80);
  return kExitOk;
}

// Finds the board a user named, or prints why not; true when found.
bool Find(const CommandContext& context, Store* store, const std::string& named, BoardEntry* board) {
  Result<BoardEntry> found = context.FindBoard(store, named);
  if (!found.ok()) {
    fmt::print(stderr, "planrows boards: {}\n", Printable(found.status().message()));
    return false;
  }
  *board = *found;
  return true;
}

// Prints the outcome of a change: kExitOk, or the error and kExitUsage.
int Report(const CommandContext& context, const Status& status, const std::string& done) {
  if (!status.ok()) {
    fmt::print(stderr, "planrows boards: {}\n", Printable(status.message()));
    return status.code() == Status::Code::kInvalidInput ? kExitUsage : kExitFailures;
  }
  if (!context.quiet) fmt::print("{}\n", Printable(done));
  return kExitOk;
}

int RunRename(const CommandContext& context, Store* store, const BoardsArgs& args) {
  BoardEntry board;
  if (!Find(context, store, args.board, &board)) return kExitUsage;
  Result<BoardNames> names = BoardNames::Load(context.RulesDir());
  if (!names.ok()) return Report(context, names.status(), "");
  BoardIdentity identity = names->Identify(args.name);
  Status status = BoardCatalog(store->database()).Rename(board, identity.name, identity.key);
  return Report(context, status, fmt::format("renamed {} to {} ({})", board.name, identity.name, identity.key));
}

int RunMerge(const CommandContext& context, Store* store, const BoardsArgs& args) {
  BoardEntry from, into;
  if (!Find(context, store, args.from, &from) || !Find(context, store, args.into, &into)) return kExitUsage;
  Status status = BoardCatalog(store->database()).Merge(from, into);
  return Report(context, status, fmt::format("merged {} into {}", from.name, into.name));
}

// Runs `run` on the opened store, or returns why it could not be opened.
template <typename Run>
int WithStore(const CommandContext& context, Run run) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  return run(store.get());
}

}  // namespace

void AddBoardsCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<BoardsArgs>();
  CLI::App* command = app->add_subcommand("boards", "List the boards with their documents; rename or merge them");
  command->require_subcommand(0, 1);
  CLI::App* rename = command->add_subcommand("rename", "Give a board another name (and the key it folds to)");
  rename->add_option("board", args->board, "The board: name, key, or the start of a key")->required();
  rename->add_option("name", args->name, "Its new name")->required();
  rename->callback([context, args, exit_code]() {
    *exit_code = WithStore(*context, [&](Store* store) { return RunRename(*context, store, *args); });
  });
  CLI::App* merge = command->add_subcommand("merge", "Move every document of one board to another");
  merge->add_option("from", args->from, "The board to merge away")->required();
  merge->add_option("into", args->into, "The board that keeps the documents")->required();
  merge->callback([context, args, exit_code]() {
    *exit_code = WithStore(*context, [&](Store* store) { return RunMerge(*context, store, *args); });
  });
  command->final_callback([command, context, exit_code]() {
    if (command->get_subcommands().empty()) *exit_code = WithStore(*context, RunList);
  });
}

}  // namespace planrows
