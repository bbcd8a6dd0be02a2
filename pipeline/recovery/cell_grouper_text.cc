// CellGrouper: the kind of a cell, the text of a cell grown from its
// pieces, the running words that go on a date, the pieces led by
// references, the initials that open a name, and the words that date a
// list's item.
#include <algorithm>
#include <cctype>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// A table's action cells start with references when at least this many
// pieces start so.
constexpr size_t kLeastRefLedPieces = 2;

}  // namespace

CellKind CellGrouper::KindOf(const std::string& clean, std::optional<CellKind> read) const {
  if (options_.numbered_rows && CellFit::IsBareNumber(clean)) return CellKind::kRef;
  return read ? *read : cell_fit_.ReadClean(clean).kind;
}

std::vector<bool> CellGrouper::RefLedPieces(const std::vector<std::string>& pieces) const {
  std::vector<bool> led(pieces.size(), false);
  const bool has_action = std::find(columns_.begin(), columns_.end(), Column::kAction) != columns_.end();
  if (ref_column_ >= 0 || !has_action || options_.running_words) return led;
  const PlanPatterns& patterns = cell_fit_.patterns();
  std::string ref, rest;
  for (size_t k = 0; k < pieces.size(); ++k) {
    led[k] = patterns.MatchBulletedActionRef(pieces[k], &ref, &rest);
  }
  size_t count = std::count(led.begin(), led.end(), true);
  if (count < kLeastRefLedPieces) led.assign(led.size(), false);
  return led;
}

bool CellGrouper::OpensInitialledName(const std::string& text, const std::vector<std::string>& clean,
                                      size_t next) const {
  if (next >= clean.size() || !cell_fit_.IsInitial(text)) return false;
  if (!cell_fit_.EndsOnInitialledName(text + " " + clean[next])) return false;
  if (next + 1 == clean.size()) return true;
  const std::string& after = clean[next + 1];
  return !CellText::StartsLower(after) && !cell_fit_.StartsWithNameEnd(after);
}

bool CellGrouper::StatusAfterDate(const std::string& text, const std::vector<std::string>& clean, size_t begin,
                                  size_t end) const {
  if (begin == 0) return false;
  // A status after it is the row's, the word the date ("Sign-off by April 2019 | Ongoing | Achieved").
  bool status_after = end < clean.size() && cell_fit_.patterns().IsStatusCell(clean[end]);
  return !status_after && cell_fit_.IsStatusAfterDate(clean[begin - 1], text);
}

bool CellGrouper::DatesItem(const std::string& word) const {
  bool digit = std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); });
  return CellFit::HoldsYear(word) || (digit && cell_fit_.Of(word) == CellKind::kDate);
}

std::string CellGrouper::Join(const std::vector<std::string>& pieces, size_t begin, size_t end) const {
  std::string text;
  const size_t block_width = BlockWidth(pieces);
  for (size_t k = begin; k < end; ++k) {
    bool word = !CellText::IsNoise(pieces[k]) || IsJoiningSlash(pieces[k]);
    if (word) Append(pieces, begin, k, pieces[k], block_width, &text);
  }
  return text;
}

void CellGrouper::Append(const std::vector<std::string>& pieces, size_t begin, size_t k, const std::string& piece,
                         size_t block_width, std::string* text) const {
  if (k > begin && CellText::GoesOnInsideWord(pieces[k - 1], pieces[k], block_width)) {
    *text += piece;
  } else if (options_.joiner == " ") {
    CellText::AppendWrapped(piece, text);
  } else {
    *text += (text->empty() ? "" : options_.joiner) + piece;
  }
}

size_t CellGrouper::BlockWidth(const std::vector<std::string>& pieces) const {
  if (!options_.one_width) return 0;
  size_t width = options_.width;
  for (const std::string& piece : pieces) width = std::max(width, CellText::PrintedWidth(piece));
  return width;
}

std::vector<bool> CellGrouper::MidDateWords(const std::vector<std::string>& clean) const {
  const size_t n = clean.size();
  std::vector<bool> mid_date(n, false);
  if (!options_.running_words) return mid_date;
  auto date = [&](size_t k) { return cell_fit_.Of(clean[k] + " " + clean[k + 1]) == CellKind::kDate; };
  for (size_t k = 1; k < n; ++k) mid_date[k] = !clean[k].empty() && date(k - 1);
  for (size_t k = 1; k < n; ++k) {
    // A capitalised word before one in lower case starts a sentence, not the
    // rest of a date ("By end of Q2 | Quarterly dataset shows ...").
    bool sentence = k + 1 < n && std::isupper(static_cast<unsigned char>(clean[k][0])) &&
                    CellText::StartsLower(clean[k + 1]) && !date(k);
    // A whole date after one of two words that ends on its year starts a
    // cell of its own: two dates side by side are two cells' ("Sign-off by
    // October 2027 | Jul-27"), not one ("From December | 2027").
    bool beside_date = k >= 2 && !clean[k - 2].empty() && CellFit::HoldsYear(clean[k - 1]) && date(k - 2) &&
                       cell_fit_.Of(clean[k]) == CellKind::kDate;
    if (sentence || beside_date || StatusAfterDate(clean[k], clean, k, k + 1)) mid_date[k] = false;
  }
  return mid_date;
}

}  // namespace planrows
