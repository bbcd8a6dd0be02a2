#include "pipeline/normalize/word_list.h"

#include <algorithm>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {

Result<WordList> WordList::Compile(const RuleFile& file, const std::string& name,
                                   const std::vector<std::string>& words, Mode mode) {
  WordList list;
  if (words.empty()) return list;
  std::string alternatives;
  for (const std::string& word : words) {
    bool any_ending = !word.empty() && word.back() == '*';
    std::string stem = any_ending ? word.substr(0, word.size() - 1) : word;
    // Folded like the text it will meet, so that rule writers may spell a
    // phrase as it is printed ("child's voice", "e-safety").
    if (mode == Mode::kFolded) stem = CellText::FoldForMatch(stem);
    if (stem.empty()) return Status::InvalidInput(fmt::format("{}: '{}' has an empty word", file.path(), name));
    if (!alternatives.empty()) alternatives += '|';
    alternatives += RE2::QuoteMeta(stem);
    if (any_ending) alternatives += "\\w*";
  }
  Result<std::unique_ptr<RE2>> anywhere = file.Compile(name, "\\b(" + alternatives + ")\\b");
  if (!anywhere.ok()) return anywhere.status();
  Result<std::unique_ptr<RE2>> at_end = file.Compile(name, "\\b(?:" + alternatives + ")\\s*$");
  if (!at_end.ok()) return at_end.status();
  Result<std::unique_ptr<RE2>> at_start = file.Compile(name, "^\\s*(?:" + alternatives + ")\\b");
  if (!at_start.ok()) return at_start.status();
  list.anywhere_ = std::move(anywhere).value();
  list.at_end_ = std::move(at_end).value();
  list.at_start_ = std::move(at_start).value();
  return list;
}

std::vector<std::string> WordList::Find(const std::string& text) const {
  std::vector<std::string> found;
  if (anywhere_ == nullptr) return found;
  re2::StringPiece input(text);
  for (std::string word; RE2::FindAndConsume(&input, *anywhere_, &word);) {
    if (std::find(found.begin(), found.end(), word) == found.end()) found.push_back(word);
  }
  return found;
}

bool WordList::Contains(const std::string& text) const {
  return anywhere_ != nullptr && RE2::PartialMatch(text, *anywhere_);
}

bool WordList::EndsText(const std::string& text) const {
  return at_end_ != nullptr && RE2::PartialMatch(text, *at_end_);
}

bool WordList::StartsText(const std::string& text) const {
  return at_start_ != nullptr && RE2::PartialMatch(text, *at_start_);
}

}  // namespace planrows
