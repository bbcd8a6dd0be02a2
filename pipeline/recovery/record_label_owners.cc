// The owners of record labels' columns: which of the labels that name a
// column is the one its records print, and labels read again as an owner's.
#include "pipeline/recovery/record_labels.h"

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool RecordLabels::SameLabel(const std::string& owner, const std::string& key) {
  const std::string& shorter = owner.size() < key.size() ? owner : key;
  const std::string& longer = owner.size() < key.size() ? key : owner;
  return longer.compare(0, shorter.size(), shorter) == 0 &&
         (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

std::string RecordLabels::OwnerReadAgain(const std::string& key) const {
  for (const auto& [role, owner] : owners_) {
    if (CellText::ReadsAgain(owner.label, key)) return owner.label;
  }
  return key;
}

void RecordLabels::Claim(const ColumnName& column, const std::string& key, bool full_name, size_t lines) {
  std::vector<Owner>& claims = claims_[RoleName(column)];
  auto same = std::find_if(claims.begin(), claims.end(), [&](const Owner& claim) { return claim.label == key; });
  if (same == claims.end()) same = claims.insert(claims.end(), Owner{key, full_name, 0});
  same->lines += lines;
}

void RecordLabels::ChooseOwners() {
  for (const auto& [role, claims] : claims_) {
    bool repeated = std::any_of(claims.begin(), claims.end(), [](const Owner& c) { return c.lines >= kLeastRepeats; });
    const Owner* owner = nullptr;
    for (const Owner& claim : claims) {
      if (repeated && claim.lines < kLeastRepeats) continue;
      if (owner == nullptr || (claim.full_name && !owner->full_name)) owner = &claim;
    }
    owners_[role] = *owner;
  }
}

}  // namespace planrows
