// TableReader's references: a row's reference as stored, where it stands,
// and the parts of one that a narrow column wrapped over lines.
#include <algorithm>
#include <cctype>

#include "pipeline/recovery/table_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// How many cells right of its column a converter may have pushed a reference.
constexpr int kMaxRefShift = 2;

}  // namespace

std::string TableReader::NormalizeRef(std::string ref) {
  while (!ref.empty() && (ref.back() == '.' || ref.back() == ' ')) ref.pop_back();
  for (char& c : ref) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return ref;
}

std::string TableReader::WrappedRefEnd(const std::string& suffix) const {
  int ref_column = layout_.IndexOf(Column::kRef);
  if (ref_column < 0 || !has_current_ || lines_ != 1 || cells_[ref_column].empty() || suffix.empty() ||
      std::isdigit(static_cast<unsigned char>(suffix[0]))) {
    return "";
  }
  std::string whole = JoinRefLines(CellText::Clean(cells_[ref_column]), suffix);
  return !whole.empty() && IsRowRef(whole) ? whole : "";
}

std::string TableReader::JoinRefLines(std::string_view prefix, std::string_view number) const {
  int ref_column = layout_.IndexOf(Column::kRef);
  bool cuts_words = ref_column >= 0 && layout_.columns()[ref_column].cuts_words;
  return rules_.patterns.JoinWrappedRef(prefix, number, cuts_words);
}

bool TableReader::StartsWithRef(const std::string& action) const {
  std::string ref, rest;
  return rules_.patterns.MatchBulletedActionRef(CellText::Clean(action), &ref, &rest);
}

int TableReader::ShiftedRefCell(const PlanLine& line) const {
  int ref_column = layout_.IndexOf(Column::kRef);
  if (ref_column < 0 || !line.page->cells_by_index) return -1;
  for (int k = ref_column + 1; k <= ref_column + kMaxRefShift && k < static_cast<int>(line.cells.size()); ++k) {
    if (rules_.patterns.IsRef(CellText::Clean(line.cells[k]))) return k;
  }
  return -1;
}

bool TableReader::IsRowRef(const std::string& cell) const {
  return rules_.patterns.IsColumnRef(cell) && !rules_.timeframes.IsTimeframe(cell);
}

bool TableReader::StartsWrappedRef(const std::string& prefix) const {
  int ref_column = layout_.IndexOf(Column::kRef);
  if (!has_current_ || ref_column < 0 || cells_[ref_column].empty() || prefix.empty()) return false;
  if (rules_.patterns.IsRefCapitals(prefix)) return true;
  // The row's reference may be set in capitals already ("CE2").
  const std::string& ref = cells_[ref_column];
  auto is_lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
  auto same_letter = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  return std::all_of(prefix.begin(), prefix.end(), is_lower) && ref.size() > prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), ref.begin(), same_letter) &&
         std::isdigit(static_cast<unsigned char>(ref[prefix.size()]));
}

bool TableReader::ExtendsRefPrefix(const PlanLine& line, std::string* capitals) const {
  std::string& letters = *capitals;
  letters = PlanPatterns::UndoubledCapital(letters);
  return lines_ == prefix_lines_ && !letters.empty() && !line.line->gap_before && !line.line->ruled_row_start &&
         rules_.patterns.IsRefCapitals(ref_prefix_) && rules_.patterns.IsRefCapitals(ref_prefix_ + letters);
}

bool TableReader::NumbersOpenRow(const PlanLine& line, const std::string& ref, const std::string& printed) {
  if (!has_current_) return false;
  int ref_column = layout_.IndexOf(Column::kRef);
  bool numbered = !cells_[ref_column].empty();
  std::string whole;
  bool row_starts = line.line->ruled_row_start || line.centred_row_start;
  bool inside_row = InsideToldRow(line);
  if (lines_ == prefix_lines_ && !ref_prefix_.empty() && (!numbered || (!row_starts && !line.line->gap_before))) {
    whole = NormalizeRef(JoinRefLines(ref_prefix_, ref));
  } else if (!numbered && inside_row) {
    // The capitals of a wrapped reference may have come on an earlier line of the row.
    whole = rules_.patterns.IsRefCapitals(ref_prefix_) ? NormalizeRef(JoinRefLines(ref_prefix_, ref))
                                                       : ref;
  } else if (numbered && inside_row) {
    // The last digits of the row's reference, wrapped by a narrow column
    // ("WF1" over "0"), or the part after its printed dot ("P1." over "1").
    std::string head = ref_prefix_.empty() ? CellText::Clean(cells_[ref_column]) : ref_prefix_;
    whole = NormalizeRef(JoinRefLines(head, ref));
  }
  if (whole.empty() || !IsRowRef(whole)) return false;
  cells_[ref_column] = whole;
  last_ref_depth_ = RefDepth(whole);
  current_.section = sections_.Resolve(whole);
  current_.flags.erase(std::remove(current_.flags.begin(), current_.flags.end(), "unnumbered"), current_.flags.end());
  // A reference printed with its dot last may go on below ("P1." over "1").
  ref_prefix_ = !numbered && !printed.empty() && printed.back() == '.' ? printed : "";
  return true;
}

}  // namespace planrows
