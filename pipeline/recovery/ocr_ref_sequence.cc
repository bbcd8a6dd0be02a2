#include "pipeline/recovery/ocr_ref_sequence.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace planrows {
namespace {

// Fewest letters of a prefix that a misread letter may be mended in: one
// letter is a whole prefix ("A1", "B1"), which any other is a letter from.
constexpr size_t kMinMendedPrefix = 2;
// How many times more of a table's references must share one form of
// dots than another for the other to be a misread.
constexpr long kClearlyRarer = 2;
// Most characters of a reference that may have lost the dot after its
// first digit ("12" for "1.2", "110" for "1.10").
constexpr size_t kMaxUndottedRef = 3;
// Most characters of a section and item reference ("12.10").
constexpr size_t kMaxDottedRef = 6;
// Fewest sections that must start at item 1 for references without dots
// to be read as sections and items.
constexpr int kMinSectionsFromOne = 2;
// References of a table read as sections and items may include one in
// this many that reads as neither.
constexpr size_t kMostUnreadShare = 4;

// The number of letters at which `a` and `b`, of one length, differ.
size_t LettersApart(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() + b.size();
  size_t apart = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    apart += std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]));
  }
  return apart;
}

bool ReadByOcr(const ActionRow& row) { return row.where.confidence >= 0; }

bool SameText(const std::string& a, const std::string& b) { return LettersApart(a, b) == 0; }

// The digits at the end of `ref`, where its last number starts; ref.size()
// when it ends in none.
size_t LastNumberStart(const std::string& ref) {
  size_t start = ref.size();
  while (start > 0 && std::isdigit(static_cast<unsigned char>(ref[start - 1]))) --start;
  return start;
}

// True when `ref` ends in a lower-case letter after a digit ("2.1b").
bool EndsInSubLetter(const std::string& ref) {
  return ref.size() >= 2 && std::islower(static_cast<unsigned char>(ref.back())) &&
         std::isdigit(static_cast<unsigned char>(ref[ref.size() - 2]));
}

// `ref`'s last number moved by `step`; empty when it ends in none, or the
// number would fall under 1.
std::string StepNumber(const std::string& ref, int step) {
  size_t start = LastNumberStart(ref);
  if (start == ref.size() || ref.size() - start > 3) return "";
  int number = std::stoi(ref.substr(start)) + step;
  return number < 1 ? "" : ref.substr(0, start) + std::to_string(number);
}

// A reference "1.2" as its section and item numbers, "12" too, read as
// "1.2": its first digit the section; nullopt for any other.
std::optional<std::pair<int, int>> SectionItem(const std::string& ref) {
  bool digits = !ref.empty() && ref.size() <= kMaxDottedRef && std::all_of(ref.begin(), ref.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
  });
  if (!digits) return std::nullopt;
  size_t dot = ref.find('.');
  if (dot == std::string::npos) {
    if (ref.size() < 2 || ref.size() > kMaxUndottedRef) return std::nullopt;
    return std::make_pair(ref[0] - '0', std::stoi(ref.substr(1)));
  }
  if (dot == 0 || dot + 1 == ref.size() || ref.find('.', dot + 1) != std::string::npos) return std::nullopt;
  return std::make_pair(std::stoi(ref.substr(0, dot)), std::stoi(ref.substr(dot + 1)));
}

}  // namespace

OcrRefSequence::Parts OcrRefSequence::Parse(const std::string& ref) {
  size_t digits = ref.size();
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(ref[digits - 1]))) --digits;
  if (digits == ref.size() || ref.size() - digits > 3) return {ref, -1};
  return {ref.substr(0, digits), std::stoi(ref.substr(digits))};
}

bool OcrRefSequence::Holds(const std::vector<ActionRow>& rows, size_t first, size_t end, const std::string& ref) {
  return std::any_of(rows.begin() + first, rows.begin() + end, [&](const ActionRow& row) { return row.ref == ref; });
}

