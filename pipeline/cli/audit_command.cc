#include "pipeline/cli/audit_command.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "pipeline/analysis/audit_report.h"
#include "pipeline/cli/text_table.h"

namespace planrows {
namespace {

struct AuditArgs {
  std::string format = "text";
  double fail_under = -1;
  size_t max_gaps = 50;
};

std::string Percent(int part, int whole) { return whole == 0 ? "-" : fmt::format("{:.0f}", 100.0 * part / whole); }

std::vector<std::string> CountCells(const Completeness& c) {
  return {std::to_string(c.rows),          Percent(c.with_ref, c.rows),      Percent(c.with_lead, c.rows),
          Percent(c.with_timeframe, c.rows), Percent(c.with_progress, c.rows), std::to_string(c.flagged),
          std::to_string(c.low_confidence),  fmt::format("{:.1f}", c.Score())};
}

// "0.93", "0.61 check" under kCheckLayoutBelow, "-" when unknown.
std::string LayoutCell(double confidence) {
  if (confidence < 0) return "-";
  return fmt::format("{:.2f}{}", confidence, confidence < kCheckLayoutBelow ? " check" : "");
}

void PrintCompleteness(const std::string& title, const std::string& first, const std::vector<DocumentAudit>& items,
                       bool documents) {
  fmt::print("{}\n", title);
  std::vector<std::string> headings{first, "rows", "ref%", "lead%", "time%", "progress%", "flagged", "low-ocr", "score%"};
  if (documents) headings.insert(headings.end(), {"layout", "counted"});
  TextTable table(headings);
  for (const DocumentAudit& item : items) {
    std::vector<std::string> cells{documents ? item.document : item.board};
    for (std::string& cell : CountCells(item.counts)) cells.push_back(std::move(cell));
    if (documents) cells.insert(cells.end(), {LayoutCell(item.layout_confidence), item.counted ? "yes" : "no"});
    table.AddRow(std::move(cells));
  }
  table.Print(stdout);
  fmt::print("\n");
}

Status PrintText(Database* db, const AuditReport& report, size_t max_gaps) {
  PrintCompleteness("Completeness by board", "board", report.ByBoard(), false);
  PrintCompleteness(fmt::format("Completeness by document, least plan-like layout first (check those under {:.2f} "
                                "by hand: `planrows inspect FILE` shows how they were read)",
                                kCheckLayoutBelow),
                    "document", report.ByLayoutConfidence(), true);
  std::vector<DocumentAudit> unread = report.WithoutBoard();
  if (!unread.empty()) {
    fmt::print("Documents whose board was not read, left out of board figures (name it: `planrows boards rename "
               "KEY NAME`, `planrows boards merge KEY BOARD`, or `planrows ingest --board NAME FILE`)\n");
    TextTable unread_table({"key", "document", "rows"});
    for (const DocumentAudit& d : unread) unread_table.AddRow({d.board_key, d.document, std::to_string(d.counts.rows)});
    unread_table.Print(stdout);
    fmt::print("\n");
  }
  fmt::print("Gaps: {} rows lack a lead, a timeframe or a progress status{}\n", report.gap_count,
             report.gap_count > static_cast<int64_t>(max_gaps) ? fmt::format(" (first {} shown)", max_gaps) : "");
  TextTable table({"document", "page", "line", "ref", "missing", "action"});
  Status status = AuditReport::ForEachGap(db, static_cast<int64_t>(max_gaps), [&table](const Gap& g) {
    std::string missing;
    for (const std::string& m : g.missing) missing += (missing.empty() ? "" : ",") + m;
    table.AddRow({g.document, std::to_string(g.page), g.line > 0 ? std::to_string(g.line) : "", g.ref, missing,
                  g.action});
  });
  if (!status.ok()) return status;
  table.Print(stdout, 50);
  fmt::print("\noverall completeness: {:.1f}% of ref, lead, timeframe and progress present over {} rows (each plan "
             "counted once, from its best rendition: born-digital PDF, then text, then scan, then the most rows; "
             "`counted` above says which)\n",
             report.total.Score(), report.total.rows);
  return Status::Ok();
}

nlohmann::ordered_json CountsJson(const Completeness& c) {
  return {{"rows", c.rows},           {"with_ref", c.with_ref},           {"with_lead", c.with_lead},
          {"with_timeframe", c.with_timeframe}, {"with_progress", c.with_progress}, {"flagged", c.flagged},
          {"low_confidence", c.low_confidence}, {"score", c.Score()}};
}

// `value` as dump(2) writes it, for a place `depth` spaces in.
std::string Indented(const nlohmann::ordered_json& value, int depth) {
  std::string text = value.dump(2);
  std::string indented;
  for (char c : text) {
    indented += c;
    if (c == '\n') indented.append(depth, ' ');
  }
  return indented;
}

// The report as one JSON object, as dump(2) would write it; the gaps are
// written as they are read, never all held.
Status PrintJson(Database* db, const AuditReport& report) {
  nlohmann::ordered_json head = {{"boards", nlohmann::ordered_json::array()},
                                 {"documents", nlohmann::ordered_json::array()}};
  for (const DocumentAudit& b : report.ByBoard()) {
    head["boards"].push_back({{"board", b.board}, {"counts", CountsJson(b.counts)}});
  }
  for (const DocumentAudit& d : report.ByLayoutConfidence()) {
    nlohmann::ordered_json layout;  // null when unknown
    if (d.layout_confidence >= 0) layout = d.layout_confidence;
    head["documents"].push_back({{"board", d.board},
                                 {"document", d.document},
                                 {"counts", CountsJson(d.counts)},
                                 {"layout_confidence", layout},
                                 {"check_layout", d.layout_confidence >= 0 && d.layout_confidence < kCheckLayoutBelow},
                                 {"counted", d.counted}});
  }
  head["without_board"] = nlohmann::ordered_json::array();
  for (const DocumentAudit& d : report.WithoutBoard()) {
    head["without_board"].push_back({{"board_key", d.board_key}, {"document", d.document}, {"rows", d.counts.rows}});
  }
  std::string text = head.dump(2);
  text.resize(text.size() - 2);  // Without its closing "\n}": the gaps and total follow.
  fmt::print("{},\n  \"gaps\": [", text);
  bool first = true;
  Status status = AuditReport::ForEachGap(db, -1, [&first](const Gap& g) {
    nlohmann::ordered_json gap = {{"board", g.board}, {"document", g.document}, {"page", g.page}, {"line", g.line},
                                  {"ref", g.ref},     {"missing", g.missing},   {"action", g.action}};
    fmt::print("{}\n    {}", first ? "" : ",", Indented(gap, 4));
    first = false;
  });
  fmt::print("{}],\n  \"total\": {}\n}}\n", first ? "" : "\n  ", Indented(CountsJson(report.total), 2));
  return status;
}

int RunAudit(const CommandContext& context, const AuditArgs& args) {
  std::unique_ptr<Store> store;
  if (int code = context.OpenForReading(&store); code != kExitOk) return code;
  Result<AuditReport> report = AuditReport::Build(store->database());
  if (!report.ok()) {
    fmt::print(stderr, "planrows audit: {}\n", report.status().message());
    return kExitFailures;
  }
  Database* db = store->database();
  Status printed = args.format == "json" ? PrintJson(db, *report) : PrintText(db, *report, args.max_gaps);
  if (!printed.ok()) {
    fmt::print(stderr, "planrows audit: {}\n", printed.message());
    return kExitFailures;
  }
  // No rows is no evidence of completeness: a script's gate must not pass on
  // an empty store (an ingest that failed, a database named wrong).
  if (args.fail_under >= 0 && report->total.rows == 0) {
    fmt::print(stderr, "planrows audit: no rows stored, so no completeness to check\n");
    return kExitFailures;
  }
  if (args.fail_under >= 0 && report->total.Score() < args.fail_under) {
    fmt::print(stderr, "planrows audit: completeness {:.1f}% is under {:.1f}%\n", report->total.Score(),
               args.fail_under);
    return kExitFailures;
  }
  return kExitOk;
}

}  // namespace

void AddAuditCommand(CLI::App* app, const CommandContext* context, int* exit_code) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* command = app->add_subcommand("audit", "Report how complete the stored rows are, and their gaps");
  command->add_option("-f,--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  command->add_option("--fail-under", args->fail_under, "Exit 1 when overall completeness is under PERCENT, or no rows are stored")
      ->check(CLI::Range(0.0, 100.0));
  command->add_option("--max-gaps", args->max_gaps, "Gaps listed in text output (default 50)");
  command->callback([context, args, exit_code]() { *exit_code = RunAudit(*context, *args); });
}

}  // namespace planrows
