#include "pipeline/normalize/status_normalizer.h"

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

Result<StatusNormalizer> StatusNormalizer::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "status.toml");
  if (!file.ok()) return file.status();
  StatusNormalizer normalizer;
  const toml::array* statuses = file->table()["status"].as_array();
  if (statuses == nullptr) return Status::InvalidInput(file->path() + ": no [[status]] entries");
  for (const toml::node& node : *statuses) {
    const toml::table* entry = node.as_table();
    std::optional<std::string> name = entry ? (*entry)["name"].value<std::string>() : std::nullopt;
    std::optional<std::string> pattern = entry ? (*entry)["pattern"].value<std::string>() : std::nullopt;
    if (!name || !pattern) return Status::InvalidInput(file->path() + ": a [[status]] needs name and pattern");
    Result<std::unique_ptr<RE2>> re = file->Compile(*name, "(?i)" + *pattern);
    if (!re.ok()) return re.status();
    normalizer.statuses_.emplace_back(*name, std::move(re).value());
  }
  return normalizer;
}

std::string StatusNormalizer::Normalize(const std::string& progress) const {
  std::string text = CellText::ForPatterns(progress);
  for (const auto& [name, pattern] : statuses_) {
    if (!text.empty() && RE2::PartialMatch(text, *pattern)) return name;
  }
  return "unknown";
}

}  // namespace planrows
