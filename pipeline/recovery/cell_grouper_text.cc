// CellGrouper: the text of a cell grown from its pieces.
#include <algorithm>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

std::string CellGrouper::Join(const std::vector<std::string>& pieces, size_t begin, size_t end) const {
  std::string text;
  const size_t block_width = BlockWidth(pieces);
  for (size_t k = begin; k < end; ++k) {
    if (!CellText::IsNoise(pieces[k])) Append(pieces, begin, k, pieces[k], block_width, &text);
  }
  return text;
}

void CellGrouper::Append(const std::vector<std::string>& pieces, size_t begin, size_t k, const std::string& piece,
                         size_t block_width, std::string* text) const {
  if (k > begin && CellText::GoesOnInsideWord(pieces[k - 1], pieces[k], block_width)) {
    *text += piece;
  } else if (options_.joiner == " ") {
    CellText::AppendWrapped(piece, text);
  } else {
    *text += (text->empty() ? "" : options_.joiner) + piece;
  }
}

size_t CellGrouper::BlockWidth(const std::vector<std::string>& pieces) const {
  if (!options_.one_width) return 0;
  size_t width = options_.width;
  for (const std::string& piece : pieces) width = std::max(width, CellText::PrintedWidth(piece));
  return width;
}

}  // namespace planrows
