// TopicTagger: tags an action with the topics of rules/topics.toml whose
// terms it uses (child sexual exploitation, neglect, early help, ...),
// noting the words that matched.
#ifndef PLANROWS_PIPELINE_NORMALIZE_TOPIC_TAGGER_H_
#define PLANROWS_PIPELINE_NORMALIZE_TOPIC_TAGGER_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"

namespace planrows {

class TopicTagger {
 public:
  // Reads topics.toml in `dir`.
  static Result<TopicTagger> Load(const std::string& dir);

  // The topics `text` is about, in the vocabulary's order.
  std::vector<TopicMatch> Tag(const std::string& text) const;

  // Every topic of the vocabulary (key and label), in order.
  std::vector<TopicMatch> Topics() const;

 private:
  struct Topic {
    std::string key, label;
    std::shared_ptr<const RE2> terms;     // Case-insensitive whole words; may be null.
    std::shared_ptr<const RE2> acronyms;  // Case-sensitive whole words; may be null.
  };
  std::vector<Topic> topics_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_TOPIC_TAGGER_H_
