#include "pipeline/recovery/ocr_bullets.h"

#include <cctype>
#include <vector>

#include "pipeline/text/cell_text.h"

namespace planrows {

std::string DropOcrBullets(const PlanPatterns& patterns, std::string_view cell) {
  std::vector<std::string> words = CellText::Words(cell.substr(patterns.OcrBulletLength(cell)));
  std::string kept;
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    // Mid-cell only a letter or a sign no plan's words use ("«", "¢") may
    // be a bullet: an ASCII sign or a dash there is the text's own ("Police
    // & Crime", "Board – Annual report").
    bool letter = word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]));
    bool dash = patterns.IsTextDash(word);
    bool glyph = static_cast<unsigned char>(word[0]) >= 0x80 && !dash && patterns.IsBulletCell(word);
    bool bullet = (letter || glyph) && !kept.empty() && w + 1 < words.size() &&
                  patterns.OcrBulletLength(word + " " + words[w + 1]) > 0;
    if (!bullet) {
      kept += kept.empty() ? word : " " + word;
    } else if (kept.back() != ';') {
      kept += ';';
    }
  }
  return kept;
}

}  // namespace planrows
