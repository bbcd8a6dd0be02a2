#include "pipeline/recovery/row_plausibility.h"

#include "pipeline/text/cell_text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace planrows {
namespace {

// What each field says of a row, 0..1; the row's score is their mean.
constexpr double kMissing = 0.5;        // A ref, lead or timeframe the row lacks: common, yet doubtful.
constexpr double kWrongShape = 0.2;     // A field holding what another field should.
constexpr int kMinActionWords = 2;
constexpr int kMaxLeadWords = 12;       // More is prose that lost its column.
constexpr int kMaxProgressWords = 60;
// What a reading loses for all its refs going back on the one before.
constexpr double kRefsOutOfOrder = 0.5;

// The numbers of `ref` in order ("2.10a" -> 2, 10), by which refs sort.
std::vector<long> RefNumbers(const std::string& ref) {
  std::vector<long> numbers;
  for (size_t i = 0; i < ref.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(ref[i]))) continue;
    size_t end = i;
    while (end < ref.size() && std::isdigit(static_cast<unsigned char>(ref[end]))) ++end;
    numbers.push_back(std::stol(ref.substr(i, std::min<size_t>(end - i, 9))));
    i = end;
  }
  return numbers;
}

// True when `ref` comes after `before` in a plan's numbering ("1.10" after "1.9").
bool ComesAfter(const std::string& ref, const std::string& before) {
  std::vector<long> numbers = RefNumbers(ref), numbers_before = RefNumbers(before);
  return numbers != numbers_before ? numbers > numbers_before : ref > before;
}

// The letters that `ref` starts with, before its first digit, in upper case
// ("DA" of "DA 8"): the code of a series of refs ("" for "2.1").
std::string SeriesCode(const std::string& ref) {
  std::string code;
  for (unsigned char c : ref) {
    if (std::isdigit(c)) break;
    if (std::isalpha(c)) code += static_cast<char>(std::toupper(c));
  }
  return code;
}

}  // namespace

double RowPlausibility::Score(const ActionRow& row) const {
  double action = CellText::WordCount(row.action) >= kMinActionWords ? 1 : 0;
  double ref = row.ref.empty() ? kMissing : 1;
  int lead_words = CellText::WordCount(row.lead);
  double lead = lead_words == 0 ? kMissing : lead_words <= kMaxLeadWords ? 1 : kWrongShape;
  double timeframe = row.timeframe.empty()                                     ? kMissing
                     : !rules_.timeframes.Split(row.timeframe).timeframe.empty() ? 1
                                                                                : kWrongShape;
  double progress = CellText::WordCount(row.progress) <= kMaxProgressWords ? 1 : kWrongShape;
  return (action + ref + lead + timeframe + progress) / 5;
}

double RowPlausibility::Mean(const std::vector<ActionRow>& rows, size_t first, size_t count) const {
  size_t end = std::min(rows.size(), first + count);
  if (first >= end) return 0;
  double sum = 0;
  for (size_t i = first; i < end; ++i) sum += Score(rows[i]);
  return sum / static_cast<double>(end - first);
}

double RowPlausibility::OfReading(const std::vector<ActionRow>& rows) const {
  size_t pairs = 0, backwards = 0;  // Rows with a ref after a row with one, and those whose ref goes back.
  // A plan may code each section's refs by its own letters ("DA 1" .. "DA 8", then "WF 1"), in no order
  // of their own: a ref goes on from the last ref of its code, and the first of a code opens its series.
  std::map<std::string, const std::string*> last_of_code;
  bool any_before = false;
  for (const ActionRow& row : rows) {
    if (row.ref.empty()) continue;
    const std::string*& before = last_of_code[SeriesCode(row.ref)];
    if (any_before) ++pairs, backwards += before && !ComesAfter(row.ref, *before);
    before = &row.ref;
    any_before = true;
  }
  double out_of_order = pairs ? kRefsOutOfOrder * static_cast<double>(backwards) / static_cast<double>(pairs) : 0;
  return std::max(0.0, Mean(rows, 0, rows.size()) - out_of_order);
}

}  // namespace planrows
