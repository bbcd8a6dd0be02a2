#include "pipeline/cli/overlap_command.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "pipeline/analysis/overlap_report.h"
#include "pipeline/cli/text_table.h"

namespace planrows {
namespace {

struct OverlapArgs {
  int year = 0;
  std::string format = "text";
};

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

// RFC 4180 field.
std::string Csv(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

void PrintText(const OverlapReport& r) {
  fmt::print("Topics by number of boards ({} boards)\n", r.boards.size());
  TextTable topics({"topic", "boards", "actions", "which"});
  for (const TopicSpread& t : r.topics) {
    topics.AddRow({t.label, std::to_string(t.boards.size()), std::to_string(t.actions), Join(t.boards)});
  }
  topics.Print(stdout, 90);
  fmt::print("\nBoards by topic (actions)\n");
  std::vector<std::string> headings{"topic"};
  for (const std::string& b : r.boards) headings.push_back(b);
  TextTable grid(headings);
  for (const TopicSpread& t : r.topics) {
    std::vector<std::string> cells{t.label};
    for (const std::string& b : r.boards) {
      auto it = r.counts.at(b).find(t.label);
      cells.push_back(it == r.counts.at(b).end() ? "." : std::to_string(it->second));
    }
    grid.AddRow(cells);
  }
  grid.Print(stdout, 24);
  fmt::print("\nBoards alike (shared topics / all their topics)\n");
  TextTable pairs({"board", "board", "similarity", "shared"});
  for (const BoardPair& p : r.pairs) pairs.AddRow({p.first, p.second, fmt::format("{:.2f}", p.similarity), Join(p.shared)});
  pairs.Print(stdout, 60);
}

void PrintCsv(const OverlapReport& r) {
  fmt::print("board,topic,actions\r\n");
  for (const auto& [board, topics] : r.counts) {
    for (const auto& [topic, n] : topics) fmt::print("{},{},{}\r\n", Csv(board), Csv(topic), n);
  }
}

void PrintJson(const OverlapReport& r) {
  nlohmann::ordered_json out;
  out["boards"] = r.boards;
  out["topics"] = nlohmann::ordered_json::array();
  for (const TopicSpread& t : r.topics) {
    out["topics"].push_back({{"key", t.key}, {"label", t.label}, {"boards", t.boards}, {"actions", t.actions}});
  }
  out["counts"] = r.counts;
  out["pairs"] = nlohmann::ordered_json::array();
  for (const BoardPair& p : r.pairs) {
    out["pairs"].push_back({{"boards", {p.first, p.second}}, {"similarity", p.similarity}, {"shared", p.shared}});
  }
  fmt::print("{}\n", out.dump(2));
}

int RunOverlap(const CommandContext& context, const OverlapArgs& args) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  Result<OverlapReport> report = OverlapReport::Build(store->database(), args.year);
  if (!report.ok()) {
    fmt::print(stderr, "planrows overlap: {}\n", report.status().message());
    return kExitFailures;
  }
  if (args.format == "csv") {
    PrintCsv(*report);
  } else if (args.format == "json") {
    PrintJson(*report);
  } else {
    PrintText(*report);
  }
  return kExitOk;
}

}  // namespace

void AddOverlapCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<OverlapArgs>();
  CLI::App* command = app->add_subcommand("overlap", "Which boards share which topics, and how alike they are");
  command->add_option("-y,--year", args->year, "Only plans whose period covers YEAR")->check(CLI::Range(1990, 2100));
  command->add_option("-f,--format", args->format, "text (default), csv or json")
      ->check(CLI::IsMember({"text", "csv", "json"}));
  command->callback([context, args, exit_code]() { *exit_code = RunOverlap(*context, *args); });
}

}  // namespace planrows
