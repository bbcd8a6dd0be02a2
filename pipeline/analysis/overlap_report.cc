#include "pipeline/analysis/overlap_report.h"

#include <algorithm>
#include <set>

namespace planrows {
namespace {

BoardPair Compare(const std::string& a, const std::string& b, const std::map<std::string, int>& ta,
                  const std::map<std::string, int>& tb) {
  BoardPair pair{a, b, 0, {}};
  std::set<std::string> all;
  for (const auto& [topic, n] : ta) all.insert(topic);
  for (const auto& [topic, n] : tb) {
    all.insert(topic);
    if (ta.count(topic)) pair.shared.push_back(topic);
  }
  pair.similarity = all.empty() ? 0 : static_cast<double>(pair.shared.size()) / all.size();
  return pair;
}

}  // namespace

Result<OverlapReport> OverlapReport::Build(Database* db, int year) {
  Result<Statement> s = db->Prepare(
      "SELECT board, topic_key, topic, sum(actions) FROM board_topics "
      "WHERE ?1 = 0 OR (period_start <= ?1 AND period_end >= ?1) GROUP BY board, topic_key ORDER BY board, topic");
  if (!s.ok()) return s.status();
  s->Bind(1, int64_t{year});
  OverlapReport report;
  std::map<std::string, TopicSpread> spread;
  Result<bool> row = true;
  while ((row = s->Step()).ok() && *row) {
    std::string board = s->Text(0), key = s->Text(1), label = s->Text(2);
    int actions = static_cast<int>(s->Int(3));
    report.counts[board][label] = actions;
    TopicSpread& topic = spread[key];
    topic.key = key;
    topic.label = label;
    topic.boards.push_back(board);
    topic.actions += actions;
  }
  if (!row.ok()) return row.status();
  for (const auto& [board, topics] : report.counts) report.boards.push_back(board);
  for (auto& [key, topic] : spread) report.topics.push_back(std::move(topic));
  std::stable_sort(report.topics.begin(), report.topics.end(), [](const TopicSpread& a, const TopicSpread& b) {
    return a.boards.size() != b.boards.size() ? a.boards.size() > b.boards.size() : a.actions > b.actions;
  });
  for (size_t i = 0; i < report.boards.size(); ++i) {
    for (size_t j = i + 1; j < report.boards.size(); ++j) {
      const std::string &a = report.boards[i], &b = report.boards[j];
      report.pairs.push_back(Compare(a, b, report.counts[a], report.counts[b]));
    }
  }
  std::stable_sort(report.pairs.begin(), report.pairs.end(),
                   [](const BoardPair& a, const BoardPair& b) { return a.similarity > b.similarity; });
  return report;
}

}  // namespace planrows
