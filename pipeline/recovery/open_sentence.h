// OpenSentence: whether a wrapped line of prose ends inside a sentence it
// started after a full stop ("community sector. The Business"): such a
// sentence goes on over the wrap, so the line ends no cell.
#ifndef PLANROWS_PIPELINE_RECOVERY_OPEN_SENTENCE_H_
#define PLANROWS_PIPELINE_RECOVERY_OPEN_SENTENCE_H_

#include <string_view>

namespace planrows {

// True when `line` ends a sentence inside it, after a word in lower case
// ("sector."; not an initial, "F. Rees"), then opens another of at most
// two words that does not end ("The Business", "Partners").
bool EndsOnOpenSentence(std::string_view line);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_OPEN_SENTENCE_H_
