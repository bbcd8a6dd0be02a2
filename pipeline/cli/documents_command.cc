#include "pipeline/cli/documents_command.h"

#include <fmt/format.h>

#include "pipeline/cli/printable.h"
#include "pipeline/cli/text_table.h"
#include "pipeline/store/document_catalog.h"

namespace planrows {
namespace {

int RunList(const CommandContext& context) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  Result<std::vector<DocumentEntry>> documents = DocumentCatalog(store->database()).List();
  if (!documents.ok()) {
    fmt::print(stderr, "planrows documents: {}\n", documents.status().message());
    return kExitFailures;
  }
  TextTable table({"id", "board", "plan", "document", "kind", "rows", "warnings", "counted"});
  for (const DocumentEntry& d : *documents) {
    table.AddRow({std::to_string(d.id), d.board, std::to_string(d.plan_id), d.file_name, d.kind,
                  std::to_string(d.rows), std::to_string(d.warnings), d.counted ? "yes" : "no (a rendition)"});
  }
  table.Print(stdout);
  return kExitOk;
}

int RunRemove(const CommandContext& context, const std::string& named) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  Result<DocumentEntry> document = DocumentCatalog(store->database()).Find(named);
  if (!document.ok()) {
    fmt::print(stderr, "planrows remove: {}\n", Printable(document.status().message()));
    return document.status().code() == Status::Code::kIoError ? kExitFailures : kExitUsage;
  }
  if (Status status = store->RemoveDocument(document->id); !status.ok()) {
    fmt::print(stderr, "planrows remove: {}\n", status.message());
    return kExitFailures;
  }
  if (!context.quiet) fmt::print("removed {} ({} rows)\n", Printable(document->path), document->rows);
  return kExitOk;
}

}  // namespace

void AddDocumentsCommands(CLI::App* app, const CommandContext* context, int* exit_code) {
  CLI::App* list = app->add_subcommand("documents", "List the stored documents: board, plan, kind, rows, warnings");
  list->callback([context, exit_code]() { *exit_code = RunList(*context); });
  auto named = std::make_shared<std::string>();
  CLI::App* remove = app->add_subcommand("remove", "Delete a stored document and its rows");
  remove->add_option("document", *named, "Its id, path, or file name (`planrows documents` lists them)")->required();
  remove->callback([context, named, exit_code]() { *exit_code = RunRemove(*context, *named); });
}

}  // namespace planrows
