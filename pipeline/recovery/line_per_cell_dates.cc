// LinePerCellReader's dates among pieces: a date whose start ran onto the
// line of the cell before it, a date wrapped over lines, and a date that
// opens a paragraph's cell.
#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of a date's start left at the end of the line above its end ("By the end" over "of Q3").
constexpr size_t kMaxCutDateWords = 3;

}  // namespace

bool LinePerCellReader::JoinCutDate(const std::string& line, Piece* above, std::string* date) const {
  // The line is a date, or goes on in lower case with one begun above ("J Rees By end" over "of Q3").
  bool goes_on = rules_.timeframes.IsTimeframe(line) || CellText::StartsLower(line);
  if (!goes_on || rules_.timeframes.IsTimeframe(above->text)) return false;
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(above->text);
  // The longest date wins: "end of Q3" is a date, "By end of Q3" the whole one.
  for (size_t cut = std::min(kMaxCutDateWords, words.size() - 1); cut >= 1; --cut) {
    std::string head, tail;
    for (size_t k = 0; k < words.size(); ++k) (k + cut < words.size() ? head : tail) += words[k] + " ";
    // A date's start in lower case goes on with the words before it, as a
    // milestone's does ("Sign-off by" over "June 2026"): a cell starts otherwise.
    if (CellText::StartsLower(tail) || !rules_.timeframes.IsTimeframe(tail + line)) continue;
    above->text = CellText::Clean(head);
    *date = CellText::Clean(tail + line);
    return true;
  }
  return false;
}

bool LinePerCellReader::EndsWrappedDate(const PlanLine& line, std::string above) const {
  return wrapped_date_.Join(PrintedText(line), &above);
}

std::string LinePerCellReader::DateAtStart(std::string* text) const {
  std::vector<std::string> parts = SplitAtDate(*text);
  // A date of words ("Ongoing") or one before lower case may start a cell's own prose.
  auto is_digit = [](unsigned char c) { return std::isdigit(c) != 0; };
  if (parts.size() < 2 || classifier_.Classify(parts[0]) != CellKind::kDate ||
      std::none_of(parts[0].begin(), parts[0].end(), is_digit) ||
      !std::isupper(static_cast<unsigned char>(parts[1][0]))) {
    return "";
  }
  *text = fmt::format("{}", fmt::join(parts.begin() + 1, parts.end(), " "));
  return parts[0];
}

}  // namespace planrows
