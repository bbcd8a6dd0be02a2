#include "pipeline/normalize/lead_canonicalizer.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <fmt/format.h>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

std::string Joined(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (i == from ? "" : " ") + words[i];
  return out;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\''; }

// `text` without its parenthesised asides and anything after a spaced dash:
// the head of "HOS - Quality Assurance (CSC)" is "HOS".
std::string Head(const std::string& text) {
  std::string head;
  int depth = 0;
  for (char c : text) {
    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    if (depth == 0 && c != ')') head += c;
  }
  size_t dash = head.find(" - ");
  return dash == std::string::npos ? head : head.substr(0, dash);
}

}  // namespace

Result<LeadCanonicalizer> LeadCanonicalizer::Load(const std::string& rules_dir) {
  Result<RuleFile> file = RuleFile::Load(rules_dir, "lead_aliases.toml");
  if (!file.ok()) return file.status();
  LeadCanonicalizer leads;
  if (const toml::array* rewrites = file->table()["rewrite"].as_array()) {
    for (size_t i = 0; i < rewrites->size(); ++i) {
      const std::string key = fmt::format("rewrite[{}]", i);
      std::optional<std::string> replace = file->table().at_path(key + ".replace").value<std::string>();
      if (!replace) {
        return Status::InvalidInput(
            fmt::format("{}:{}: a [[rewrite]] needs a replace", file->path(), (*rewrites)[i].source().begin.line));
      }
      Result<std::unique_ptr<RE2>> re = file->Pattern(key + ".pattern");
      if (!re.ok()) return re.status();
      leads.rewrites_.emplace_back(std::move(re).value(), *replace);
    }
  }
  for (const std::string& entry : file->Strings("nothing.words")) {
    for (const std::string& word : CellText::Words(CellText::FoldForMatch(entry))) leads.nothing_words_.insert(word);
  }
  for (auto [key, words] : {std::pair{"nothing.alone", &leads.nothing_alone_},
                            std::pair{"kinds.group_words", &leads.group_words_},
                            std::pair{"kinds.role_words", &leads.role_words_}, std::pair{"kinds.links", &leads.links_},
                            std::pair{"kinds.other_words", &leads.other_words_}}) {
    for (const std::string& word : file->Strings(key)) words->insert(CellText::FoldForMatch(word));
  }
  Result<std::unique_ptr<RE2>> person = file->Pattern("kinds.person");
  if (!person.ok()) return person.status();
  leads.person_ = std::move(person).value();
  Result<std::unique_ptr<RE2>> other_fields = file->Pattern("nothing.other_fields");
  if (!other_fields.ok()) return other_fields.status();
  leads.other_fields_ = std::move(other_fields).value();
  Result<std::unique_ptr<RE2>> acronym = file->Pattern("kinds.group_acronym");
  if (!acronym.ok()) return acronym.status();
  leads.group_acronym_ = std::move(acronym).value();
  if (const toml::table* aliases = file->table()["aliases"].as_table()) {
    for (const auto& [spelling, name] : *aliases) {
      std::optional<std::string> canonical = name.value<std::string>();
      if (!canonical) {
        return Status::InvalidInput(fmt::format("{}:{}: alias '{}' needs a name", file->path(),
                                                name.source().begin.line, spelling.str()));
      }
      leads.aliases_[CellText::FoldForMatch(leads.Rewrite(std::string(spelling.str())))] = *canonical;
    }
  }
  return leads;
}

bool LeadCanonicalizer::NamesNothing(const std::string& folded) const {
  return nothing_alone_.count(folded) > 0 || IsNothingWord(folded);
}

bool LeadCanonicalizer::IsNothingWord(const std::string& word) const {
  const std::vector<std::string> parts = CellText::Words(CellText::FoldForMatch(word));
  return std::all_of(parts.begin(), parts.end(), [this](const std::string& p) { return nothing_words_.count(p) > 0; });
}

