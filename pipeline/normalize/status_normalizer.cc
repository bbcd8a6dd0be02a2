#include "pipeline/normalize/status_normalizer.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// The statuses the store and reports know; a rule naming another is a typo.
constexpr std::array<std::string_view, 7> kStatuses = {"complete", "on_track", "delayed", "not_started",
                                                       "red",      "amber",    "green"};

}  // namespace

Result<StatusNormalizer> StatusNormalizer::Load(const std::string& rules_dir) {
  Result<RuleFile> file = RuleFile::Load(rules_dir, "status.toml");
  if (!file.ok()) return file.status();
  const toml::array* entries = file->table()["status"].as_array();
  if (entries == nullptr) return Status::InvalidInput(file->path() + ": no [[status]] entries");
  StatusNormalizer normalizer;
  for (size_t i = 0; i < entries->size(); ++i) {
    const int line = (*entries)[i].source().begin.line;
    const std::string key = fmt::format("status[{}]", i);
    Entry entry{file->table().at_path(key + ".name").value_or(std::string()), {}};
    if (std::find(kStatuses.begin(), kStatuses.end(), entry.status) == kStatuses.end()) {
      return Status::InvalidInput(fmt::format("{}:{}: status name '{}' is not one of complete, on_track, delayed, "
                                              "not_started, red, amber, green", file->path(), line, entry.status));
    }
    std::vector<std::string> patterns = file->Strings(key + ".patterns");
    if (patterns.empty()) {
      return Status::InvalidInput(fmt::format("{}:{}: status '{}' has no patterns", file->path(), line, entry.status));
    }
    for (size_t p = 0; p < patterns.size(); ++p) {
      Result<std::unique_ptr<RE2>> re = file->Compile(fmt::format("{}.patterns[{}] ({})", key, p, entry.status),
                                                      patterns[p]);
      if (!re.ok()) return re.status();
      entry.patterns.push_back(std::move(re).value());
    }
    normalizer.entries_.push_back(std::move(entry));
  }
  return normalizer;
}

std::string StatusNormalizer::Normalize(const std::string& progress) const {
  const std::string folded = CellText::FoldForMatch(progress);
  if (folded.empty()) return "unknown";
  for (const Entry& entry : entries_) {
    for (const auto& pattern : entry.patterns) {
      if (RE2::PartialMatch(folded, *pattern)) return entry.status;
    }
  }
  return "unknown";
}

}  // namespace planrows
