#include "pipeline/normalize/lead_canonicalizer.h"

#include <sstream>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

Result<LeadCanonicalizer> LeadCanonicalizer::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "lead_aliases.toml");
  if (!file.ok()) return file.status();
  LeadCanonicalizer canonicalizer;
  Result<std::string> subgroup_pattern = file->String("subgroup");
  if (!subgroup_pattern.ok()) return subgroup_pattern.status();
  Result<std::unique_ptr<RE2>> subgroup = file->Compile("subgroup", "(?i)" + *subgroup_pattern);
  Result<std::unique_ptr<RE2>> person = file->Pattern("kinds.person");
  if (!subgroup.ok()) return subgroup.status();
  if (!person.ok()) return person.status();
  canonicalizer.subgroup_ = std::move(subgroup).value();
  canonicalizer.person_ = std::move(person).value();
  if (const toml::table* aliases = file->table()["aliases"].as_table()) {
    for (const auto& [alias, name] : *aliases) {
      canonicalizer.aliases_[std::string(alias.str())] = name.value_or(std::string(alias.str()));
    }
  }
  for (const std::string& w : file->Strings("kinds.group_words")) canonicalizer.group_words_.insert(w);
  for (const std::string& w : file->Strings("kinds.role_words")) canonicalizer.role_words_.insert(w);
  return canonicalizer;
}

std::string LeadCanonicalizer::Kind(const std::string& printed, const std::string& folded) const {
  std::istringstream words(folded);
  bool role = false;
  for (std::string w; words >> w;) {
    if (group_words_.count(w)) return "group";
    role |= role_words_.count(w) > 0;
  }
  if (role) return "role";
  return RE2::FullMatch(CellText::Clean(printed), *person_) ? "person" : "group";
}

LeadEntity LeadCanonicalizer::Canonicalize(const std::string& lead) const {
  std::string text = CellText::ForPatterns(lead);
  RE2::GlobalReplace(&text, *subgroup_, "subgroup");
  std::string folded = CellText::FoldForMatch(text);
  LeadEntity entity;
  auto alias = aliases_.find(folded);
  entity.name = alias != aliases_.end() ? alias->second : CellText::Clean(lead);
  entity.key = CellText::FoldForMatch(entity.name);
  RE2::GlobalReplace(&entity.key, *subgroup_, "subgroup");
  entity.kind = Kind(lead, folded);
  return entity;
}

}  // namespace planrows
