#include "pipeline/normalize/board_names.h"

#include <fmt/format.h>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Compiles each pattern of the array `key` of `file` into `out`.
Status CompileAll(const RuleFile& file, const std::string& key, std::vector<std::shared_ptr<const RE2>>* out) {
  std::vector<std::string> patterns = file.Strings(key);
  for (size_t i = 0; i < patterns.size(); ++i) {
    Result<std::unique_ptr<RE2>> re = file.Compile(fmt::format("{}[{}]", key, i), patterns[i]);
    if (!re.ok()) return re.status();
    out->push_back(std::move(re).value());
  }
  return Status::Ok();
}

std::string Trimmed(const std::string& text) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return "";
  return text.substr(start, text.find_last_not_of(" \t") - start + 1);
}

}  // namespace

Result<BoardNames> BoardNames::Load(const std::string& rules_dir) {
  Result<RuleFile> file = RuleFile::Load(rules_dir, "boards.toml");
  if (!file.ok()) return file.status();
  BoardNames names;
  if (Status status = CompileAll(*file, "lead_ins", &names.lead_ins_); !status.ok()) return status;
  if (Status status = CompileAll(*file, "bodies", &names.bodies_); !status.ok()) return status;
  const toml::array* aliases = file->table()["alias"].as_array();
  for (size_t i = 0; aliases != nullptr && i < aliases->size(); ++i) {
    const std::string key = fmt::format("alias[{}]", i);
    Result<std::string> board = file->String(key + ".board");
    if (!board.ok()) return board.status();
    BoardIdentity identity{names.KeyOf(names.WithoutLeadIn(*board)), names.WithoutLeadIn(*board)};
    if (identity.key.empty()) return Status::InvalidInput(file->path() + ": " + key + ".board names no board");
    for (const std::string& alias : file->Strings(key + ".names")) {
      names.aliases_[names.KeyOf(names.WithoutLeadIn(alias))] = identity;
    }
  }
  return names;
}

std::string BoardNames::WithoutLeadIn(const std::string& name) const {
  std::string rest = name;
  for (const auto& lead_in : lead_ins_) RE2::Replace(&rest, *lead_in, "");
  return Trimmed(rest);
}

std::string BoardNames::KeyOf(const std::string& name) const {
  std::string spelled;
  for (char c : name) spelled += c == '&' ? std::string(" and ") : std::string(1, c);
  const std::string folded = CellText::FoldForMatch(spelled);
  std::string place = folded;
  for (const auto& body : bodies_) {
    if (RE2::Replace(&place, *body, "")) break;
  }
  if (Trimmed(place).empty()) place = folded;
  std::string key;
  for (char c : Trimmed(place)) key += c == ' ' ? '-' : c;
  return key;
}

BoardIdentity BoardNames::Identify(const std::string& printed) const {
  const std::string name = WithoutLeadIn(printed);
  BoardIdentity identity{KeyOf(name), name};
  if (identity.key.empty()) return BoardIdentity{};
  auto alias = aliases_.find(identity.key);
  return alias == aliases_.end() ? identity : alias->second;
}

}  // namespace planrows
