// LeadSegmenter: groups the tokens of one part of a lead cell into leads,
// each a post or body with at most one person's name attached.
#ifndef PLANROWS_PIPELINE_RULES_LEAD_SEGMENTER_H_
#define PLANROWS_PIPELINE_RULES_LEAD_SEGMENTER_H_

#include <vector>

#include "pipeline/rules/lead_tokens.h"
#include "pipeline/rules/lead_vocabulary.h"

namespace planrows {

// One lead of a part: the tokens it spans and what it holds.
struct LeadSegment {
  size_t first = 0, last = 0;  // Token indexes, inclusive.
  bool role = false;           // Names a post ("Head of ...", "... Manager").
  bool person = false;         // Holds a person's name.
  bool only_person = false;    // Is a person's name (perhaps with an aside) and nothing else.
};

class LeadSegmenter {
 public:
  // Segments `tokens` (from TokenizeLead) by the words of `vocabulary`;
  // both must outlive the segmenter.
  LeadSegmenter(const std::vector<LeadToken>& tokens, const LeadVocabulary& vocabulary)
      : tokens_(tokens), vocabulary_(vocabulary) {}

  // The leads of the part, in order; call once. A lead ends at a soft separator after
  // a complete name ("Safeguarding Executive & DSCB"), and where a new
  // name starts after a post or body ending ("Business Manager L&D
  // Manager"), except a post of the body just named ("MIC Sub Group Chair")
  // or words that are no name on their own ("Designated Nurse Safeguarding Children").
  // A person's name joins the post before it ("CCG Lead Jacqui Himbury"),
  // or the post after it when the lead has none ("Paul McCarthy Head of
  // SEN"), but not a bare body ("LSCB Executive", "Sue Williams") nor a
  // lead that already has a person.
  std::vector<LeadSegment> Segment();

 private:
  // True when token `i` starts a new lead rather than joining the open one.
  bool SplitsBefore(size_t i) const;
  // True when the word `i` starts a new lead after a completed name.
  bool WordSplitsAfterName(size_t i) const;
  // True when the words from `i` make a name of their own: they reach a
  // post or body word or an acronym ("L&D Manager", "QA & PM Ctte"), not
  // just more words of the name before ("Designated Nurse Safeguarding Children").
  bool StartsCompleteName(size_t i) const;
  // True when the words from `i` name a post of the body that the open lead
  // ends with ("Group Chair", "Board Lay Members").
  bool PostOfBody(size_t i) const;
  // True when the words from `i`, up to the next name ending, name a post.
  bool CompoundHasRole(size_t i) const;
  // True when the word `i`, added to the open lead, completes a name.
  bool ClosesName(size_t i) const;
  // True when the acronym `i` is printed again later in the part ("Adult
  // LSCB Children's LSCB"): the same body named twice ends a lead.
  bool RecursLater(size_t i) const;
  // True when token `i` is a word.
  bool IsWord(size_t i) const;
  // Adds token `i` to the open lead, opening one if needed.
  void Add(size_t i);
  // Closes the open lead, if any.
  void Finish();

  const std::vector<LeadToken>& tokens_;
  const LeadVocabulary& vocabulary_;
  std::vector<LeadSegment> leads_;
  LeadSegment current_;
  bool open_ = false;          // current_ holds a token.
  bool closed_ = false;        // The open lead ends with a complete name.
  bool ends_group_ = false;    // ... and that name is a body's.
  bool after_person_ = false;  // The open lead ends with a person's name.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_LEAD_SEGMENTER_H_