size_t OcrRefSequence::PrefixCount(const std::vector<ActionRow>& rows, size_t first, size_t end,
                                   const std::string& prefix) {
  return std::count_if(rows.begin() + first, rows.begin() + end,
                       [&](const ActionRow& row) { return !row.ref.empty() && Parse(row.ref).prefix == prefix; });
}

bool OcrRefSequence::RarerForm(const std::vector<ActionRow>& rows, size_t first, size_t end, const std::string& a,
                               const std::string& b) {
  auto lettered = [](const std::string& prefix) {
    return !prefix.empty() && std::isalpha(static_cast<unsigned char>(prefix[0]));
  };
  const std::string prefix_a = Parse(a).prefix, prefix_b = Parse(b).prefix;
  if (lettered(prefix_a) && lettered(prefix_b)) {
    return PrefixCount(rows, first, end, prefix_a) < PrefixCount(rows, first, end, prefix_b);
  }
  // Sub-items mix with their items ("1", "1.1", "1.2", "2"): only a form
  // most references share outweighs a sequence.
  auto dotted_like = [&](const std::string& ref) {
    auto dots = std::count(ref.begin(), ref.end(), '.');
    return std::count_if(rows.begin() + first, rows.begin() + end, [&](const ActionRow& row) {
      return !row.ref.empty() && std::count(row.ref.begin(), row.ref.end(), '.') == dots;
    });
  };
  return kClearlyRarer * dotted_like(a) < dotted_like(b);
}

void OcrRefSequence::Apply(RecoveredPlan* plan) {
  RestoreLostDots(&plan->rows);
  for (const TableTrace& table : plan->tables) {
    auto [first, end] = table.RowRange(plan->rows.size());
    if (first == end || !ReadByOcr(plan->rows[first])) continue;
    MendPrefixes(&plan->rows, first, end);
    MendSlips(&plan->rows, first, end);
    FillGaps(&plan->rows, first, end);
  }
}

void OcrRefSequence::RestoreLostDots(std::vector<ActionRow>* rows) {
  std::vector<ActionRow*> numbered;
  for (ActionRow& row : *rows) {
    if (ReadByOcr(row) && !row.ref.empty()) numbered.push_back(&row);
  }
  // Read with the dots put back, the references must rise row by row, and
  // two sections or more start at item 1 ("11, 12, 21" is no list of
  // numbers); a section starting at item 0 ("10, 11, 12") tells a plain
  // list. A few references OCR misread further ("1" for "1.4") are passed over.
  std::pair<int, int> last{0, 0};
  int sections_from_one = 0;
  size_t unread = 0;
  bool undotted = false;
  for (const ActionRow* row : numbered) {
    std::optional<std::pair<int, int>> read = SectionItem(row->ref);
    if (!read && ++unread * kMostUnreadShare <= numbered.size()) continue;
    if (!read || read->second == 0 || *read <= last) return;
    if (read->first != last.first) sections_from_one += read->second == 1;
    undotted |= row->ref.find('.') == std::string::npos;
    last = *read;
  }
  if (!undotted || sections_from_one < kMinSectionsFromOne) return;
  for (ActionRow* row : numbered) {
    if (row->ref.find('.') == std::string::npos && SectionItem(row->ref)) row->ref.insert(1, ".");
  }
}

void OcrRefSequence::MendPrefixes(std::vector<ActionRow>* rows, size_t first, size_t end) {
  auto prefix_count = [&](const std::string& prefix) { return PrefixCount(*rows, first, end, prefix); };
  for (size_t r = first; r < end; ++r) {
    ActionRow& row = (*rows)[r];
    Parts parts = Parse(row.ref);
    if (parts.number < 0 || parts.prefix.size() < kMinMendedPrefix || prefix_count(parts.prefix) != 1) continue;
    // The prefixes of the nearest numbered rows before and after it.
    std::vector<std::string> near;
    for (size_t k = r; k-- > first;) {
      if ((*rows)[k].ref.empty()) continue;
      near.push_back(Parse((*rows)[k].ref).prefix);
      break;
    }
    for (size_t k = r + 1; k < end; ++k) {
      if ((*rows)[k].ref.empty()) continue;
      near.push_back(Parse((*rows)[k].ref).prefix);
      break;
    }
    std::vector<std::string> candidates;
    for (const std::string& prefix : near) {
      if (LettersApart(prefix, parts.prefix) == 1 && prefix_count(prefix) >= 2) candidates.push_back(prefix);
    }
    if (candidates.size() != 1) continue;
    std::string mended = candidates[0] + std::to_string(parts.number);
    if (!Holds(*rows, first, end, mended)) row.ref = mended;
  }
}

