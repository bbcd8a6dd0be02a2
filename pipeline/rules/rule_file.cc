#include "pipeline/rules/rule_file.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

namespace planrows {

Result<RuleFile> RuleFile::Load(const std::string& dir, const std::string& name) {
  std::string path = (std::filesystem::path(dir) / name).string();
  if (!std::filesystem::exists(path)) return Status::NotFound(fmt::format("{}: rule file not found", path));
  try {
    return RuleFile(path, toml::parse_file(path));
  } catch (const toml::parse_error& error) {
    return Status::InvalidInput(fmt::format("{}:{}: {}", path, error.source().begin.line, error.description()));
  }
}

Result<std::string> RuleFile::String(const std::string& key) const {
  std::optional<std::string> value = table_.at_path(key).value<std::string>();
  if (!value) return Status::InvalidInput(fmt::format("{}: missing string '{}'", path_, key));
  return *value;
}

std::vector<std::string> RuleFile::Strings(const std::string& key) const {
  std::vector<std::string> out;
  if (const toml::array* array = table_.at_path(key).as_array()) {
    for (const toml::node& node : *array) {
      if (std::optional<std::string> s = node.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

Result<std::unique_ptr<RE2>> RuleFile::Compile(const std::string& key, const std::string& pattern) const {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) return Status::InvalidInput(fmt::format("{}: pattern '{}': {}", path_, key, re->error()));
  return re;
}

Result<std::unique_ptr<RE2>> RuleFile::Pattern(const std::string& key) const {
  Result<std::string> pattern = String(key);
  if (!pattern.ok()) return pattern.status();
  return Compile(key, *pattern);
}

std::string DefaultRulesDir() {
  const char* from_env = std::getenv("PLANROWS_RULES");
  if (from_env != nullptr && *from_env != '\0') return from_env;
  return PLANROWS_RULES_DIR;
}

}  // namespace planrows
