// OverlapReport: which boards have actions on which topics, how alike the
// boards' topic sets are, and the topics most boards share.
#ifndef PLANROWS_PIPELINE_ANALYSIS_OVERLAP_REPORT_H_
#define PLANROWS_PIPELINE_ANALYSIS_OVERLAP_REPORT_H_

#include <map>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/store/database.h"

namespace planrows {

struct BoardPair {
  std::string first, second;
  double similarity = 0;              // Jaccard index of their topic sets, 0..1.
  std::vector<std::string> shared;    // Topic labels both have.
};

struct TopicSpread {
  std::string key, label;
  std::vector<std::string> boards;  // Boards with actions on it, by name.
  int actions = 0;
};

struct OverlapReport {
  std::vector<std::string> boards;                             // By name.
  std::vector<TopicSpread> topics;                             // Most boards first.
  std::map<std::string, std::map<std::string, int>> counts;    // Board -> topic label -> actions.
  std::vector<BoardPair> pairs;                                // Most alike first.

  // The report over plans whose period covers `year` (0: all plans).
  static Result<OverlapReport> Build(Database* db, int year);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_ANALYSIS_OVERLAP_REPORT_H_
