// TimeframeParser: a timeframe as printed ("Sept 2016 - Mar 2017",
// "Throughout 2013-14", "Q2 2016/17", "Ongoing") to a start date, an end
// date and a kind, by the forms and words of rules/timeframes.toml, read
// against the period of the plan it comes from.
#ifndef PLANROWS_PIPELINE_NORMALIZE_TIMEFRAME_PARSER_H_
#define PLANROWS_PIPELINE_NORMALIZE_TIMEFRAME_PARSER_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/model/action_row.h"
#include "pipeline/normalize/word_list.h"

namespace planrows {

class TimeframeParser {
 public:
  // Reads timeframes.toml in `rules_dir`; fails naming the file and line,
  // or the form whose pattern does not compile.
  static Result<TimeframeParser> Load(const std::string& rules_dir);

  // The dates of `printed` in a plan covering `period` (its period_start
  // and period_end are the first years of financial years, 0 when unknown).
  // Kinds: "date" (one date mention: a day, month, quarter or year, which
  // starts on its first day and ends on its last), "range" (several: from
  // the earliest start to the latest end), "open" (ongoing, throughout:
  // the span of its dates; from a single date on, "From April 2014" or
  // "May 2014 ongoing": to the end of the plan), "recurring" (quarterly, annual, ...), "unparsed" (no
  // date or known word), "" for empty text. Open and recurring timeframes
  // without a date span the plan's period when known, else have no dates.
  // Safe to call from several threads.
  TimeframeDates Parse(const std::string& printed, const PlanInfo& period) const;

 private:
  // A span of whole days as yyyymmdd integers; 0 when unknown.
  struct Span {
    int start = 0, end = 0;
  };
  // A date form and the indexes of its named groups (-1 when absent).
  struct Form {
    std::string name;
    std::shared_ptr<const RE2> pattern;
    int day = -1, month = -1, month2 = -1, year = -1, year2 = -1, quarter = -1;
  };

  // The span a match of `form` gives; an empty span for an impossible date.
  Span Read(const Form& form, const std::vector<re2::StringPiece>& groups) const;
  // The months from `first` to `last` printed before `year`; empty when
  // either is no month.
  Span MonthList(re2::StringPiece first, re2::StringPiece last, int year) const;
  // The mentions of dates in `text`; `first_at` is where the first starts,
  // `last_end` where the last ends.
  Span Mentions(const std::string& text, int* count, size_t* first_at, size_t* last_end) const;
  // Month number of a name or number as printed; 0 when not a month.
  int Month(re2::StringPiece printed) const;
  // The financial years starting in `first_year` to `last_year`.
  Span FinancialYears(int first_year, int last_year) const;
  // The financial years `period` covers; empty when unknown.
  Span PlanSpan(const PlanInfo& period) const;

  std::vector<Form> forms_;
  std::map<std::string, int> months_;
  WordList open_, recurring_, start_, onward_;
  int year_start_month_ = 4;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_TIMEFRAME_PARSER_H_
