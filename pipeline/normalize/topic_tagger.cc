#include "pipeline/normalize/topic_tagger.h"

#include <set>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// One alternation of whole words: "foster*" matches any ending, spaces and
// hyphens in a term match any run of them.
std::string WordsPattern(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    std::string term;
    for (char c : word) {
      if (c == '*') {
        term += "\\w*";
      } else if (c == ' ' || c == '-') {
        term += "[\\s-]+";
      } else {
        term += RE2::QuoteMeta(std::string(1, c));
      }
    }
    out += (out.empty() ? "" : "|") + term;
  }
  return "\\b(" + out + ")\\b";
}

}  // namespace

Result<TopicTagger> TopicTagger::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "topics.toml");
  if (!file.ok()) return file.status();
  const toml::array* topics = file->table()["topic"].as_array();
  if (topics == nullptr) return Status::InvalidInput(file->path() + ": no [[topic]] entries");
  TopicTagger tagger;
  for (const toml::node& node : *topics) {
    const toml::table* entry = node.as_table();
    if (entry == nullptr) continue;
    Topic topic{(*entry)["key"].value_or(std::string()), (*entry)["label"].value_or(std::string()), nullptr, nullptr};
    std::vector<std::string> terms, acronyms;
    if (const toml::array* a = (*entry)["terms"].as_array()) {
      for (const toml::node& t : *a) terms.push_back(t.value_or(std::string()));
    }
    if (const toml::array* a = (*entry)["acronyms"].as_array()) {
      for (const toml::node& t : *a) acronyms.push_back(t.value_or(std::string()));
    }
    if (topic.key.empty() || (terms.empty() && acronyms.empty())) {
      return Status::InvalidInput(file->path() + ": a [[topic]] needs a key and terms or acronyms");
    }
    if (!terms.empty()) {
      Result<std::unique_ptr<RE2>> re = file->Compile(topic.key, "(?i)" + WordsPattern(terms));
      if (!re.ok()) return re.status();
      topic.terms = std::move(re).value();
    }
    if (!acronyms.empty()) {
      Result<std::unique_ptr<RE2>> re = file->Compile(topic.key, WordsPattern(acronyms));
      if (!re.ok()) return re.status();
      topic.acronyms = std::move(re).value();
    }
    tagger.topics_.push_back(std::move(topic));
  }
  return tagger;
}

std::vector<TopicMatch> TopicTagger::Tag(const std::string& text) const {
  std::string normalized = CellText::ForPatterns(text);
  std::vector<TopicMatch> found;
  for (const Topic& topic : topics_) {
    std::set<std::string> words;
    for (const RE2* re : {topic.terms.get(), topic.acronyms.get()}) {
      if (re == nullptr) continue;
      re2::StringPiece input(normalized);
      std::string word;
      while (RE2::FindAndConsume(&input, *re, &word)) words.insert(word);
    }
    if (words.empty()) continue;
    std::string matched;
    for (const std::string& w : words) matched += (matched.empty() ? "" : "; ") + w;
    found.push_back(TopicMatch{topic.key, topic.label, matched});
  }
  return found;
}

std::vector<TopicMatch> TopicTagger::Topics() const {
  std::vector<TopicMatch> all;
  for (const Topic& topic : topics_) all.push_back(TopicMatch{topic.key, topic.label, ""});
  return all;
}

}  // namespace planrows
