#include "pipeline/normalize/lead_resolver.h"

#include <catch2/catch.hpp>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

LeadEntity Entity(const std::string& name, const std::string& kind) {
  return LeadEntity{CellText::FoldForMatch(name), name, kind};
}

// The name `name` resolves to among `plan`, itself included.
std::string Resolved(const std::string& name, const std::string& kind, std::vector<LeadEntity> plan) {
  plan.push_back(Entity(name, kind));
  return LeadResolver(plan).Resolve(Entity(name, kind)).name;
}

TEST_CASE("a name broken at its hyphen is the name it begins") {
  CHECK(Resolved("P Ashworth-", "group", {Entity("P Ashworth-Lyle", "person")}) == "P Ashworth-Lyle");
  // Two names it could begin: neither.
  CHECK(Resolved("P Ashworth-", "group", {Entity("P Ashworth-Lyle", "person"), Entity("P Ashworth-Grey", "person")}) ==
        "P Ashworth-");
  // Without its hyphen it is a name of its own.
  CHECK(Resolved("P Ashworth", "person", {Entity("P Ashworth-Lyle", "person")}) == "P Ashworth");
}

TEST_CASE("an initial and surname are the one full name that fits them") {
  CHECK(Resolved("K Marlowe", "person", {Entity("Kieran Marlowe", "person")}) == "Kieran Marlowe");
  CHECK(Resolved("K. Marlowe", "person", {Entity("Kieran Marlowe", "person")}) == "Kieran Marlowe");
  CHECK(Resolved("J Marlowe", "person", {Entity("Kieran Marlowe", "person")}) == "J Marlowe");
  CHECK(Resolved("K Marlowe", "person", {Entity("Kieran Marlowe", "person"), Entity("Kate Marlowe", "person")}) ==
        "K Marlowe");
  CHECK(Resolved("K Marlowe", "person", {Entity("Kieran Marlow", "person")}) == "K Marlowe");
}

TEST_CASE("a lone first name or surname is the one person it belongs to") {
  CHECK(Resolved("Tobias", "group", {Entity("Tobias Wrenfield", "person")}) == "Tobias Wrenfield");
  CHECK(Resolved("Wrenfield", "group", {Entity("Tobias Wrenfield", "person")}) == "Tobias Wrenfield");
  // Not a person's: a body's word, or an acronym.
  CHECK(Resolved("Harbour", "group", {Entity("Harbour Team", "group")}) == "Harbour");
  CHECK(Resolved("WREN", "group", {Entity("Tobias Wren", "person")}) == "WREN");
}

TEST_CASE("a name with a stray word after it is the name") {
  CHECK(Resolved("K Marlowe Delivery", "person", {Entity("K Marlowe", "person")}) == "K Marlowe");
  CHECK(Resolved("K Marlowe Delivery", "person", {}) == "K Marlowe Delivery");
  CHECK(Resolved("Harbour Team North", "group", {Entity("Harbour Team", "group")}) == "Harbour Team North");
}

TEST_CASE("two spellings of a post or body one letter apart are one entity") {
  const std::vector<LeadEntity> plan = {Entity("Safeguarding Adviser", "role")};
  CHECK(Resolved("Safeguarding Advisor", "role", plan) == "Safeguarding Adviser");
  CHECK(Resolved("Safeguarding Adviser", "role", {Entity("Safeguarding Advisor", "role")}) == "Safeguarding Adviser");
  CHECK(Resolved("Harbour Teams", "group", {Entity("Harbour Team", "group")}) == "Harbour Team");
  CHECK(Resolved("Hilda Quarie", "person", {Entity("Hilda Quarrie", "person")}) == "Hilda Quarie");  // Sorts first.
  CHECK(Resolved("Hilda Quarrie", "person", {Entity("Hilda Quarie", "person")}) == "Hilda Quarie");
  // Not one letter of a long word in lower case: short words, acronyms, initials, other kinds.
  CHECK(Resolved("Area 2 Panel", "group", {Entity("Area 3 Panel", "group")}) == "Area 2 Panel");
  CHECK(Resolved("Fen Team", "group", {Entity("Fin Team", "group")}) == "Fen Team");
  CHECK(Resolved("KVSCP Chair", "role", {Entity("KVSCB Chair", "role")}) == "KVSCP Chair");
  CHECK(Resolved("J Smyth", "person", {Entity("J Smith", "person")}) == "J Smyth");
  CHECK(Resolved("Harbour Teams", "role", {Entity("Harbour Team", "group")}) == "Harbour Teams");
}

TEST_CASE("leads without a key stay as they are") {
  LeadResolver resolver({Entity("Tobias Wrenfield", "person"), LeadEntity{}});
  CHECK(resolver.Resolve(LeadEntity{}).key.empty());
  CHECK(resolver.Resolve(LeadEntity{" ", "?", "group"}).name == "?");
  CHECK(LeadResolver({LeadEntity{" ", "?", "group"}}).Resolve(Entity("Tobias", "group")).name == "Tobias");
}

}  // namespace
}  // namespace planrows
