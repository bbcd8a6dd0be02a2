// ValueNormalizer: the normalizing stage between recovery and the store:
// gives the plan its board's key and fills each row's timeframe dates,
// status, lead entities and topics, keeping the printed values as they are.
#ifndef PLANROWS_PIPELINE_NORMALIZE_VALUE_NORMALIZER_H_
#define PLANROWS_PIPELINE_NORMALIZE_VALUE_NORMALIZER_H_

#include <memory>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"
#include "pipeline/normalize/board_names.h"
#include "pipeline/normalize/lead_canonicalizer.h"
#include "pipeline/normalize/status_normalizer.h"
#include "pipeline/normalize/timeframe_parser.h"
#include "pipeline/normalize/topic_tagger.h"

namespace planrows {

struct ValueNormalizer {
  TimeframeParser timeframes;
  StatusNormalizer statuses;
  LeadCanonicalizer leads;
  TopicTagger topics;
  BoardNames boards;

  // Loads the normalizing rules from `dir`; the first error names its file.
  static Result<std::shared_ptr<const ValueNormalizer>> Load(const std::string& dir);

  // Names the board of `plan` by its key (BoardNames) and fills the
  // normalized values of every row.
  void Normalize(RecoveredPlan* plan) const;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_VALUE_NORMALIZER_H_
