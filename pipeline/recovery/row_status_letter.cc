// LinePerCellReader: a status letter that pdftotext -raw ran onto the end
// of a row's last line.
#include "pipeline/recovery/line_per_cell_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {

std::string LinePerCellReader::StatusLetterAtEnd(std::string* text, const PlanLine* next,
                                                  const Layout& layout) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(*text);
  if (words.size() < 2) return "";
  const std::string& letter = words.back();
  bool status_letter = letter.size() == 1 && std::isupper(static_cast<unsigned char>(letter[0])) &&
                       rules_.patterns.IsStatusCell(letter);
  if (!status_letter || CellText::EndsMidPhrase(words[words.size() - 2])) return "";
  // A name wrapped after its initial goes on on the next line ("Policing, O" over "Jagger"); a row's status
  // ends the row, so the next line starts a row or nothing follows.
  if (next != nullptr) {
    std::vector<std::string> after = SpacedHeaderSplitter::WordsOf(next->text);
    // Without references, a row opens on its action ("Test the guidance ...").
    bool starts_row = layout.has_ref_column ? classifier_.RefWordsAtStart(after) > 0
                                            : !layout.numbered && rules_.patterns.OpensAction(next->text);
    starts_row = starts_row || (layout.numbered && WrappedHeaderReader::RowNumber(next->text) >= 0);
    if (!starts_row) return "";
  }
  text->erase(text->rfind(letter));
  while (!text->empty() && text->back() == ' ') text->pop_back();
  return letter;
}

}  // namespace planrows
