#include "pipeline/rules/header_rules.h"

#include <map>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

const std::map<std::string, Column, std::less<>> kCanonical = {
    {"ref", Column::kRef},           {"action", Column::kAction},
    {"outcome", Column::kOutcome},   {"lead", Column::kLead},
    {"timeframe", Column::kTimeframe}, {"lead_timeframe", Column::kLeadTimeframe},
    {"progress", Column::kProgress},
};

std::vector<std::string> Folded(const toml::array* array) {
  std::vector<std::string> out;
  if (array == nullptr) return out;
  for (const toml::node& node : *array) {
    if (std::optional<std::string> s = node.value<std::string>()) out.push_back(CellText::FoldForMatch(*s));
  }
  return out;
}

}  // namespace

Result<HeaderRules> HeaderRules::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "headers.toml");
  if (!file.ok()) return file.status();
  const toml::table* columns = file->table()["columns"].as_table();
  if (columns == nullptr) return Status::InvalidInput(file->path() + ": no [columns] table");
  HeaderRules rules;
  for (const auto& [key, node] : *columns) {
    const toml::table* column = node.as_table();
    if (column == nullptr) continue;
    Entry entry;
    auto canonical = kCanonical.find(key.str());
    std::optional<std::string> extra = (*column)["extra"].value<std::string>();
    if (extra) {
      entry.name = ColumnName{Column::kExtra, *extra};
    } else if (canonical != kCanonical.end()) {
      entry.name = ColumnName{canonical->second, ""};
    } else {
      return Status::InvalidInput(fmt::format("{}: column '{}' is neither canonical nor has an `extra` key",
                                              file->path(), key.str()));
    }
    entry.names = Folded((*column)["names"].as_array());
    entry.prefixes = Folded((*column)["prefixes"].as_array());
    rules.entries_.push_back(std::move(entry));
  }
  return rules;
}

std::optional<ColumnName> HeaderRules::Match(std::string_view cell) const {
  std::string folded = CellText::FoldForMatch(cell);
  if (folded.empty()) return std::nullopt;
  for (const Entry& entry : entries_) {
    for (const std::string& name : entry.names) {
      if (folded == name) return entry.name;
    }
  }
  for (const Entry& entry : entries_) {
    for (const std::string& prefix : entry.prefixes) {
      if (folded.compare(0, prefix.size(), prefix) == 0) return entry.name;
    }
  }
  return std::nullopt;
}

}  // namespace planrows