std::string OcrRefSequence::Next(const std::string& ref) {
  if (EndsInSubLetter(ref)) {
    return ref.back() == 'z' ? "" : ref.substr(0, ref.size() - 1) + static_cast<char>(ref.back() + 1);
  }
  return StepNumber(ref, 1);
}

std::string OcrRefSequence::Previous(const std::string& ref) {
  if (EndsInSubLetter(ref)) {
    return ref.back() == 'a' ? "" : ref.substr(0, ref.size() - 1) + static_cast<char>(ref.back() - 1);
  }
  return StepNumber(ref, -1);
}

bool OcrRefSequence::OneSlipApart(const std::string& read, const std::string& meant) {
  auto upper = [](char c) { return std::toupper(static_cast<unsigned char>(c)); };
  if (read.size() == meant.size()) {
    size_t slips = 0, at = 0;
    for (size_t i = 0; i < read.size(); ++i) {
      if (upper(read[i]) != upper(meant[i])) ++slips, at = i;
    }
    // A letter misread, or a digit read as a letter ("PFL", "AS"); never a digit as another digit.
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    return slips == 1 && !(digit(read[at]) && digit(meant[at]));
  }
  // A speck read as one character more, or a dot lost.
  const bool added = read.size() == meant.size() + 1;
  if (!added && meant.size() != read.size() + 1) return false;
  const std::string& longer = added ? read : meant;
  const std::string& shorter = added ? meant : read;
  size_t i = 0;
  while (i < shorter.size() && upper(shorter[i]) == upper(longer[i])) ++i;
  return (added || longer[i] == '.') && SameText(shorter.substr(i), longer.substr(i + 1));
}

void OcrRefSequence::MendSlips(std::vector<ActionRow>* rows, size_t first, size_t end) {
  for (size_t r = first; r < end; ++r) {
    std::string& ref = (*rows)[r].ref;
    if (ref.empty()) continue;
    std::string after_before = r > first ? Next((*rows)[r - 1].ref) : "";
    std::string before_next = r + 1 < end ? Previous((*rows)[r + 1].ref) : "";
    if (SameText(ref, after_before) || SameText(ref, before_next)) continue;
    std::vector<std::string> wanted;
    for (const std::string& meant : {after_before, before_next}) {
      if (meant.empty() || !OneSlipApart(ref, meant) || Holds(*rows, first, end, meant)) continue;
      if (RarerForm(*rows, first, end, meant, ref)) continue;
      if (wanted.empty() || !SameText(wanted[0], meant)) wanted.push_back(meant);
    }
    if (wanted.size() == 1) ref = wanted[0];
  }
}

void OcrRefSequence::FillGaps(std::vector<ActionRow>* rows, size_t first, size_t end) {
  for (size_t r = first; r + 1 < end; ++r) {
    if (!(*rows)[r].ref.empty()) continue;
    std::string before_next = Previous((*rows)[r + 1].ref);
    // First in its table, a row can only start the sequence ("1.1", "B1", "3.2a").
    bool fits = r > first ? SameText(Next((*rows)[r - 1].ref), before_next) : Previous(before_next).empty();
    if (fits && !before_next.empty() && !Holds(*rows, first, end, before_next)) (*rows)[r].ref = before_next;
  }
}

}  // namespace planrows
