#include "pipeline/recovery/section_tracker.h"

#include <algorithm>

namespace planrows {

std::string ParentRef(const std::string& ref) {
  size_t dot = ref.rfind('.');
  return dot == std::string::npos ? "" : ref.substr(0, dot);
}

int RefDepth(const std::string& ref) {
  if (ref.empty()) return 0;
  return 1 + static_cast<int>(std::count(ref.begin(), ref.end(), '.'));
}

void SectionTracker::NoteNumberedItem(const std::string& number, const std::string& title) {
  numbered_items_.emplace(number, title);
}

void SectionTracker::Enter(const SectionHeading& heading, const std::string& printed) {
  Heading entered{heading.number, heading.title, printed, RefDepth(heading.number)};
  while (!open_.empty() && open_.back().depth >= entered.depth) open_.pop_back();
  open_.push_back(entered);
  awaiting_title_ = heading.title.empty();
}

bool SectionTracker::AwaitingTitle() const { return awaiting_title_; }

void SectionTracker::SetTitle(const std::string& title) {
  if (!open_.empty()) {
    open_.back().title = title;
    open_.back().printed += " " + title;
  }
  awaiting_title_ = false;
}

int SectionTracker::Depth() const { return open_.empty() ? 0 : open_.back().depth; }

SectionContext SectionTracker::Resolve(const std::string& ref) const {
  std::string parent = ParentRef(ref);
  SectionContext context;
  if (parent.empty()) {
    if (open_.empty()) return context;
    context.ref = open_.back().number;
    context.title = open_.back().title;
    if (open_.size() > 1) context.theme = open_[open_.size() - 2].printed;
    return context;
  }
  context.ref = parent;
  for (size_t i = open_.size(); i-- > 0;) {
    const Heading& h = open_[i];
    if (h.number == parent) {
      context.title = h.title;
      if (i > 0) context.theme = open_[i - 1].printed;
      return context;
    }
    // A heading whose number is a prefix of the parent ("Theme 2" above
    // rows 2.3.x) is the theme of a section that has no heading of its own.
    if (parent.compare(0, h.number.size() + 1, h.number + ".") == 0) {
      context.theme = h.printed;
      break;
    }
  }
  auto item = numbered_items_.find(parent);
  if (item != numbered_items_.end()) context.title = item->second;
  return context;
}

}  // namespace planrows
