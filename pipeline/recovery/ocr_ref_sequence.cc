#include "pipeline/recovery/ocr_ref_sequence.h"

#include <algorithm>
#include <cctype>

namespace planrows {
namespace {

// Fewest letters of a prefix that a misread letter may be mended in: one
// letter is a whole prefix ("A1", "B1"), which any other is a letter from.
constexpr size_t kMinMendedPrefix = 2;

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

void OcrRefSequence::Apply(RecoveredPlan* plan) {
  for (const TableTrace& table : plan->tables) {
    auto [first, end] = table.RowRange(plan->rows.size());
    if (first == end || !ReadByOcr(plan->rows[first])) continue;
    MendPrefixes(&plan->rows, first, end);
    FillGaps(&plan->rows, first, end);
  }
}

void OcrRefSequence::MendPrefixes(std::vector<ActionRow>* rows, size_t first, size_t end) {
  auto prefix_count = [&](const std::string& prefix) {
    return std::count_if(rows->begin() + first, rows->begin() + end,
                         [&](const ActionRow& row) { return !row.ref.empty() && Parse(row.ref).prefix == prefix; });
  };
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

void OcrRefSequence::FillGaps(std::vector<ActionRow>* rows, size_t first, size_t end) {
  for (size_t r = first + 1; r + 1 < end; ++r) {
    if (!(*rows)[r].ref.empty()) continue;
    Parts before = Parse((*rows)[r - 1].ref), after = Parse((*rows)[r + 1].ref);
    if (before.number < 0 || after.number != before.number + 2 || before.prefix != after.prefix) continue;
    std::string filled = before.prefix + std::to_string(before.number + 1);
    if (!Holds(*rows, first, end, filled)) (*rows)[r].ref = filled;
  }
}

}  // namespace planrows
