#include "pipeline/rules/lead_splitter.h"

#include <algorithm>

#include "pipeline/rules/lead_segmenter.h"
#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// `s` without surrounding spaces, commas and semicolons, nor a final full stop.
std::string Trim(std::string_view s) {
  size_t a = s.find_first_not_of(" ,;");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" ,;");
  std::string_view trimmed = s.substr(a, b - a + 1);
  if (trimmed.size() > 1 && trimmed.back() == '.') trimmed.remove_suffix(1);
  return std::string(trimmed);
}

// `text` cut at every match of `separators`.
std::vector<std::string_view> HardParts(std::string_view text, const RE2& separators) {
  std::vector<std::string_view> parts;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t start = 0, from = 0;
  while (from < text.size() && separators.Match(input, from, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t at = match.data() - text.data();
    from = std::max(at + match.size(), at + 1);
    if (match.empty()) continue;
    parts.push_back(text.substr(start, at - start));
    start = at + match.size();
  }
  parts.push_back(text.substr(start));
  return parts;
}

// The text of `segment` in `part`.
std::string SegmentText(std::string_view part, const std::vector<LeadToken>& tokens, const LeadSegment& segment) {
  size_t begin = tokens[segment.first].begin;
  return Trim(part.substr(begin, tokens[segment.last].end - begin));
}

// True when `segments` are k posts followed by k people, k >= 2: "Chair of
// A and B Group Tendai Dooley and Ruth Jenkins" names each post's holder in order.
bool PostsThenPeople(const std::vector<LeadSegment>& segments) {
  size_t k = segments.size() / 2;
  if (k < 2 || segments.size() != 2 * k) return false;
  for (size_t i = 0; i < k; ++i) {
    if (segments[i].person || !segments[k + i].only_person) return false;
  }
  return true;
}

}  // namespace

Result<LeadSplitter> LeadSplitter::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "leads.toml");
  if (!file.ok()) return file.status();
  Result<LeadVocabulary> vocabulary = LeadVocabulary::Load(*file);
  if (!vocabulary.ok()) return vocabulary.status();
  return LeadSplitter(std::move(vocabulary).value());
}

void LeadSplitter::SplitPart(std::string_view part, std::vector<std::string>* out) const {
  std::vector<LeadToken> tokens = TokenizeLead(part, vocabulary_);
  std::vector<LeadSegment> segments = LeadSegmenter(tokens, vocabulary_).Segment();
  size_t paired = PostsThenPeople(segments) ? segments.size() / 2 : 0;
  for (size_t i = 0; i < segments.size() - paired; ++i) {
    std::string text = SegmentText(part, tokens, segments[i]);
    if (paired > 0) text += ' ' + SegmentText(part, tokens, segments[i + paired]);
    if (!text.empty()) out->push_back(std::move(text));
  }
}

std::vector<std::string> LeadSplitter::Split(std::string_view lead) const {
  std::string clean = CellText::Clean(lead);
  std::vector<std::string> leads;
  for (std::string_view part : HardParts(clean, vocabulary_.hard_separators())) SplitPart(part, &leads);
  return leads;
}

}  // namespace planrows
