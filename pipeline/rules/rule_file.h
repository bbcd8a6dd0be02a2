// RuleFile: one TOML file of rules from the rules directory, read with
// errors that name the file and line, and RE2 patterns compiled with errors
// that name the rule.
#ifndef PLANROWS_PIPELINE_RULES_RULE_FILE_H_
#define PLANROWS_PIPELINE_RULES_RULE_FILE_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "pipeline/base/result.h"

namespace planrows {

class RuleFile {
 public:
  // Parses `dir`/`name`; fails with NotFound or InvalidInput naming the file.
  static Result<RuleFile> Load(const std::string& dir, const std::string& name);

  // The string at `key` (dotted paths allowed); fails when absent.
  Result<std::string> String(const std::string& key) const;
  // The array of strings at `key`; empty when absent.
  std::vector<std::string> Strings(const std::string& key) const;
  // The pattern at `key` compiled with RE2; fails naming the key when absent or invalid.
  Result<std::unique_ptr<RE2>> Pattern(const std::string& key) const;
  // Compiles `pattern`, reporting errors as coming from `key` of this file.
  Result<std::unique_ptr<RE2>> Compile(const std::string& key, const std::string& pattern) const;

  // The parsed table, for rule files with nested tables.
  const toml::table& table() const { return table_; }
  const std::string& path() const { return path_; }

 private:
  RuleFile(std::string path, toml::table table) : path_(std::move(path)), table_(std::move(table)) {}

  std::string path_;
  toml::table table_;
};

// The rules directory to use when none is given: $PLANROWS_RULES if set,
// else the directory the build was configured with.
std::string DefaultRulesDir();

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_RULE_FILE_H_
