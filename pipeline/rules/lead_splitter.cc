#include "pipeline/rules/lead_splitter.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

std::string Trim(std::string_view s) {
  size_t a = s.find_first_not_of(" ,;");
  size_t b = s.find_last_not_of(" ,;");
  return a == std::string_view::npos ? "" : std::string(s.substr(a, b - a + 1));
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool StartsUpper(const std::string& word) {
  return !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                           std::isdigit(static_cast<unsigned char>(word[0])));
}

}  // namespace

Result<LeadSplitter> LeadSplitter::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "leads.toml");
  if (!file.ok()) return file.status();
  Result<std::string> hard = file->String("hard_separators");
  if (!hard.ok()) return hard.status();
  Result<std::string> soft = file->String("soft_separators");
  if (!soft.ok()) return soft.status();
  Result<std::unique_ptr<RE2>> separators = file->Compile("separators", "(?:" + *hard + ")|(" + *soft + ")");
  if (!separators.ok()) return separators.status();
  LeadSplitter splitter;
  splitter.separators_ = std::move(separators).value();
  for (const std::string& w : file->Strings("name_endings")) splitter.name_endings_.insert(CellText::FoldForMatch(w));
  for (const std::string& w : file->Strings("continuations")) splitter.continuations_.insert(w);
  return splitter;
}

void LeadSplitter::SplitAtNameEndings(const std::string& part, std::vector<std::string>* out) const {
  std::vector<std::string> words = Words(part);
  std::string current;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!current.empty()) current += ' ';
    current += words[i];
    bool ends_name = name_endings_.count(CellText::FoldForMatch(words[i])) > 0;
    bool next_starts_name = i + 1 < words.size() && StartsUpper(words[i + 1]) &&
                            continuations_.count(words[i + 1]) == 0;
    if (ends_name && next_starts_name) {
      out->push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out->push_back(current);
}

std::vector<std::string> LeadSplitter::SplitAtSeparators(const std::string& text) const {
  std::vector<std::string> parts;
  re2::StringPiece input(text);
  re2::StringPiece match[2];
  size_t part_start = 0, search_from = 0;
  while (search_from < text.size() &&
         separators_->Match(input, search_from, text.size(), RE2::UNANCHORED, match, 2)) {
    size_t at = match[0].data() - text.data();
    size_t after = at + match[0].size();
    bool soft = match[1].data() != nullptr;
    search_from = std::max(after, at + 1);
    if (soft && !(after < text.size() && StartsUpper(text.substr(after, 1)))) continue;
    parts.push_back(Trim(std::string_view(text).substr(part_start, at - part_start)));
    part_start = after;
  }
  parts.push_back(Trim(std::string_view(text).substr(part_start)));
  return parts;
}

std::vector<std::string> LeadSplitter::Split(std::string_view lead) const {
  std::vector<std::string> leads;
  for (const std::string& part : SplitAtSeparators(CellText::Clean(lead))) {
    if (!part.empty()) SplitAtNameEndings(part, &leads);
  }
  return leads;
}

}  // namespace planrows
