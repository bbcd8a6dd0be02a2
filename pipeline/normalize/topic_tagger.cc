#include "pipeline/normalize/topic_tagger.h"

#include <algorithm>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Adds the whole matches of `pattern` in `text` to `found`, each once.
void FindAll(const RE2& pattern, const std::string& text, std::vector<std::string>* found) {
  re2::StringPiece match;
  for (size_t from = 0; from <= text.size() && pattern.Match(text, from, text.size(), RE2::UNANCHORED, &match, 1);) {
    std::string word(match.data(), match.size());
    if (!word.empty() && std::find(found->begin(), found->end(), word) == found->end()) found->push_back(word);
    from = static_cast<size_t>(match.data() - text.data()) + std::max<size_t>(1, match.size());
  }
}

}  // namespace

Result<TopicTagger> TopicTagger::Load(const std::string& rules_dir) {
  Result<RuleFile> file = RuleFile::Load(rules_dir, "topics.toml");
  if (!file.ok()) return file.status();
  const toml::array* entries = file->table()["topic"].as_array();
  if (entries == nullptr) return Status::InvalidInput(file->path() + ": no [[topic]] entries");
  TopicTagger tagger;
  for (size_t i = 0; i < entries->size(); ++i) {
    const std::string key = fmt::format("topic[{}]", i);
    Topic topic{file->table().at_path(key + ".id").value_or(std::string()),
                file->table().at_path(key + ".label").value_or(std::string()), {}, {}, {}};
    std::vector<std::string> patterns = file->Strings(key + ".patterns");
    std::vector<std::string> synonyms = file->Strings(key + ".synonyms");
    std::vector<std::string> acronyms = file->Strings(key + ".acronyms");
    if (topic.id.empty() || topic.label.empty() || (synonyms.empty() && acronyms.empty() && patterns.empty())) {
      return Status::InvalidInput(fmt::format("{}:{}: a [[topic]] needs an id, a label and synonyms, acronyms or patterns",
                                              file->path(), (*entries)[i].source().begin.line));
    }
    Result<WordList> folded = WordList::Compile(*file, topic.id + ".synonyms", synonyms, WordList::Mode::kFolded);
    if (!folded.ok()) return folded.status();
    Result<WordList> exact = WordList::Compile(*file, topic.id + ".acronyms", acronyms, WordList::Mode::kExact);
    if (!exact.ok()) return exact.status();
    topic.synonyms = std::move(folded).value();
    topic.acronyms = std::move(exact).value();
    for (size_t p = 0; p < patterns.size(); ++p) {
      Result<std::unique_ptr<RE2>> re = file->Compile(fmt::format("{}.patterns[{}]", topic.id, p), patterns[p]);
      if (!re.ok()) return re.status();
      topic.patterns.push_back(std::move(re).value());
    }
    tagger.topics_.push_back(std::move(topic));
  }
  return tagger;
}

std::vector<TopicMatch> TopicTagger::Tag(const std::string& text) const {
  const std::string printed = CellText::ForPatterns(text);
  const std::string folded = CellText::FoldForMatch(printed);
  std::vector<TopicMatch> found;
  for (const Topic& topic : topics_) {
    std::vector<std::string> words = topic.synonyms.Find(folded);
    for (const std::string& word : topic.acronyms.Find(printed)) {
      if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
    }
    for (const auto& pattern : topic.patterns) FindAll(*pattern, printed, &words);
    if (words.empty()) continue;
    found.push_back(TopicMatch{topic.id, topic.label, fmt::format("{}", fmt::join(words, "; "))});
  }
  return found;
}

std::vector<TopicMatch> TopicTagger::Topics() const {
  std::vector<TopicMatch> all;
  for (const Topic& topic : topics_) all.push_back(TopicMatch{topic.id, topic.label, ""});
  return all;
}

}  // namespace planrows
