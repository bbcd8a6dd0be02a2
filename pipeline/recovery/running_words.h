// RunningWords: what the words of a table run into one paragraph say about
// where its cells start and what they hold, with no line's end to tell.
#ifndef PLANROWS_PIPELINE_RECOVERY_RUNNING_WORDS_H_
#define PLANROWS_PIPELINE_RECOVERY_RUNNING_WORDS_H_

#include <string>
#include <vector>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_kind.h"

namespace planrows {

class RunningWords {
 public:
  // True when the running words `clean` from `at` (one before the last at
  // most) start a sentence: a capitalised word, then one in lower case that
  // joins no name's parts ("The work links", not "T Okonjo" nor "Head of
  // Service").
  static bool StartsSentence(const std::vector<std::string>& clean, size_t at);

  // True when `text` runs prose into a name: a word in lower case that
  // joins nothing ("repainted"), then a capitalised word with no separator
  // between ("Steps repainted Parish Council", not "Early help team / P
  // Ingleby").
  static bool RunsProseIntoName(const std::string& text);

  // The kind of a cell of running words read as `reading`, `next` the word
  // after it: a status word that runs on in lower case opens a note of
  // progress ("Delayed until the new system is live"), and words in
  // capitals that hold a share are a measure's, no name ("Re-referral rate
  // below 65%").
  static CellKind KindOf(const CellFit::Reading& reading, const std::string& next);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RUNNING_WORDS_H_
