// StatusNormalizer: a progress or RAG cell as printed to one status:
// complete, on_track, delayed, not_started, red, amber, green or unknown,
// by the ordered patterns of rules/status.toml.
#ifndef PLANROWS_PIPELINE_NORMALIZE_STATUS_NORMALIZER_H_
#define PLANROWS_PIPELINE_NORMALIZE_STATUS_NORMALIZER_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/base/result.h"

namespace planrows {

class StatusNormalizer {
 public:
  // Reads status.toml in `dir`.
  static Result<StatusNormalizer> Load(const std::string& dir);

  // The status `progress` reports; "unknown" for empty or unrecognised text.
  std::string Normalize(const std::string& progress) const;

 private:
  std::vector<std::pair<std::string, std::shared_ptr<const RE2>>> statuses_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_STATUS_NORMALIZER_H_
