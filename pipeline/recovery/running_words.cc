#include "pipeline/recovery/running_words.h"

#include <cctype>

#include "pipeline/text/cell_text.h"

namespace planrows {

bool RunningWords::StartsSentence(const std::vector<std::string>& clean, size_t at) {
  const std::string& first = clean[at];
  const std::string& second = clean[at + 1];
  return !first.empty() && std::isupper(static_cast<unsigned char>(first[0])) && CellText::StartsLower(second) &&
         !CellText::EndsMidPhrase(second);
}

bool RunningWords::RunsProseIntoName(const std::string& text) {
  bool prose = false;
  for (const std::string& word : CellText::Words(text)) {
    if (CellText::EndsMidPhrase(word) && !CellText::StartsLower(word)) {
      prose = false;  // A separator: "/", "&", "Team,".
    } else if (CellText::StartsLower(word)) {
      prose = prose || !CellText::EndsMidPhrase(word);
    } else if (prose && std::isupper(static_cast<unsigned char>(word[0]))) {
      return true;
    }
  }
  return false;
}

CellKind RunningWords::KindOf(const CellFit::Reading& reading, const std::string& next) {
  if (reading.kind == CellKind::kStatus && CellText::StartsLower(next)) return CellKind::kProse;
  if (reading.kind == CellKind::kLead && reading.holds_share) return CellKind::kProse;
  return reading.kind;
}

}  // namespace planrows
