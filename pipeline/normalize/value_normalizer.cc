#include "pipeline/normalize/value_normalizer.h"

namespace planrows {

Result<std::shared_ptr<const ValueNormalizer>> ValueNormalizer::Load(const std::string& dir) {
  Result<TimeframeParser> timeframes = TimeframeParser::Load(dir);
  if (!timeframes.ok()) return timeframes.status();
  Result<StatusNormalizer> statuses = StatusNormalizer::Load(dir);
  if (!statuses.ok()) return statuses.status();
  Result<LeadCanonicalizer> leads = LeadCanonicalizer::Load(dir);
  if (!leads.ok()) return leads.status();
  Result<TopicTagger> topics = TopicTagger::Load(dir);
  if (!topics.ok()) return topics.status();
  Result<BoardNames> boards = BoardNames::Load(dir);
  if (!boards.ok()) return boards.status();
  return std::shared_ptr<const ValueNormalizer>(new ValueNormalizer{
      std::move(timeframes).value(), std::move(statuses).value(), std::move(leads).value(),
      std::move(topics).value(), std::move(boards).value()});
}

void ValueNormalizer::Normalize(RecoveredPlan* plan) const {
  BoardIdentity board = boards.Identify(plan->info.board);
  plan->info.board = board.name;
  plan->info.board_key = board.key;
  if (board.key.empty()) {
    plan->warnings.push_back("board name not found; stored without a board (`ingest --board NAME` names it)");
  }
  for (ActionRow& row : plan->rows) {
    row.dates = timeframes.Parse(row.timeframe, plan->info);
    row.status = statuses.Normalize(row.progress);
    row.lead_entities.clear();
    for (const std::string& lead : row.leads) row.lead_entities.push_back(leads.Canonicalize(lead));
    row.topics = topics.Tag(row.action + "\n" + row.outcome);
  }
}

}  // namespace planrows
