#include "pipeline/normalize/lead_resolver.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace planrows {
namespace {

// The words of a folded key.
std::vector<std::string> Words(const std::string& key) {
  std::istringstream in(key);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool IsPerson(const LeadEntity& entity) { return entity.kind == "person"; }

// True when `name` holds a lower-case letter: a word, not an acronym.
bool HasLowerCase(const std::string& name) {
  return std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c); });
}

}  // namespace

LeadResolver::LeadResolver(const std::vector<LeadEntity>& entities) {
  for (const LeadEntity& entity : entities) {
    if (!entity.key.empty()) entities_.emplace(entity.key, entity);
  }
}

LeadEntity LeadResolver::Resolve(const LeadEntity& entity) const {
  if (entity.key.empty()) return entity;
  for (auto find : {&LeadResolver::HyphenCompletion, &LeadResolver::FullName, &LeadResolver::NameOfPiece,
                    &LeadResolver::WithoutStrayWord}) {
    if (const LeadEntity* fuller = (this->*find)(entity)) return *fuller;
  }
  return entity;
}

const LeadEntity* LeadResolver::Unique(const LeadEntity& self,
                                       const std::function<bool(const LeadEntity&)>& fits) const {
  const LeadEntity* found = nullptr;
  for (const auto& entry : entities_) {
    if (entry.first == self.key || !fits(entry.second)) continue;
    if (found != nullptr) return nullptr;
    found = &entry.second;
  }
  return found;
}

const LeadEntity* LeadResolver::HyphenCompletion(const LeadEntity& entity) const {
  if (entity.name.empty() || entity.name.back() != '-') return nullptr;
  const std::string head = entity.key + " ";
  return Unique(entity, [&head](const LeadEntity& other) { return other.key.compare(0, head.size(), head) == 0; });
}

const LeadEntity* LeadResolver::FullName(const LeadEntity& entity) const {
  const std::vector<std::string> words = Words(entity.key);
  if (!IsPerson(entity) || words.size() != 2 || words[0].size() != 1) return nullptr;
  return Unique(entity, [&words](const LeadEntity& other) {
    std::vector<std::string> full = Words(other.key);
    return IsPerson(other) && full.size() >= 2 && full.back() == words[1] && full[0].size() > 1 &&
           full[0][0] == words[0][0];
  });
}

const LeadEntity* LeadResolver::NameOfPiece(const LeadEntity& entity) const {
  if (entity.key.find(' ') != std::string::npos || !HasLowerCase(entity.name)) return nullptr;
  const std::string& piece = entity.key;
  return Unique(entity, [&piece](const LeadEntity& other) {
    std::vector<std::string> name = Words(other.key);
    return IsPerson(other) && name.size() >= 2 && (name.front() == piece || name.back() == piece);
  });
}

const LeadEntity* LeadResolver::WithoutStrayWord(const LeadEntity& entity) const {
  const size_t last_space = entity.key.rfind(' ');
  if (!IsPerson(entity) || Words(entity.key).size() < 3) return nullptr;
  auto shorter = entities_.find(entity.key.substr(0, last_space));
  return shorter != entities_.end() && IsPerson(shorter->second) ? &shorter->second : nullptr;
}

}  // namespace planrows
