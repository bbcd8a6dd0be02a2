// The tokens of one part of a lead cell: words, soft separators ("and",
// "&", ","), asides in brackets, and people's names, each with the bytes of
// the part it spans.
#ifndef PLANROWS_PIPELINE_RULES_LEAD_TOKENS_H_
#define PLANROWS_PIPELINE_RULES_LEAD_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/rules/lead_vocabulary.h"

namespace planrows {

enum class LeadTokenKind { kWord, kSeparator, kAside, kPerson };

struct LeadToken {
  LeadTokenKind kind = LeadTokenKind::kWord;
  size_t begin = 0, end = 0;  // Bytes of the part.
  std::string text;           // As printed.
};

// The tokens of `part`, a lead cell or a piece of one between hard
// separators. A run of words spelling a person's name ("Gladys Xavier", "DCI Smith",
// "M Evans", "Ronke Martins- Taylor") is one kPerson token when it stands
// where names stand: at the end, before an aside, or between a boundary
// (start, separator, aside, dash, post or body ending, acronym) and a
// separator, dash, acronym or the opening word of a post.
std::vector<LeadToken> TokenizeLead(std::string_view part, const LeadVocabulary& vocabulary);

// True when `token` is a word or person printed with a capital first letter or digit.
bool StartsUpper(const LeadToken& token);

// True when `token` is a word with no ASCII letter or digit in it: a dash.
bool IsPunctuation(const LeadToken& token);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_LEAD_TOKENS_H_
