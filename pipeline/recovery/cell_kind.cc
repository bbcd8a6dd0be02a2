#include "pipeline/recovery/cell_kind.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Longest reference, in bytes, that IsLineRef reads.
constexpr size_t kMaxRefBytes = 16;
// Fewest capitals of a reference's prefix written apart from its number: a
// line may start with the article "A" and a number ("A 12 week course").
constexpr size_t kMinApartPrefix = 2;

// Most words a lead cell holds; longer cells are prose.
constexpr int kMaxLeadWords = 8;
// Fewest words of a cell read as prose whatever its case.
constexpr int kMinProseWords = 9;
// Most words of a cell read as a date when a date ends it ("Review in May 2018").
constexpr int kMaxDateWords = 5;

// Small words that link the capitalised words of a name ("Head of Service").
bool IsLinkWord(const std::string& word) {
  for (const char* link : {"of", "and", "the", "for", "&", "to", "in", "/", "-", "with", "on"}) {
    if (word == link) return true;
  }
  return false;
}

// True when `text` is a code whose last digit OCR read as a lower-case
// letter or a bar ("Al", "WFl" for "A1", "WF1"): capitals, then one
// lookalike of a digit. Capitals alone ("AI", "CI") are words.
bool IsMisreadCode(std::string_view text, const PlanPatterns& patterns) {
  constexpr size_t kMaxCodeBytes = 5;
  if (text.size() < 2 || text.size() > kMaxCodeBytes) return false;
  auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  if (!std::all_of(text.begin(), text.end() - 1, upper) || upper(text.back())) return false;
  std::string repaired = patterns.RepairColumnRef(text);
  return repaired != text && patterns.IsColumnRef(repaired);
}

}  // namespace

const char* CellKindName(CellKind kind) {
  switch (kind) {
    case CellKind::kEmpty: return "empty";
    case CellKind::kRef: return "ref";
    case CellKind::kDate: return "date";
    case CellKind::kStatus: return "status";
    case CellKind::kLead: return "lead";
    case CellKind::kProse: return "prose";
    case CellKind::kOther: return "other";
  }
  return "other";
}

CellKind KindHeldBy(Column column) {
  switch (column) {
    case Column::kRef: return CellKind::kRef;
    case Column::kTimeframe: return CellKind::kDate;
    case Column::kProgress: return CellKind::kStatus;
    case Column::kLead: case Column::kLeadTimeframe: return CellKind::kLead;
    case Column::kAction: case Column::kOutcome: return CellKind::kProse;
    case Column::kExtra: return CellKind::kOther;
  }
  return CellKind::kOther;
}

CellKind CellClassifier::Classify(std::string_view cell) const {
  if (CellText::IsNoise(cell)) return CellKind::kEmpty;
  std::string text = rules_.patterns.RepairRef(CellText::ForPatterns(cell));
  const TimeframeFinder& dates = rules_.timeframes;
  if (dates.IsTimeframe(text)) return CellKind::kDate;
  if (rules_.patterns.IsColumnRef(text) || IsMisreadCode(text, rules_.patterns)) return CellKind::kRef;
  if (rules_.patterns.IsStatusCell(text)) return CellKind::kStatus;
  int words = 0, lower = 0;
  std::istringstream in(text);
  for (std::string word; in >> word;) {
    ++words;
    unsigned char head = static_cast<unsigned char>(word[0]);
    lower += std::islower(head) && !IsLinkWord(word);
  }
  if (words <= kMaxDateWords && !dates.Split(text).timeframe.empty()) return CellKind::kDate;
  if (words >= kMinProseWords || lower >= 2) return CellKind::kProse;
  if (words <= kMaxLeadWords && lower == 0) return CellKind::kLead;
  return CellKind::kOther;
}

bool CellClassifier::IsLineRef(std::string_view word) const {
  // A reference is short ("CSE 3.2a"); most texts asked about are cells of prose.
  if (word.size() > kMaxRefBytes) return false;
  if (rules_.patterns.IsRef(word)) return true;
  // A digit as printed: an initial ("I.") is no "1." in converter text.
  bool has_letter = std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isalpha(c); });
  bool has_digit = std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); });
  return has_letter && has_digit && Classify(word) == CellKind::kRef;
}

size_t CellClassifier::RefWordsAtStart(const std::vector<std::string>& words) const {
  if (words.empty()) return 0;
  if (IsLineRef(words[0])) return 1;
  const std::string& prefix = words[0];
  bool capitals = prefix.size() >= kMinApartPrefix &&
                  std::all_of(prefix.begin(), prefix.end(), [](unsigned char c) { return std::isupper(c); });
  return capitals && words.size() > 1 && IsLineRef(prefix + " " + words[1]) ? 2 : 0;
}

std::string CellClassifier::JoinCutRef(std::string_view prefix, std::string_view number) const {
  std::string first = CellText::Clean(prefix), second = CellText::Clean(number);
  if (first.empty() || first.find(' ') != std::string::npos || rules_.patterns.IsStatusCell(first) ||
      !CellFit::IsBareNumber(second)) {
    return "";
  }
  // Joined as any wrapped reference is, but only as letters apart from their number ("WF 1", not "WF10").
  std::string joined = rules_.patterns.JoinWrappedRef(first, second);
  return !joined.empty() && RefWordsAtStart(CellText::Words(joined)) == 2 ? joined : "";
}

bool CellClassifier::IsPrintedRef(std::string_view text) const {
  return rules_.patterns.IsColumnRef(CellText::ForPatterns(text)) && Classify(text) == CellKind::kRef;
}

size_t CellClassifier::ActionRefInside(std::string_view line) const {
  for (size_t space = line.find(' '); space != std::string_view::npos; space = line.find(' ', space + 1)) {
    std::string ref, action;
    if (!rules_.patterns.MatchActionRef(line.substr(space + 1), &ref, &action)) continue;
    if (CellFit::IsBareNumber(ref) || !IsPrintedRef(ref) || CellText::EndsMidPhrase(line.substr(0, space))) continue;
    return space + 1;
  }
  return std::string_view::npos;
}

std::string CellClassifier::RefShape(std::string_view ref) {
  std::string shape;
  for (char c : ref) {
    unsigned char u = static_cast<unsigned char>(c);
    char mark = std::isalpha(u) ? 'A' : std::isdigit(u) ? '9' : c;
    if (shape.empty() || shape.back() != mark) shape.push_back(mark);
  }
  return shape;
}

}  // namespace planrows
