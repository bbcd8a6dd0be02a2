// TimeframeParser: reads a timeframe as printed ("Sept 2016 - Mar 2017",
// "Throughout 2013-14", "Q2 2016/17", "Ongoing") as a start and end date,
// by the date forms of rules/timeframes.toml, against the plan's period.
#ifndef PLANROWS_PIPELINE_NORMALIZE_TIMEFRAME_PARSER_H_
#define PLANROWS_PIPELINE_NORMALIZE_TIMEFRAME_PARSER_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"

namespace planrows {

class TimeframeParser {
 public:
  // Reads timeframes.toml in `dir`.
  static Result<TimeframeParser> Load(const std::string& dir);

  // The dates of `printed` in a plan covering `period` (years may be 0 when
  // unknown). Every date mention counts: the earliest start and the latest
  // end make the range. Open and recurring timeframes without dates span the
  // plan's period. Text with no date or known word is "unparsed".
  TimeframeDates Parse(const std::string& printed, const PlanInfo& period) const;

 private:
  // A date range in whole days, as yyyymmdd integers.
  struct Span {
    int start = 0, end = 0;
  };
  // The dates that form `form` read from `groups`.
  Span Read(const std::string& form, const std::vector<std::string>& groups) const;
  int Month(const std::string& name) const;
  Span FinancialYear(int first_year) const;

  struct Form {
    std::string name;
    std::shared_ptr<const RE2> pattern;
  };
  std::vector<Form> forms_;
  std::shared_ptr<const RE2> open_, recurring_;
  std::map<std::string, int> months_;
  int year_start_month_ = 4;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_TIMEFRAME_PARSER_H_
