// LeadResolver: the lead entities of one plan read against each other, so
// that a name printed in part is the entity its fuller form in the same plan
// names: "F Gosling-" broken at a line end is "F Gosling-Thomas", "M Evans"
// is "Mark Evans", "Rohan" cut from its surname is "Rohan Rutherford",
// "C Thorne Delivery", with a word of the next cell run on, is "C Thorne",
// and "Safeguarding Advisor" beside "Safeguarding Adviser" is one of them.
#ifndef PLANROWS_PIPELINE_NORMALIZE_LEAD_RESOLVER_H_
#define PLANROWS_PIPELINE_NORMALIZE_LEAD_RESOLVER_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "pipeline/model/action_row.h"

namespace planrows {

class LeadResolver {
 public:
  // A resolver over `entities`, all the lead entities of one plan
  // (LeadCanonicalizer's); entities without a key are left out.
  explicit LeadResolver(const std::vector<LeadEntity>& entities);
  LeadResolver(const LeadResolver&) = delete;  // by_end_word_ points into entities_.
  LeadResolver& operator=(const LeadResolver&) = delete;

  // The entity of the plan that `entity` names in part, when exactly one
  // does; else `entity` itself.
  LeadEntity Resolve(const LeadEntity& entity) const;

 private:
  // The one entity of the plan, other than `self`, sharing its first or last
  // word, for which `fits` holds; null when none or several do.
  const LeadEntity* Unique(const LeadEntity& self, const std::function<bool(const LeadEntity&)>& fits) const;
  // The entity whose name "F Gosling-", a name broken at its hyphen, begins.
  const LeadEntity* HyphenCompletion(const LeadEntity& entity) const;
  // The person "Mark Evans" whose initial and surname "M Evans" gives.
  const LeadEntity* FullName(const LeadEntity& entity) const;
  // The person whose first name or surname is all of "Rohan".
  const LeadEntity* NameOfPiece(const LeadEntity& entity) const;
  // The person "C Thorne" that "C Thorne Delivery" names before its last word.
  const LeadEntity* WithoutStrayWord(const LeadEntity& entity) const;
  // The entity of the same kind one letter away in a name of two words or
  // more ("Safeguarding Advisor", "Audit Groups"), when its key sorts first:
  // both spellings give one.
  const LeadEntity* Misspelt(const LeadEntity& entity) const;

  std::map<std::string, LeadEntity> entities_;  // By key.
  std::multimap<std::string, const LeadEntity*> by_end_word_;  // By the first and by the last word of the key.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_LEAD_RESOLVER_H_