std::string LeadCanonicalizer::WithoutOtherFields(const std::string& text) const {
  if (!RE2::PartialMatch(text, *other_fields_)) return text;
  std::string pieces = text;
  RE2::GlobalReplace(&pieces, *other_fields_, "\n");
  std::istringstream in(pieces);
  for (std::string piece; std::getline(in, piece);) {
    std::vector<std::string> words = CellText::Words(piece);
    size_t end = words.size();
    while (end > 0 && IsNothingWord(words[end - 1])) --end;  // "Audit Group By end of" Q2.
    std::string kept = Joined(words, 0, end);
    if (!kept.empty() && !NamesNothing(CellText::FoldForMatch(kept))) return kept;
  }
  return "";
}

bool LeadCanonicalizer::IsGroupWord(const std::string& folded) const {
  return group_words_.count(folded) > 0 || RE2::FullMatch(folded, *group_acronym_);
}

std::string LeadCanonicalizer::Rewrite(const std::string& text) const {
  std::string out = CellText::ForPatterns(text);
  for (const auto& [pattern, replacement] : rewrites_) RE2::GlobalReplace(&out, *pattern, replacement);
  return out;
}

bool LeadCanonicalizer::NameLike(const std::string& word) const {
  bool shaped = word.size() == 1 ? std::isalpha(static_cast<unsigned char>(word[0]))
                                 : std::isupper(static_cast<unsigned char>(word[0]));
  if (!shaped) return false;
  for (const std::string& part : CellText::Words(CellText::FoldForMatch(word))) {
    if (IsGroupWord(part) || role_words_.count(part) || other_words_.count(part)) return false;
  }
  return true;
}

std::string LeadCanonicalizer::FindPerson(const std::string& text) const {
  // Runs of name-like words; punctuation around a word ("(Chris", "Evans)",
  // "Services,") or a word of the vocabularies ends a run.
  std::vector<std::string> runs(1);
  for (const std::string& token : CellText::Words(text)) {
    size_t begin = 0, end = token.size();
    while (begin < end && !IsWordChar(token[begin])) ++begin;
    while (end > begin && !IsWordChar(token[end - 1])) --end;
    std::string word = token.substr(begin, end - begin);
    bool name = !word.empty() && NameLike(word);
    // Capitalised words that a group word ends name the body: "Voluntary Sector Forum".
    if (begin == 0 && !name && group_words_.count(CellText::FoldForMatch(word))) runs.back().clear();
    if (begin > 0 || !name) runs.emplace_back();
    if (name) runs.back() += (runs.back().empty() ? "" : " ") + word;
    if (end < token.size()) runs.emplace_back();
  }
  // The name follows the post more often than it leads it.
  for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
    if (RE2::FullMatch(*run, *person_)) return *run;
  }
  return "";
}

std::string LeadCanonicalizer::Kind(const std::string& text) const {
  std::vector<std::string> words = CellText::Words(CellText::FoldForMatch(Head(text)));
  if (words.size() >= 2 && role_words_.count(words[0]) && links_.count(words[1])) return "role";
  // The last words name what the lead is; longer phrases first.
  for (size_t n = std::min<size_t>(3, words.size()); n >= 1; --n) {
    std::string last = Joined(words, words.size() - n, words.size());
    if (role_words_.count(last)) return "role";
    if (IsGroupWord(last)) return "group";
  }
  for (const std::string& word : words) {
    if (IsGroupWord(word)) return "group";
  }
  for (const std::string& word : words) {
    if (role_words_.count(word)) return "role";
  }
  return "group";  // An unnamed body: "Youth Council", "Vulnerable Children".
}

LeadEntity LeadCanonicalizer::Canonicalize(const std::string& lead) const {
  LeadEntity entity;
  std::string text = Rewrite(lead);
  // A person named anywhere in the lead is its entity, whatever ran into it.
  const std::string person = FindPerson(text);
  if (person.empty()) text = WithoutOtherFields(text);
  if (CellText::IsNoise(text)) return entity;
  auto alias = aliases_.find(CellText::FoldForMatch(text));
  if (alias != aliases_.end()) text = alias->second;
  if (person.empty() && NamesNothing(CellText::FoldForMatch(text))) return entity;
  entity.name = person.empty() ? text : person;
  entity.kind = person.empty() ? Kind(text) : "person";
  entity.key = CellText::FoldForMatch(entity.name);
  return entity;
}

}  // namespace planrows
