#include "pipeline/rules/lead_segmenter.h"

namespace planrows {

std::vector<LeadSegment> LeadSegmenter::Segment() {
  for (size_t i = 0; i < tokens_.size(); ++i) {
    bool separator = tokens_[i].kind == LeadTokenKind::kSeparator;
    if (open_ && SplitsBefore(i)) {
      Finish();
      if (separator) continue;
    }
    if (!open_ && separator) continue;
    Add(i);
  }
  Finish();
  return std::move(leads_);
}

bool LeadSegmenter::SplitsBefore(size_t i) const {
  switch (tokens_[i].kind) {
    case LeadTokenKind::kSeparator:
      return closed_ && i + 1 < tokens_.size() && StartsUpper(tokens_[i + 1]);
    case LeadTokenKind::kAside:
      return false;
    case LeadTokenKind::kPerson:
      return current_.person || (!current_.role && ends_group_);
    case LeadTokenKind::kWord:
      return WordSplitsAfterName(i);
  }
  return false;
}

bool LeadSegmenter::WordSplitsAfterName(size_t i) const {
  if (after_person_) return current_.role || !CompoundHasRole(i);
  if (!closed_) return false;
  return StartsUpper(tokens_[i]) && !vocabulary_.IsContinuation(tokens_[i].text) && !PostOfBody(i) &&
         StartsCompleteName(i);
}

bool LeadSegmenter::StartsCompleteName(size_t i) const {
  for (size_t j = i; IsWord(j) || (j < tokens_.size() && tokens_[j].kind == LeadTokenKind::kSeparator); ++j) {
    const std::string& word = tokens_[j].text;
    if (vocabulary_.IsRoleWord(word) || vocabulary_.IsGroupEnding(word) || vocabulary_.IsAcronym(word)) return true;
  }
  return false;
}

bool LeadSegmenter::PostOfBody(size_t i) const {
  if (!ends_group_) return false;
  for (size_t j = i; IsWord(j) && StartsUpper(tokens_[j]); ++j) {
    const std::string& word = tokens_[j].text;
    if (vocabulary_.IsRoleEnding(word)) {
      bool opens_next = vocabulary_.IsOpener(word) && IsWord(j + 1);
      return !(j == i && opens_next);
    }
    if (vocabulary_.IsGroupEnding(word)) return false;
  }
  return false;
}

bool LeadSegmenter::CompoundHasRole(size_t i) const {
  for (size_t j = i; IsWord(j); ++j) {
    const std::string& word = tokens_[j].text;
    if (vocabulary_.IsRoleWord(word)) return true;
    if (vocabulary_.IsGroupEnding(word)) return false;
  }
  return false;
}

bool LeadSegmenter::ClosesName(size_t i) const {
  const std::string& word = tokens_[i].text;
  bool starts_lead = !open_;
  if (starts_lead && (vocabulary_.IsOpener(word) || vocabulary_.IsAcronym(word))) return false;
  return vocabulary_.IsRoleEnding(word) || vocabulary_.IsGroupEnding(word) ||
         (vocabulary_.IsAcronym(word) && RecursLater(i));
}

bool LeadSegmenter::RecursLater(size_t i) const {
  for (size_t j = i + 1; j < tokens_.size(); ++j) {
    if (IsWord(j) && tokens_[j].text == tokens_[i].text) return true;
  }
  return false;
}

bool LeadSegmenter::IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind == LeadTokenKind::kWord; }

void LeadSegmenter::Add(size_t i) {
  const LeadToken& token = tokens_[i];
  if (token.kind == LeadTokenKind::kWord) {
    closed_ = ClosesName(i);
    ends_group_ = closed_ && vocabulary_.IsGroupEnding(token.text);
    after_person_ = false;
    current_.role = current_.role || vocabulary_.IsRoleWord(token.text);
  } else if (token.kind == LeadTokenKind::kPerson) {
    current_.only_person = !open_;
    current_.person = closed_ = after_person_ = true;
    ends_group_ = false;
  } else if (token.kind == LeadTokenKind::kSeparator) {
    closed_ = ends_group_ = after_person_ = false;
  }
  if (token.kind != LeadTokenKind::kPerson && token.kind != LeadTokenKind::kAside) current_.only_person = false;
  if (!open_) current_.first = i;
  current_.last = i;
  open_ = true;
}

void LeadSegmenter::Finish() {
  if (open_) leads_.push_back(current_);
  current_ = LeadSegment();
  open_ = closed_ = ends_group_ = after_person_ = false;
}

}  // namespace planrows
