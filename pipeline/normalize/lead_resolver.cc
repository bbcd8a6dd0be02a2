#include "pipeline/normalize/lead_resolver.h"

#include <algorithm>
#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

bool IsPerson(const LeadEntity& entity) { return entity.kind == "person"; }

// True when `name` holds a lower-case letter: a word, not an acronym.
bool HasLowerCase(const std::string& name) {
  return std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c); });
}

// Where `a` and `b` differ by one letter inserted, dropped or changed;
// npos when they are the same or differ otherwise.
size_t OneLetterApartAt(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  if (longer.size() - shorter.size() > 1 || a == b) return std::string::npos;
  size_t at = 0;
  while (at < shorter.size() && shorter[at] == longer[at]) ++at;
  const size_t skip = shorter.size() == longer.size() ? 1 : 0;
  return shorter.compare(at + skip, std::string::npos, longer, at + 1, std::string::npos) == 0 ? at
                                                                                               : std::string::npos;
}

// The word of the folded `key` that holds byte `at`; at its end, the last.
std::string WordAt(const std::string& key, size_t at) {
  const size_t space = at == 0 ? std::string::npos : key.rfind(' ', at - 1);
  const size_t begin = space == std::string::npos ? 0 : space + 1, end = key.find(' ', at);
  return key.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

// True when `word`, a word of `entity`'s key, is all letters and its name
// prints it in lower case: not a number, not an acronym ("KVSCP").
bool IsLowerCaseWord(const LeadEntity& entity, const std::string& word) {
  if (!std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isalpha(c); })) return false;
  for (const std::string& printed : CellText::Words(entity.name)) {
    std::string lower = printed;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == word && !HasLowerCase(printed)) return false;
  }
  return true;
}

}  // namespace

LeadResolver::LeadResolver(const std::vector<LeadEntity>& entities) {
  for (const LeadEntity& entity : entities) {
    if (!entity.key.empty()) entities_.emplace(entity.key, entity);
  }
  for (const auto& entry : entities_) {
    const std::vector<std::string> words = CellText::Words(entry.first);
    if (words.empty()) continue;
    by_end_word_.emplace(words.front(), &entry.second);
    if (words.size() > 1) by_end_word_.emplace(words.back(), &entry.second);
  }
}

LeadEntity LeadResolver::Resolve(const LeadEntity& entity) const {
  if (CellText::Words(entity.key).empty()) return entity;
  for (auto find : {&LeadResolver::HyphenCompletion, &LeadResolver::FullName, &LeadResolver::NameOfPiece,
                    &LeadResolver::WithoutStrayWord, &LeadResolver::Misspelt}) {
    if (const LeadEntity* fuller = (this->*find)(entity)) return *fuller;
  }
  return entity;
}

const LeadEntity* LeadResolver::Unique(const LeadEntity& self,
                                       const std::function<bool(const LeadEntity&)>& fits) const {
  // Every rule pairs names that share their first or their last word.
  const std::vector<std::string> words = CellText::Words(self.key);
  const LeadEntity* found = nullptr;
  for (const std::string& word : {words.front(), words.back()}) {
    for (auto [it, end] = by_end_word_.equal_range(word); it != end; ++it) {
      const LeadEntity* candidate = it->second;
      if (candidate == found || candidate->key == self.key || !fits(*candidate)) continue;
      if (found != nullptr) return nullptr;
      found = candidate;
    }
  }
  return found;
}

const LeadEntity* LeadResolver::HyphenCompletion(const LeadEntity& entity) const {
  if (entity.name.empty() || entity.name.back() != '-') return nullptr;
  const std::string head = entity.key + " ";
  return Unique(entity, [&head](const LeadEntity& other) { return other.key.compare(0, head.size(), head) == 0; });
}

const LeadEntity* LeadResolver::FullName(const LeadEntity& entity) const {
  const std::vector<std::string> words = CellText::Words(entity.key);
  if (!IsPerson(entity) || words.size() != 2 || words[0].size() != 1) return nullptr;
  return Unique(entity, [&words](const LeadEntity& other) {
    std::vector<std::string> full = CellText::Words(other.key);
    return IsPerson(other) && full.size() >= 2 && full.back() == words[1] && full[0].size() > 1 &&
           full[0][0] == words[0][0];
  });
}

const LeadEntity* LeadResolver::NameOfPiece(const LeadEntity& entity) const {
  if (entity.key.find(' ') != std::string::npos || !HasLowerCase(entity.name)) return nullptr;
  const std::string& piece = entity.key;
  return Unique(entity, [&piece](const LeadEntity& other) {
    std::vector<std::string> name = CellText::Words(other.key);
    return IsPerson(other) && name.size() >= 2 && (name.front() == piece || name.back() == piece);
  });
}

const LeadEntity* LeadResolver::WithoutStrayWord(const LeadEntity& entity) const {
  const size_t last_space = entity.key.rfind(' ');
  if (!IsPerson(entity) || CellText::Words(entity.key).size() < 3) return nullptr;
  auto shorter = entities_.find(entity.key.substr(0, last_space));
  return shorter != entities_.end() && IsPerson(shorter->second) ? &shorter->second : nullptr;
}

const LeadEntity* LeadResolver::Misspelt(const LeadEntity& entity) const {
  // Initials tell people apart: "J Smith" and "J Smyth" may be two.
  if (IsPerson(entity) && CellText::Words(entity.key).front().size() == 1) return nullptr;
  const LeadEntity* other = Unique(entity, [&entity](const LeadEntity& candidate) {
    const size_t at = OneLetterApartAt(candidate.key, entity.key);
    if (candidate.kind != entity.kind || at == std::string::npos) return false;
    const std::string theirs = WordAt(candidate.key, at), ours = WordAt(entity.key, at);
    // A letter of a word of five letters or more: "Fen Team" and "Fin Team" may be two.
    return std::max(theirs.size(), ours.size()) >= 5 && IsLowerCaseWord(candidate, theirs) &&
           IsLowerCaseWord(entity, ours);
  });
  return other != nullptr && other->key < entity.key ? other : nullptr;  // Both spellings give the first.
}

}  // namespace planrows
