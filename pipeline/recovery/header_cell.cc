#include "pipeline/recovery/header_cell.h"

#include <cctype>

namespace planrows {

void HeaderCell::CutBefore(size_t w, size_t c, std::vector<HeaderCell>* cells) {
  HeaderCell& cell = (*cells)[c];
  HeaderCell right{"", "", cell.words[w].box.x0, cell.x1, std::vector<Word>(cell.words.begin() + w, cell.words.end())};
  cell.words.resize(w);
  cell.x1 = cell.words.back().box.x1;
  for (HeaderCell* part : {&cell, &right}) {
    part->text.clear();
    for (const Word& word : part->words) part->text += (part->text.empty() ? "" : " ") + word.text;
  }
  cells->insert(cells->begin() + c + 1, std::move(right));
}

bool HeaderCell::MayCutBefore(const std::vector<Word>& words, size_t w) {
  return !IsJoiner(words[w - 1].text) && !IsJoiner(words[w].text);
}

bool HeaderCell::IsJoiner(const std::string& word) {
  for (const char* joiner : {"/", "&", "and", "or", "-"}) {
    if (word == joiner) return true;
  }
  return false;
}

bool HeaderCell::GoesOnWith(const std::string& heading, const std::string& word) {
  return !heading.empty() && std::isupper(static_cast<unsigned char>(heading[0])) &&
         std::islower(static_cast<unsigned char>(word[0]));
}

}  // namespace planrows
