#include "pipeline/rules/lead_vocabulary.h"

#include <cctype>

namespace planrows {
namespace {

// `word` in lower case without a trailing full stop or colon: "Manager." gives "manager".
std::string Fold(std::string_view word) {
  while (word.size() > 1 && (word.back() == '.' || word.back() == ':')) word.remove_suffix(1);
  std::string folded(word);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return folded;
}

// The folded words of the list `key` of `file`.
std::set<std::string, std::less<>> FoldedList(const RuleFile& file, const std::string& key) {
  std::set<std::string, std::less<>> words;
  for (const std::string& w : file.Strings(key)) words.insert(Fold(w));
  return words;
}

// True when `re` matches all of `word`.
bool FullMatch(const RE2& re, std::string_view word) {
  return RE2::FullMatch(re2::StringPiece(word.data(), word.size()), re);
}

}  // namespace

Result<LeadVocabulary> LeadVocabulary::Load(const RuleFile& file) {
  LeadVocabulary vocabulary;
  std::shared_ptr<const RE2>* patterns[] = {&vocabulary.hard_separators_, &vocabulary.acronym_,
                                            &vocabulary.initial_, &vocabulary.name_word_};
  const char* keys[] = {"hard_separators", "acronym", "initial", "name_word"};
  for (size_t i = 0; i < std::size(keys); ++i) {
    Result<std::unique_ptr<RE2>> re = file.Pattern(keys[i]);
    if (!re.ok()) return re.status();
    *patterns[i] = std::move(re).value();
  }
  vocabulary.role_endings_ = FoldedList(file, "role_endings");
  vocabulary.group_endings_ = FoldedList(file, "group_endings");
  vocabulary.wrapped_group_endings_ = FoldedList(file, "wrapped_group_endings");
  vocabulary.openers_ = FoldedList(file, "openers");
  vocabulary.continuations_ = FoldedList(file, "continuations");
  vocabulary.soft_separators_ = FoldedList(file, "soft_separators");
  vocabulary.not_names_ = FoldedList(file, "not_names");
  vocabulary.titles_ = FoldedList(file, "titles");
  vocabulary.qualifiers_ = FoldedList(file, "qualifiers");
  return vocabulary;
}

bool LeadVocabulary::Contains(const std::set<std::string, std::less<>>& words, std::string_view word) {
  return words.count(Fold(word)) > 0;
}

bool LeadVocabulary::IsRoleEnding(std::string_view word) const { return Contains(role_endings_, word); }

bool LeadVocabulary::IsGroupEnding(std::string_view word) const { return Contains(group_endings_, word); }

bool LeadVocabulary::IsWrappedGroupEnding(std::string_view word) const {
  return Contains(wrapped_group_endings_, word);
}

bool LeadVocabulary::IsOpener(std::string_view word) const { return Contains(openers_, word); }

bool LeadVocabulary::IsQualifier(std::string_view word) const { return Contains(qualifiers_, word); }

bool LeadVocabulary::IsContinuation(std::string_view word) const { return Contains(continuations_, word); }

bool LeadVocabulary::IsSoftSeparator(std::string_view word) const { return Contains(soft_separators_, word); }

bool LeadVocabulary::IsAcronym(std::string_view word) const { return FullMatch(*acronym_, word); }

bool LeadVocabulary::IsInitial(std::string_view word) const { return FullMatch(*initial_, word); }

bool LeadVocabulary::IsTitle(std::string_view word) const { return Contains(titles_, word); }

bool LeadVocabulary::IsNameWord(std::string_view word) const {
  if (!FullMatch(*name_word_, word)) return false;
  for (const auto* list :
       {&role_endings_, &group_endings_, &openers_, &continuations_, &soft_separators_, &not_names_}) {
    if (Contains(*list, word)) return false;
  }
  return true;
}

}  // namespace planrows
