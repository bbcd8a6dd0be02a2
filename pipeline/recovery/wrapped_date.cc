#include "pipeline/recovery/wrapped_date.h"

#include <re2/re2.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// A year alone, or a financial year ("2015", "2016/17").
const RE2& YearLine() {
  static const RE2 pattern(R"(\d{4}(?:/\d{2,4})?)");
  return pattern;
}

// A year inside a date ("April 2016"), or a month's two digits at its end as spreadsheets print them ("Nov-18").
const RE2& HasYear() {
  static const RE2 pattern(R"(\b\d{4}\b|\b[A-Za-z]{3,}[-' ]\d{2}$)");
  return pattern;
}

// A range's second part after its dash, the part captured ("- March", "to June").
const RE2& RangeGoesOn() {
  static const RE2 pattern(R"((?:-|–|to)\s+(\S.*))");
  return pattern;
}

// A range whose second part lacks its year ("April 2016 - March").
const RE2& OpenRange() {
  static const RE2 pattern(R"(\s(?:-|–|to)\s+\S+$)");
  return pattern;
}

}  // namespace

bool WrappedDate::Join(const std::string& line, std::string* above) const {
  if (above->empty()) return false;
  if (timeframes_.JoinsBrokenWord(*above, line)) {
    *above += line;
    return true;
  }
  std::string joined = *above + " " + line;
  // The words that open a date over the date ("By end of" over "Q2", "By
  // end" over "of Q2").
  bool goes_on = timeframes_.IsTimeframe(line) || CellText::StartsLower(line);
  if (!timeframes_.IsTimeframe(*above) && goes_on && timeframes_.IsTimeframe(joined)) {
    *above = std::move(joined);
    return true;
  }
  bool open_range = RE2::PartialMatch(*above, OpenRange());
  if (!open_range && !timeframes_.IsTimeframe(*above)) return false;
  // A year under a date without one ("End of September" over "2015"), or
  // under a range cut before its second part's year.
  bool year_ends = RE2::FullMatch(line, YearLine()) && (open_range || !RE2::PartialMatch(*above, HasYear())) &&
                   timeframes_.IsTimeframe(joined);
  // A range cut before its second part ("April 2016" over "- March"), a date of its own.
  std::string part;
  bool range_goes_on = RE2::FullMatch(line, RangeGoesOn(), &part) && !open_range && timeframes_.IsTimeframe(part);
  if (!year_ends && !range_goes_on) return false;
  *above = std::move(joined);
  return true;
}

}  // namespace planrows
