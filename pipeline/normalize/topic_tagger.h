// TopicTagger: tags an action with the topics of rules/topics.toml it is
// about (child sexual exploitation, neglect, early help, ...), noting the
// words that matched.
#ifndef PLANROWS_PIPELINE_NORMALIZE_TOPIC_TAGGER_H_
#define PLANROWS_PIPELINE_NORMALIZE_TOPIC_TAGGER_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"
#include "pipeline/normalize/word_list.h"

namespace planrows {

class TopicTagger {
 public:
  // Reads topics.toml in `rules_dir`; fails naming the file and line, or
  // the topic whose pattern does not compile.
  static Result<TopicTagger> Load(const std::string& rules_dir);

  // The topics `text` (an action, with its outcome) is about, in the
  // vocabulary's order, each with the words that matched ("; "-separated:
  // synonyms as folded, acronyms and patterns as printed).
  // Safe to call from several threads.
  std::vector<TopicMatch> Tag(const std::string& text) const;

  // Every topic of the vocabulary (key and label, nothing matched), in
  // order: for reports that list topics no action is tagged with.
  std::vector<TopicMatch> Topics() const;

 private:
  struct Topic {
    std::string id, label;
    WordList synonyms;  // On folded text.
    WordList acronyms;  // On text as printed, case included.
    std::vector<std::shared_ptr<const RE2>> patterns;
  };
  std::vector<Topic> topics_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_TOPIC_TAGGER_H_
