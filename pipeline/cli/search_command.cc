#include "pipeline/cli/search_command.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "pipeline/analysis/full_text_search.h"
#include "pipeline/cli/text_table.h"

namespace planrows {
namespace {

struct SearchArgs {
  SearchQuery query;
  std::string format = "text";
};

void PrintJson(const SearchResults& results) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const SearchHit& h : results.hits) {
    out.push_back({{"board", h.board}, {"document", h.document}, {"page", h.page}, {"line", h.line},
                   {"section_ref", h.section_ref}, {"ref", h.ref}, {"lead", h.lead},
                   {"timeframe", h.timeframe}, {"snippet", h.snippet}});
  }
  fmt::print("{}\n", out.dump(2));
}

void PrintText(const SearchResults& results) {
  TextTable table({"board", "document", "page", "ref", "lead", "match"});
  for (const SearchHit& h : results.hits) {
    table.AddRow({h.board, h.document, std::to_string(h.page), h.ref, h.lead, h.snippet});
  }
  table.Print(stdout, 70);
  fmt::print("{} of {} matches\n", results.hits.size(), results.total);
}

int RunSearch(const CommandContext& context, SearchArgs& args) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  if (int code = context.ResolveBoard(store.get(), &args.query.board); code != kExitOk) return code;
  Result<SearchResults> results = FullTextSearch::Run(store->database(), args.query);
  if (!results.ok()) {
    fmt::print(stderr, "planrows search: {}\n", results.status().message());
    return results.status().code() == Status::Code::kInvalidInput ? kExitUsage : kExitFailures;
  }
  if (args.format == "json") {
    PrintJson(*results);
  } else {
    PrintText(*results);
  }
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* command = app->add_subcommand("search", "Full-text search over stored actions and outcomes");
  command->add_option("query", args->query.words, "Words, \"phrases\", OR, NOT, prefix*")->required();
  command->add_option("-b,--board", args->query.board, "Only this board (name, key, or the start of a key)");
  command->add_option("-y,--year", args->query.year, "Only plans whose period covers YEAR")
      ->check(CLI::Range(1990, 2100));
  command->add_option("-n,--limit", args->query.limit, "Most matches shown (default 20)")->check(CLI::Range(1, 100000));
  command->add_option("-f,--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  command->callback([context, args, exit_code]() { *exit_code = RunSearch(*context, *args); });
}

}  // namespace planrows
