// TimeframeFinder: recognises timeframes ("May 2015", "Throughout 2013-14",
// "Ongoing 2013-14", "March 2013 June 2013") by the date forms of
// rules/dates.toml, and splits them off the end of a combined
// "Lead & Completion Date" cell.
#ifndef PLANROWS_PIPELINE_RULES_TIMEFRAME_FINDER_H_
#define PLANROWS_PIPELINE_RULES_TIMEFRAME_FINDER_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

#include "pipeline/base/result.h"

namespace planrows {

// A cell split into the lead before the timeframe and the timeframe.
struct LeadAndTimeframe {
  std::string lead;
  std::string timeframe;
};

class TimeframeFinder {
 public:
  // Reads dates.toml in `dir`.
  static Result<TimeframeFinder> Load(const std::string& dir);

  // True when all of `text` is a timeframe.
  bool IsTimeframe(std::string_view text) const;
  // True when `next`, the next line of a cell that reads `cell`, ends a
  // word that a narrow column broke ("Ongoin" over "g", "31/03/201" over
  // "8", "Jan-" over "15"): only the two joined without a space read as a
  // timeframe, or the first ends with the dash the column broke at.
  bool JoinsBrokenWord(std::string_view cell, std::string_view next) const;

  // `cell`, a timeframe as OCR read it, with the spaces OCR lost put back:
  // a cell that is no timeframe takes the fewest (two at most) that make it
  // one ("Byendof Q1", "By endofQ2"); a word of letters run into a number,
  // each a date by itself, parts there ("April2019").
  std::string RestoreLostSpaces(std::string_view cell) const;

  // Splits `cell` at the start of the longest timeframe that ends it; a
  // timeframe at the very start of the lead part ("April 2013 Business
  // Manager Sept 2013") is dropped as a stray. Texts keep their printed form.
  LeadAndTimeframe Split(std::string_view cell) const;

 private:
  std::shared_ptr<const RE2> run_;  // A whole run of date words.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_TIMEFRAME_FINDER_H_
