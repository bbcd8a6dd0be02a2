// LinePerCellReader: whether a lead parted from the end of a line of prose
// surely starts a cell of its own.
#include <algorithm>

#include "pipeline/recovery/line_per_cell_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool LinePerCellReader::StartsLeadCell(const std::string& lead) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lead);
  if (words.empty() || IsArticle(words.front()) || CellText::StartsLower(words.front())) return false;
  // A name's words are capitalised but for those that join its parts; prose has other words in lower case
  // ("Partners will", "Due date"). One that ends on a joining word ("Police and", "Draft by") may be either.
  auto name_word = [](const std::string& word) {
    return !CellText::StartsLower(word) || CellText::EndsMidPhrase(word);
  };
  return std::all_of(words.begin(), words.end(), name_word) && !CellText::StartsLower(words.back());
}

}  // namespace planrows
