// StatusNormalizer: a progress or RAG cell as printed to one status:
// complete, on_track, delayed, not_started, red, amber, green or unknown,
// by the ordered patterns of rules/status.toml.
#ifndef PLANROWS_PIPELINE_NORMALIZE_STATUS_NORMALIZER_H_
#define PLANROWS_PIPELINE_NORMALIZE_STATUS_NORMALIZER_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"

namespace planrows {

class StatusNormalizer {
 public:
  // Reads status.toml in `rules_dir`; fails naming the file and line, an
  // unknown status name, or the pattern that does not compile.
  static Result<StatusNormalizer> Load(const std::string& rules_dir);

  // The status `progress` reports: the first entry of the rules with a
  // pattern found in it; "unknown" for empty or unrecognised text.
  // Safe to call from several threads.
  std::string Normalize(const std::string& progress) const;

 private:
  struct Entry {
    std::string status;
    std::vector<std::shared_ptr<const RE2>> patterns;
  };
  std::vector<Entry> entries_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_STATUS_NORMALIZER_H_
