// LinePerCellReader: the first words of a second prose cell that
// pdftotext -raw ran onto the end of a row's first line.
#include <algorithm>

#include "pipeline/recovery/line_per_cell_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

bool LinePerCellReader::TwoProseCellsFirst(const Layout& layout) {
  auto ref = std::find(layout.columns.begin(), layout.columns.end(), Column::kRef);
  if (ref == layout.columns.end() || layout.columns.end() - ref < 3) return false;
  // Beside the action, an outcome, a measure or a column no rule names holds prose too.
  auto prose = [](const std::optional<Column>& column) {
    return !column || column == Column::kOutcome || column == Column::kExtra;
  };
  std::optional<Column> first = *(ref + 1), second = *(ref + 2);
  return (first == Column::kAction && prose(second)) || (prose(first) && second == Column::kAction);
}

std::string LinePerCellReader::ProseStartAtEnd(std::string* text) const {
  // Items of a bulleted list are one cell's: a capital after a bullet opens an item, not a cell.
  std::vector<std::string> printed = CellText::Words(*text);
  if (std::any_of(printed.begin(), printed.end(), [](const std::string& word) { return CellText::IsNoise(word); })) {
    return "";
  }
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(*text);
  for (size_t at = kMinFirstProseWords; at + 1 < words.size(); ++at) {
    const std::string& before = words[at - 1];
    // The first cell's last word is prose's in lower case, joining nothing
    // to the next and ending no sentence (a cell of several sentences goes
    // on past its stops); the second opens a sentence: a capital, then
    // lower case ("families | Front-line staff can say ...").
    bool first_ends = CellText::StartsLower(before) && !CellText::EndsMidPhrase(before) &&
                      !CellText::EndsSentence(before) && std::isalpha(static_cast<unsigned char>(before.back()));
    bool second_opens = std::isupper(static_cast<unsigned char>(words[at][0])) && CellText::StartsLower(words[at + 1]);
    if (!first_ends || !second_opens) continue;
    std::string tail = CellText::JoinWords(words, at, words.size());
    if (cell_fit_.Of(tail) != CellKind::kProse) continue;
    *text = CellText::JoinWords(words, 0, at);
    return tail;
  }
  return "";
}

}  // namespace planrows
