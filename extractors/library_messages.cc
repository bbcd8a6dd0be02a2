#include "extractors/library_messages.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <fmt/format.h>

namespace planrows {
namespace {

// The libraries call back on the thread that reads the document, and each
// worker reads one document at a time.
thread_local LibraryMessages* current = nullptr;

}  // namespace

LibraryMessages::LibraryMessages() : outer_(current) { current = this; }

LibraryMessages::~LibraryMessages() { current = outer_; }

void LibraryMessages::Say(const char* library, const char* message) {
  if (current == nullptr) return;
  std::string line = fmt::format("{}: {}", library, message == nullptr ? "" : message);
  // Poppler writes the newline that ends its messages escaped, as "<0a>".
  for (const std::string_view end : {std::string_view("<0a>"), std::string_view("\n")}) {
    if (line.size() >= end.size() && line.compare(line.size() - end.size(), end.size(), end) == 0) {
      line.resize(line.size() - end.size());
    }
  }
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
  std::vector<std::string>& messages = current->messages_;
  if (std::find(messages.begin(), messages.end(), line) != messages.end()) return;
  if (messages.size() < kMaxWarnings) {
    messages.push_back(std::move(line));
  } else {
    ++current->dropped_;  // Only counted: a damaged file can say thousands.
  }
}

std::vector<std::string> LibraryMessages::Warnings() const {
  std::vector<std::string> warnings = messages_;
  if (dropped_ > 0) warnings.push_back(fmt::format("and {} more messages of the PDF library", dropped_));
  return warnings;
}

}  // namespace planrows
