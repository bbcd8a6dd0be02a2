// WrappedDate: puts back together a date that a narrow cell wrapped over
// lines, as pdftotext -raw writes it a line at a time:
//
//   End of September     April 2016     Ongoin
//   2015                 - March        g
//                        2017
//
// A line goes on with the date above it when the two read as one date and
// the line cannot stand as a cell of its own beside it: a year under a date
// without one, a range's second part after its dash, the rest of a word
// the column broke, or a date under the words that open it ("By end of").
#ifndef PLANROWS_PIPELINE_RECOVERY_WRAPPED_DATE_H_
#define PLANROWS_PIPELINE_RECOVERY_WRAPPED_DATE_H_

#include <string>

#include "pipeline/rules/timeframe_finder.h"

namespace planrows {

class WrappedDate {
 public:
  // A joiner by `timeframes`, which must outlive it.
  explicit WrappedDate(const TimeframeFinder& timeframes) : timeframes_(timeframes) {}

  // When `line` goes on with the date `*above`, joins it onto `*above` and
  // returns true; else leaves `*above` as it is.
  bool Join(const std::string& line, std::string* above) const;

 private:
  const TimeframeFinder& timeframes_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_WRAPPED_DATE_H_
