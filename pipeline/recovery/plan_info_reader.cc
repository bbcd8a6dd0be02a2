#include "pipeline/recovery/plan_info_reader.h"

#include <unicode/unistr.h>

namespace planrows {
namespace {

// Lines searched for the board and period: the title page and introduction.
constexpr size_t kLinesToSearch = 80;

// "BARKING & DAGENHAM SAFEGUARDING CHILDREN BOARD" gives "Barking & Dagenham
// Safeguarding Children Board"; text in mixed case is kept as printed.
std::string TitleCaseIfShouting(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString upper = u;
  upper.toUpper();
  icu::UnicodeString lower = u;
  lower.toLower();
  if (u != upper || u == lower) return text;
  u.toTitle(nullptr);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

PlanInfo PlanInfoReader::Read(const std::vector<PlanLine>& lines, const PlanPatterns& patterns) {
  PlanInfo info;
  for (size_t i = 0; i < lines.size() && i < kLinesToSearch; ++i) {
    const std::string& text = lines[i].text;
    if (info.board.empty()) info.board = TitleCaseIfShouting(patterns.FindBoard(text));
    // A title page may break the name over two lines ("... Safeguarding
    // Children" / "Board").
    if (info.board.empty() && i + 1 < lines.size()) {
      info.board = TitleCaseIfShouting(patterns.FindBoard(text + " " + lines[i + 1].text));
    }
    if (info.period_start == 0 && patterns.FindPeriod(text, &info.period_start, &info.period_end)) {
      info.title = text.size() <= 120 ? text : "";
    }
    if (!info.board.empty() && info.period_start != 0) break;
  }
  return info;
}

}  // namespace planrows
