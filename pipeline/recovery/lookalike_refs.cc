#include "pipeline/recovery/lookalike_refs.h"

#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {

void LookalikeRefs::Note(std::string_view cell, CellKind kind) {
  std::string text = CellText::ForPatterns(cell);
  if (kind == CellKind::kRef) {
    ref_prefixes_.insert(LetterPrefix(patterns_->RepairRef(text)));
    return;
  }
  std::string repaired = patterns_->RepairColumnRef(text);
  std::string prefix = LetterPrefix(repaired);
  if (repaired != text && !prefix.empty() && patterns_->IsColumnRef(repaired)) words_.emplace_back(prefix, kind);
}

std::array<int, kCellKindCount> LookalikeRefs::Misread() const {
  std::array<int, kCellKindCount> misread{};
  for (const auto& [prefix, kind] : words_) misread[int(kind)] += ref_prefixes_.count(prefix) > 0;
  return misread;
}

std::string LookalikeRefs::LetterPrefix(std::string_view ref) {
  std::string prefix;
  for (char c : ref) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    prefix += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return prefix;
}

}  // namespace planrows
